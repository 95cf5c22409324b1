"""Nothing identifying leaves the centre: no name, JMBG, address, phone, e-mail, file/order/
decision number, staff name or free text in any cell, any XML part, the package or a temp folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from export_helpers import identifying_values, scan_bytes, xlsx_parts

from evidencija.export import centre_card, run_export, verify_package
from evidencija.export.workbook import read_workbook

CASES = [(150, 11, ["2024-11", "2025-12", "2026-05"]),
         (300, 12, ["2025-03", "2026-02"]),
         (600, 13, ["2025-08", "2026-04"])]


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of its own, so that anything written to 'the' temp folder is seen."""
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(tmp))
    return tmp


@pytest.mark.parametrize(("cases", "seed", "months"), CASES)
def test_no_identifying_value_anywhere(registers, ngo_identity, tmp_path, private_tmp,
                                       cases, seed, months) -> None:
    reg = registers(cases, seed)
    needles = identifying_values(reg)
    assert len(needles) > cases  # the scan is meaningful: names, JMBGs, free text …
    card = centre_card(reg)
    for month in months:
        out = tmp_path / "out" / month
        result = run_export(reg, month, out, recipients=[str(ngo_identity.to_public())])
        assert os.listdir(private_tmp) == [], "the export left files in the temp folder"
        assert sorted(os.listdir(out)) == [result.file_name]  # no stray partial files
        package = verify_package(result.path, ngo_identity, {card.centre_code: card.public_key})
        blobs = {"manifest": str(package.manifest).encode()}
        blobs.update(xlsx_parts(package.workbook))
        for part, blob in blobs.items():
            assert scan_bytes(blob, needles) == [], f"{month}: identifying data in {part}"
        sheets = read_workbook(package.workbook)
        cells = [str(v) for rows in sheets.values() for row in rows for v in row.values()
                 if v is not None]
        text = "\n".join(cells)
        assert [n for n in needles if n in text] == []
        assert sum(len(rows) for rows in sheets.values()) > 50  # the export is not empty


def test_allow_list_is_what_is_written(registers, ngo_identity, tmp_path) -> None:
    """Every sheet and column of the workbook is in the contract, in its order."""
    from evidencija.export.schema import SHEETS

    reg = registers(150, 11)
    result = run_export(reg, "2026-03", tmp_path, plain=True)
    sheets = read_workbook(result.path.read_bytes())
    assert list(sheets) == [s.name for s in SHEETS]
    import openpyxl

    wb = openpyxl.load_workbook(result.path, read_only=True)
    for s in SHEETS:
        header = [c.value for c in next(wb[s.name].iter_rows(max_row=1))]
        assert tuple(header) == s.column_names
    wb.close()
