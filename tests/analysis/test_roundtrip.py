"""Round trip: three demo registers → twelve monthly exports each → import → indicators.

Runs against both stores (SQLite and the real PostgreSQL server).
"""

from __future__ import annotations

import pytest
from analysis_support import CENTRES, MONTHS, RESENT_CENTRE, RESENT_MONTH, Corpus

from evidencija.analysis import indicators as I
from evidencija.analysis.grid import MISSING, RECEIVED, REPLACED, submission_grid
from evidencija.analysis.importer import ACCEPTED, REJECTED, UNCHANGED, import_files
from evidencija.analysis.importer import REPLACED as OUT_REPLACED
from evidencija.analysis.rowsets import load_rowset

# Indicators whose rows never depend on the victims' quasi-identifiers: they must be equal.
QI_INDICATORS = {"victims", "victims_by_sex_age", "victims_by_relationship"}
EXACT = [i for i in I.INDICATORS if i not in QI_INDICATORS]


def _data_counts(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {k: v for k, v in store.table_counts().items() if k != "import_log"}


def _import_all(store, identity, corpus: Corpus):  # type: ignore[no-untyped-def]
    summary = import_files(store, identity, corpus.all_first_exports())
    assert summary.count(REJECTED) == 0, summary.lines("en")
    assert summary.count(ACCEPTED) == len(CENTRES) * len(MONTHS)
    return summary


def test_indicators_from_the_store_equal_those_from_the_registers(registered, identity, corpus):
    _import_all(registered, identity, corpus)
    stored = load_rowset(registered)
    direct = corpus.register_rows
    assert stored.centres() == direct.centres() == sorted(c[0] for c in CENTRES)
    assert stored.months() == MONTHS
    for grain in ("month", "quarter", "year"):
        for rows in ("centre", "category"):
            for ind in EXACT:
                a = I.compute(stored, ind, rows=rows, grain=grain)
                b = I.compute(direct, ind, rows=rows, grain=grain)
                assert (a.row_keys, a.col_keys) == (b.row_keys, b.col_keys), (ind, rows, grain)
                assert a.values == b.values, (ind, rows, grain)
                # ... and so are the published (suppressed) tables.
                assert a.published().values == b.published().values, (ind, rows, grain)
    # Something real was counted.
    new_cases = I.compute(stored, "new_cases", grain="year")
    assert new_cases.value("TOTAL", "TOTAL") > 20
    complaints = I.compute(stored, "criminal_complaints", grain="year")
    assert complaints.value("TOTAL", "TOTAL") > 0


def test_quasi_identifier_tables_differ_only_by_the_documented_protection(
    registered, identity, corpus
):
    """Victims' sex, age, relationship and municipality are generalised or suppressed by the
    export's k-anonymity gate; the analysis counts what was released. Every victim row is still
    there (suppressed rows are counted per case), so per month the number of victim rows agrees,
    and the categories seen are the released (possibly coarser) codes."""
    _import_all(registered, identity, corpus)
    stored = load_rowset(registered)
    direct = corpus.register_rows

    def victim_rows(rs):  # type: ignore[no-untyped-def]
        return {(p.centre, p.month): len(p.sheets["victims"]) for p in rs.parts}

    assert victim_rows(stored) == victim_rows(direct)
    suppressed = sum(1 for _p, _i, row in stored.rows("victims") if row["qi_suppressed"] == "YES")
    a = I.compute(stored, "victims", grain="year").value("TOTAL", "TOTAL")
    b = I.compute(direct, "victims", grain="year").value("TOTAL", "TOTAL")
    assert abs(a - b) <= suppressed
    for ind in QI_INDICATORS:
        t = I.compute(stored, ind, rows="category", grain="month")
        assert t.value("TOTAL", "TOTAL") == a
    released = {row.get("sex") for _p, _i, row in stored.rows("victims")}
    assert released <= {"FEMALE", "MALE", "UNKNOWN", "SUPPRESSED"}


def test_reimport_changes_nothing(registered, identity, corpus):
    _import_all(registered, identity, corpus)
    before = _data_counts(registered)
    again = import_files(registered, identity, corpus.all_first_exports())
    assert again.count(UNCHANGED) == len(CENTRES) * len(MONTHS)
    assert again.count(ACCEPTED) == again.count(REJECTED) == 0
    assert _data_counts(registered) == before
    assert "already imported" in again.outcomes[0].message or again.outcomes[0].status == UNCHANGED


def test_a_resent_month_replaces_the_earlier_one_and_keeps_history(registered, identity, corpus):
    _import_all(registered, identity, corpus)
    first = corpus.packages[RESENT_CENTRE][RESENT_MONTH]
    summary = import_files(registered, identity, [corpus.resent])
    assert [o.status for o in summary.outcomes] == [OUT_REPLACED]
    # The store now holds the corrected month and still the earlier version (superseded).
    from sqlalchemy import select

    from evidencija.analysis.store.models import Submission

    with registered.connect() as conn:
        versions = conn.execute(
            select(Submission.status, Submission.file_name)
            .where(Submission.centre_code == RESENT_CENTRE, Submission.period == RESENT_MONTH)
            .order_by(Submission.id)
        ).all()
    assert [v.status for v in versions] == ["superseded", "current"]
    assert versions[0].file_name == first.name
    stored = load_rowset(registered, months=[RESENT_MONTH], centres=[RESENT_CENTRE])
    direct = corpus.resent_rows.filtered([RESENT_CENTRE], [RESENT_MONTH])
    for ind in EXACT:
        assert I.compute(stored, ind).values == I.compute(direct, ind).values, ind
    grid = submission_grid(registered, "2026")
    assert grid.cell(RESENT_CENTRE, RESENT_MONTH).state == REPLACED
    assert grid.cell(RESENT_CENTRE, RESENT_MONTH).versions == 2
    assert grid.cell(RESENT_CENTRE, "2026-01").state == RECEIVED


def test_submission_grid_shows_missing_months(registered, identity, corpus):
    some = [corpus.packages[c[0]][m] for c in CENTRES for m in MONTHS[:3]]
    import_files(registered, identity, some)
    grid = submission_grid(registered, "2026")
    assert grid.counts() == {RECEIVED: 9, REPLACED: 0, MISSING: 27}
    assert all(row.missing == 9 for row in grid.rows)
    assert grid.as_table()[0] == ["centre", *MONTHS]


@pytest.mark.parametrize("grain, cols", [("month", 13), ("quarter", 5), ("year", 2)])
def test_tables_have_period_columns_and_a_total(corpus, grain, cols):
    t = I.compute(corpus.register_rows, "new_cases", grain=grain)
    assert len(t.col_keys) == cols and t.col_keys[-1] == "TOTAL"
    # Event counts add up across periods.
    for line in t.values:
        assert sum(v or 0 for v in line[:-1]) == line[-1]


def test_the_mechanisms_months_reach_the_store(registered, identity, corpus, tmp_path):
    """Each centre's coordination counts arrive with its months: the Serbian GKS meets about
    twice a month, the Kosovo mechanism every two months with some slots missed; the report
    has them on a sheet of their own."""
    from openpyxl import load_workbook

    from evidencija.analysis.coordination import coordination_months
    from evidencija.analysis.report import write_report

    _import_all(registered, identity, corpus)
    period = f"{MONTHS[0]}..{MONTHS[-1]}"
    months = coordination_months(registered, period)
    by_centre: dict[str, list] = {}
    for m in months:
        by_centre.setdefault(m.centre, []).append(m)
    assert set(by_centre) == {code for code, *_ in CENTRES}
    for code in ("CSR-KG", "CSR-LO"):  # a GKS: every month has its meetings
        assert len(by_centre[code]) == 12
        assert all(m.meetings >= 1 for m in by_centre[code])
    kosovo = by_centre["QPS-PR"]
    assert 4 <= sum(m.regular for m in kosovo) <= 7  # bimonthly, a few missed
    assert sum(m.regular for m in kosovo) + sum(m.missed for m in kosovo) in (6, 7)
    assert sum(m.decisions_due for m in months) > 0
    out = write_report(registered, period, tmp_path / "report.xlsx")
    sheet = load_workbook(out.path, read_only=True)["Coordination"]
    assert sum(1 for _ in sheet.iter_rows(min_row=3)) == len(months)
