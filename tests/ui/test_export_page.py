"""The Export page: preview every sheet and the disclosure, save an encrypted package (queued in
the outbox), refuse a plain workbook until the warning is accepted, the history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pyrage import x25519
from ui_support import ADMIN_PASSPHRASE, USER_PASSPHRASE, unlock

from evidencija.db.register import Register
from evidencija.export.period import Period
from evidencija.outbox import queue
from evidencija.ui import files


def demo_register(data_dir: Path, cases: int = 40, **extra_users: str) -> None:
    from evidencija.demo.generator import generate
    from evidencija.services import users

    register, _key = Register.create(
        data_dir,
        centre_code="CSR-KG",
        centre_name="Centar za socijalni rad Kragujevac",
        admin_username="admin",
        admin_display_name="Ana Administratorka",
        passphrase=ADMIN_PASSPHRASE,
        municipality_code="RS-70645",
    )
    with register:
        generate(register, cases=cases, seed=11)
        for username, role in extra_users.items():
            users.add_user(register, username, username.title(), role, USER_PASSPHRASE)


@pytest.fixture
def export_page(qtbot: Any, make_session: Any, data_dir: Path) -> Any:
    demo_register(data_dir)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    main.view.show_page("export")
    page = main.page("export")
    page.session = session
    page.main = main
    return page


def _preview(qtbot: Any, page: Any) -> None:
    page.view.preview_button.click()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not page.session.tasks.busy, timeout=30_000)


def test_preview_shows_every_sheet_and_the_disclosure(
    qtbot: Any, qtmodeltester: Any, export_page: Any
) -> None:
    page = export_page
    assert page.period() == str(Period.last_month())
    assert not page.view.save_button.isEnabled()
    _preview(qtbot, page)
    v = page.view
    names = [v.sheets.tabText(i).split(" ")[0] for i in range(v.sheets.count())]
    assert names == [s.name for s in page.preview.sheets]
    assert {"metadata", "disclosure", "cases", "victims", "aggregates", "dictionary"} <= set(names)
    for sheet, model in zip(page.preview.sheets, v.sheet_models, strict=True):
        assert model.rowCount() == len(sheet.rows)
        assert model.columnCount() == len(sheet.columns)
        qtmodeltester.check(model)
    meta = v.sheet_models[names.index("metadata")]
    keys = meta.column_values(0)
    assert "schema_version" in keys and "suppressed_share" in keys
    html = v.disclosure.toPlainText()
    assert "suppressed" in html and "Victim records" in html
    assert v.save_button.isEnabled()


def test_save_writes_the_package_and_queues_it(
    qtbot: Any, qtmodeltester: Any, export_page: Any, tmp_path: Path, answers: Any
) -> None:
    page = export_page
    identity = x25519.Identity.generate()
    page.view.recipient.setText(str(identity.to_public()))
    page.view.recipient_save.click()
    assert page.recipients == [str(identity.to_public())]
    assert "recipients: 1" in page.view.recipient_status.text()
    _preview(qtbot, page)
    out = tmp_path / "out"
    page.write(out)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not page.session.tasks.busy, timeout=30_000)
    written = list(out.glob("*.xlsx.age"))
    assert len(written) == 1 and written[0].name == page.last_result.file_name
    items = queue.list_items(page.ctx.register)
    assert [i.file_name for i in items] == [written[0].name]
    assert "outbox" in answers.texts()
    # the history shows the export, the outbox its package
    assert page.view.history_model.rowCount() == 1
    assert page.view.history_model.raw(0, 0) == page.period()
    qtmodeltester.check(page.view.history_model)
    outbox = page.outbox.view.model
    assert outbox.rowCount() == 1 and outbox.raw(0, 0) == written[0].name
    assert "queued" in outbox.raw(0, 4).lower() or "waiting" in outbox.raw(0, 4).lower()
    qtmodeltester.check(outbox)


def test_plain_export_is_refused_until_the_warning_is_accepted(
    qtbot: Any, export_page: Any, tmp_path: Path, answers: Any, monkeypatch: Any
) -> None:
    page = export_page
    out = tmp_path / "plain"
    out.mkdir()
    monkeypatch.setattr(files, "folder", lambda *a: out)
    assert page.recipients == []
    _preview(qtbot, page)
    answers.queue.append("Cancel")
    page.view.save_button.click()
    assert "cannot be encrypted" in answers.seen[-1]
    qtbot.wait(200)
    assert list(out.iterdir()) == [] and page.last_result is None
    answers.queue.append("Write unencrypted workbook")
    page.view.save_button.click()
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not page.session.tasks.busy, timeout=30_000)
    assert page.last_result.encrypted is False
    assert sorted(p.suffix for p in out.iterdir()) == [".sig", ".xlsx"]
    assert queue.list_items(page.ctx.register) == []  # a plain workbook is never sent


def test_non_admins_see_why_the_export_is_unavailable(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    demo_register(data_dir, cases=5, marko="CASEWORKER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "marko", USER_PASSPHRASE)
    main.view.show_page("export")
    page = main.page("export")
    assert page.view.not_allowed.isVisibleTo(page.view)
    assert "administrator" in page.view.not_allowed.text()
    assert not page.view.preview_button.isVisibleTo(page.view)
    assert page.outbox.view.isVisibleTo(page.view) or page.view.tabs.isTabVisible(1)


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot: Any, export_page: Any, tmp_path: Path, answers: Any, monkeypatch: Any
) -> None:
    from evidencija.ui.analysis.progress import CancellableProgress

    page = export_page
    identity = x25519.Identity.generate()
    page.view.recipient.setText(str(identity.to_public()))
    page.view.recipient_save.click()
    monkeypatch.setattr(CancellableProgress, "cancelled", lambda self: True)
    out = tmp_path / "cancelled"
    page.write(out)
    qtbot.waitUntil(lambda: "cancelled" in answers.texts(), timeout=30_000)
    assert not list(out.glob("*.age")) and page.last_result is None
    assert queue.list_items(page.ctx.register) == []
