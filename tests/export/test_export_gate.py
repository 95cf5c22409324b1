"""The k-anonymity gate: every export's smallest QI group is ≥ k on the month and on the
12-month union (checked independently from the written files); a unique person forces
generalisation or suppression; every step is recorded."""

from __future__ import annotations

from datetime import date

import pytest
from export_helpers import (
    add_case,
    component_profiles,
    group_counts,
    new_register,
    released_rows,
)

from evidencija.db.models import Setting
from evidencija.export import preview_export, run_export
from evidencija.export.period import Period
from evidencija.export.workbook import read_workbook


def _export_series(reg, start: str, months: int, out, k: int):
    files = []
    p = Period.parse(start)
    for _ in range(months):
        result = run_export(reg, p, out, plain=True)
        sheets = read_workbook(result.path.read_bytes())
        meta = {r["key"]: r["value"] for r in sheets["metadata"]}
        assert meta["k"] == k
        files.append((str(p), sheets, meta))
        p = p.next()
    return files


@pytest.mark.parametrize(("cases", "seed", "k"), [(300, 21, 5), (600, 22, 3)])
def test_month_and_union_groups_at_least_k(registers, tmp_path, cases, seed, k) -> None:
    reg = registers(cases, seed)
    with reg.session() as s, s.begin():
        s.merge(Setting(key="export_k", value=str(k)))
    files = _export_series(reg, "2025-01", 14, tmp_path, k)
    released = [released_rows(sheets["victims"]) for _, sheets, _ in files]
    for i, (month, sheets, meta) in enumerate(files):
        # month alone
        groups = group_counts(component_profiles(released[i]))
        if groups:
            assert min(groups.values()) >= k, month
            assert meta["smallest_group_month"] >= k
        # 12-month union, from the files themselves
        window = [r for rows in released[max(0, i - 11):i + 1] for r in rows]
        before = [r for rows in released[max(0, i - 11):i] for r in rows]
        after_p = component_profiles(window)
        before_p = component_profiles(before)
        after_sizes, before_sizes = group_counts(after_p), group_counts(before_p)
        prev_labels = {(p, c, qi) for p, c, qi in before}
        fresh_nodes = {n for p, c, qi in released[i] if (p, c, qi) not in prev_labels
                       for n in ("p" + p, "c" + c)}
        for comp, prof in after_p.items():
            if after_sizes[prof] >= k:
                continue
            # a small group is allowed only if this export did not touch it and it was
            # already exactly this small before (counted as RESIDUAL in the metadata)
            assert not comp & fresh_nodes, f"{month}: export creates a union group < {k}"
            assert before_sizes[prof] == after_sizes[prof], month
        assert meta["residual_union_groups"] >= 0
        suppressed = sum(1 for r in sheets["victims"] if r["qi_suppressed"] == "YES")
        assert meta["victim_records_suppressed"] == suppressed
        assert all(r["person_code"] is None for r in sheets["victims"]
                   if r["qi_suppressed"] == "YES")
        stages = [r["stage"] for r in sheets["disclosure"]]
        assert "LEVEL_CHOSEN" in stages and "MONTH_CHECK" in stages and "UNION_CHECK" in stages


def test_unique_person_forces_generalisation_or_suppression(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
    reg = new_register(tmp_path / "reg")
    try:
        for i in range(30):  # thirty similar women, partner violence, same month
            add_case(reg, opened=date(2026, 3, 2 + i % 20), victim_sex="FEMALE",
                     victim_birth=date(1985, 1 + i % 12, 3), relation="SPOUSE",
                     municipality="RS-70645", first=f"Milica{i:02d}x")
        # one older man beaten by his son, from another municipality: unique at level 0
        add_case(reg, opened=date(2026, 3, 9), victim_sex="MALE", victim_birth=date(1950, 5, 5),
                 relation="CHILD", municipality="RS-70076", first="Dragoljub", last="Unikatović")
        preview = preview_export(reg, "2026-03")
        assert preview.sheets[3].name == "victims"
        sheet = preview.sheets[3]
        rows = [dict(zip(sheet.columns, r, strict=True)) for r in sheet.rows]
        unique = [r for r in rows if r["sex"] in ("MALE", "SUPPRESSED")]
        assert unique
        for r in unique:
            if r["qi_suppressed"] == "YES":
                continue
            same = [x for x in rows if all(x[c] == r[c] for c in
                    ("municipality", "opened_period", "sex", "age_band", "relationship_group"))]
            assert len(same) >= 5
        d = preview.disclosure
        assert d.suppressed >= 1 or d.level > 0
        assert d.steps[0].stage == "LEVEL_TRIED"
        # the man's own combination never appears as such
        assert not any(r["sex"] == "MALE" and r["age_band"] == "AGE_65_PLUS"
                       and r["relationship_group"] == "CHILD_TO_PARENT" for r in rows)
        assert d.suppressed_share <= 0.05  # recoding first: 30 similar rows keep their detail
        assert d.smallest_month_group is None or d.smallest_month_group >= 5
    finally:
        reg.close()


def test_k_setting_never_below_three(registers) -> None:
    from evidencija.export.anonymise import clamp_k

    assert clamp_k(None) == (5, None)
    assert clamp_k("2")[0] == 3
    assert clamp_k("7") == (7, None)
    assert clamp_k("x")[0] == 5
