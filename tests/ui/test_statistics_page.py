"""The Statistics page counts through the analysis indicator code on the register's own rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_export_page import demo_register
from ui_support import unlock

from evidencija.analysis import indicators as I
from evidencija.analysis.rowsets import register_rowset
from evidencija.services import clock
from evidencija.ui import files
from evidencija.ui.pages.statistics import months_until_now


def test_statistics_match_the_analysis_indicators(
    qtbot: Any,
    qtmodeltester: Any,
    make_session: Any,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    demo_register(data_dir, cases=40)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    assert "statistics" in main.view.page_keys()
    main.view.show_page("statistics")
    page = main.page("statistics")
    year = str(clock.today().year)
    page.set_period(year)
    assert page.period() == year
    page.view.compute_button.click()
    qtbot.waitUntil(lambda: bool(page.tables), timeout=30_000)
    qtbot.waitUntil(lambda: not session.tasks.busy, timeout=30_000)

    months = months_until_now(year)
    rowset = register_rowset(session.register, months)
    assert page.view.summary_model.rowCount() == len(I.INDICATORS)
    for row, ind in enumerate(I.INDICATORS.values()):
        expected = I.compute(rowset, ind, months=months).values[-1][-1]
        assert page.view.summary_model.raw(row, 2) == expected, ind.id
    assert page.view.summary_model.raw(0, 2) is not None
    assert page.view.detail_model.rowCount() >= 1
    assert not page.view.chart.pixmap().isNull()
    for model in (page.view.summary_model, page.view.detail_model):
        qtmodeltester.check(model)

    # a quarter and a month work too
    page.set_period(f"{year}-Q1")
    assert page.period() == f"{year}-Q1"

    out = tmp_path / "stats.xlsx"
    monkeypatch.setattr(files, "save_file", lambda *a: out)
    page.view.export_button.click()
    qtbot.waitUntil(lambda: out.exists(), timeout=30_000)
    qtbot.waitUntil(lambda: not session.tasks.busy, timeout=30_000)
    from openpyxl import load_workbook

    wb = load_workbook(out, read_only=True)
    assert "Summary" in wb.sheetnames and "new_cases" in wb.sheetnames
