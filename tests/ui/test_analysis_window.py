"""The Analysis window: register a centre card, import its package, the grid shows it received,
indicator tables and exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_export_page import demo_register
from ui_support import ADMIN_PASSPHRASE

from evidencija.analysis.keys import generate_identity
from evidencija.db.register import Register
from evidencija.export import api
from evidencija.export.period import Period
from evidencija.ui.analysis.window import AnalysisWindow


def test_import_grid_indicators_and_exports(
    qtbot: Any, qtmodeltester: Any, data_dir: Path, tmp_path: Path
) -> None:
    demo_register(data_dir, cases=30)
    identity_file = tmp_path / "ngo.key"
    recipient = generate_identity(identity_file)
    month = Period.last_month()
    packages = tmp_path / "packages"
    with Register.open(data_dir) as register:
        register.unlock("admin", ADMIN_PASSPHRASE)
        api.set_recipients(register, [recipient])
        api.run_export(register, month, packages)
        api.write_centre_card(register, tmp_path / "card.json")
    (packages / "junk.age").write_bytes(b"not an age file")

    window = AnalysisWindow(store_url=str(tmp_path / "store.db"), identity=identity_file)
    qtbot.addWidget(window)
    window.show()
    window.register_card(tmp_path / "card.json")
    assert "CSR-KG" in window.centres_label.text()
    window.grid_period.setText(str(month))
    window.import_paths([packages])
    qtbot.waitUntil(lambda: window.summary is not None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.tasks.busy and window.grid is not None, timeout=30_000)
    assert window.outcomes.rowCount() == 2
    results = {window.outcomes.raw(r, 1): window.outcomes.raw(r, 0) for r in range(2)}
    assert results["junk.age"] == "rejected"
    assert results[f"CSR-KG-{month}.xlsx.age"] == "accepted"
    qtmodeltester.check(window.outcomes)
    assert "1" in window.headline.text()
    # the grid: the centre's month is received (text and icon)
    assert window.grid_model.rowCount() == 1
    assert window.grid_model.cell_text(0, 0).endswith("received")
    assert window.grid_model.data(window.grid_model.index(0, 0), 1) is not None  # an icon
    qtmodeltester.check(window.grid_model)

    window.ind_period.setText(str(month))
    window.ind_centre.setCurrentIndex(window.ind_centre.findData("CSR-KG"))
    window.show_indicators()
    qtbot.waitUntil(lambda: bool(window.tables) and not window.tasks.busy, timeout=30_000)
    assert window.summary_model.rowCount() == len(window.tables)
    qtmodeltester.check(window.summary_model)
    qtmodeltester.check(window.detail_model)
    assert not window.chart.pixmap().isNull()

    report = tmp_path / "report.xlsx"
    window.write_report(report)
    qtbot.waitUntil(lambda: report.exists() and not window.tasks.busy, timeout=60_000)
    dataset = tmp_path / "dataset.xlsx"
    window.write_dataset(".xlsx", dataset)
    qtbot.waitUntil(lambda: dataset.exists() and not window.tasks.busy, timeout=30_000)
    window.close()


def test_dropped_files_are_imported(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = AnalysisWindow(store_url=str(tmp_path / "store.db"))
    qtbot.addWidget(window)
    seen: list[Any] = []
    monkeypatch.setattr(window, "import_paths", lambda paths: seen.append(paths))
    window.drop.dropped.disconnect()
    window.drop.dropped.connect(window.import_paths)
    package = tmp_path / "CSR-KG-2026-01.xlsx.age"
    package.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.drop.dropEvent(event)
    assert seen == [[package]]
    # without an identity file the window asks for one instead of importing
    answers_seen: list[str] = []
    from evidencija.ui import dialogs

    monkeypatch.setattr(dialogs, "warn", lambda parent, text: answers_seen.append(text))
    window.identity.setText("")
    AnalysisWindow.import_paths(window, [package])
    assert answers_seen and "identity" in answers_seen[0]
    window.close()
