"""The analysis CLI end to end, the report workbook, charts and the dataset."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from analysis_support import CENTRES, MONTHS

from evidencija.cli import main


def test_keygen_writes_an_age_identity_once(tmp_path, capsys):
    out = tmp_path / "ngo.key"
    assert main(["analysis", "keygen", "--out", str(out)]) == 0
    text = out.read_text()
    assert "AGE-SECRET-KEY-1" in text
    assert (out.stat().st_mode & 0o777) == 0o600
    recipient = capsys.readouterr().out.split()[-1]
    assert recipient.startswith("age1") and recipient in text
    assert main(["analysis", "keygen", "--out", str(out)]) != 0  # never overwritten
    assert out.read_text() == text


def test_cli_import_report_dataset(tmp_path, corpus, capsys):
    store = tmp_path / "store.db"
    s = ["--store", str(store)]
    assert main(["analysis", "centres", "add", *map(str, corpus.cards.values()), *s]) == 0
    assert (
        main(
            [
                "analysis",
                "import",
                "--identity",
                str(corpus.identity_file),
                *s,
                str(corpus.root / "exports" / "CSR-KG"),
                str(corpus.root / "exports" / "CSR-LO"),
                str(corpus.root / "exports" / "QPS-PR"),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1].startswith("Import: 36 accepted")

    bad = tmp_path / "bad.xlsx.age"
    bad.write_bytes(b"age-encryption.org/v1\n-> X25519 abc\nxyz\n--- abc\n" + b"\x00" * 100)
    assert main(["analysis", "import", "--identity", str(corpus.identity_file), *s, str(bad)]) == 2

    report = tmp_path / "report.xlsx"
    charts = tmp_path / "charts"
    assert (
        main(
            [
                "analysis",
                "report",
                *s,
                "--period",
                "2026",
                "--out",
                str(report),
                "--charts",
                str(charts),
            ]
        )
        == 0
    )
    from openpyxl import load_workbook

    wb = load_workbook(report)
    assert "Summary" in wb.sheetnames and "Submissions" in wb.sheetnames
    assert any(name.startswith("new_cases") for name in wb.sheetnames)
    assert any(ws._charts for ws in wb.worksheets)  # native Excel charts
    sub = wb["Submissions"]
    assert [c.value for c in sub[1]] == ["centre", *MONTHS]
    # No published count is a small number (1–4).
    for ws in wb.worksheets:
        # Coordination counts meetings and decisions, not people: never suppressed.
        if ws.title in ("Summary", "Submissions", "Coordination") or ws.title.startswith(
            ("urgent_days_to_decision", "days_complaint_to_decision")  # medians of ≥ 5 values
        ):
            continue
        for row in ws.iter_rows(min_row=4, min_col=2, values_only=True):
            for v in row:
                assert not (isinstance(v, int) and 1 <= v <= 4), (ws.title, row)
    pngs = sorted(charts.glob("*.png"))
    assert pngs and all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
    assert sorted(charts.glob("*.svg"))

    assert (
        main(
            [
                "analysis",
                "report",
                *s,
                "--period",
                "2026-Q2",
                "--centre",
                "CSR-KG",
                "--out",
                str(tmp_path / "kg.xlsx"),
                "--grain",
                "quarter",
            ]
        )
        == 0
    )

    data = tmp_path / "data.csv"
    assert main(["analysis", "dataset", *s, "--out", str(data)]) == 0
    with (tmp_path / "data-cases.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert {r["centre_code"] for r in rows} == {c[0] for c in CENTRES}
    assert {r["period"] for r in rows} == set(MONTHS)
    xlsx = tmp_path / "data.xlsx"
    assert main(["analysis", "dataset", *s, "--out", str(xlsx), "--period", "2026-Q1"]) == 0
    wb = load_workbook(xlsx, read_only=True)
    assert "victims" in wb.sheetnames
    wb.close()

    assert main(["analysis", "grid", *s, "--period", "2026"]) == 0
    assert "CSR-LO" in capsys.readouterr().out

    # A newcomer's first report names no period: it covers every imported month.
    everything = tmp_path / "everything.xlsx"
    assert main(["analysis", "report", *s, "--out", str(everything)]) == 0
    assert [c.value for c in load_workbook(everything)["Submissions"][1]] == ["centre", *MONTHS]
    assert main(["analysis", "grid", *s]) == 0
    assert MONTHS[0] in capsys.readouterr().out


def test_a_report_of_an_empty_store_says_what_to_do_first(tmp_path, capsys):
    out = tmp_path / "report.xlsx"
    code = main(["--lang", "en", "analysis", "report", "--store", str(tmp_path / "s.db"), "--out", str(out)])
    assert code != 0
    assert "import the centres' exports first" in capsys.readouterr().err
    assert not out.exists()


def test_bad_period_is_a_known_error(tmp_path, capsys):
    assert (
        main(
            [
                "analysis",
                "report",
                "--store",
                str(tmp_path / "s.db"),
                "--period",
                "2026-13",
                "--out",
                str(tmp_path / "r.xlsx"),
            ]
        )
        == 34
    )
    assert "2026-13" in capsys.readouterr().err


def test_store_url_forms(tmp_path):
    from evidencija.analysis.store import resolve_store_url

    assert resolve_store_url(str(tmp_path / "a.db")).startswith("sqlite:///")
    assert resolve_store_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_store_url(None).endswith("analysis/analysis-store.db")


def test_no_qt_in_analysis():
    import ast

    root = Path(__import__("evidencija.analysis").analysis.__file__).parent
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.startswith("PySide6") for n in names), path


@pytest.mark.parametrize(
    "period, n", [("2026", 12), ("2026-Q3", 3), ("2026-05", 1), ("2025-11..2026-02", 4)]
)
def test_periods(period, n):
    from evidencija.analysis.periods import months_of

    assert len(months_of(period)) == n
