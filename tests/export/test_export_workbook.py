"""Safe writing: zero formula elements; every value reads back as the contract says (one leading
apostrophe removed) with openpyxl and with python-calamine; ints stay numbers."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from evidencija.export.schema import SHEET_BY_NAME
from evidencija.export.workbook import WorkbookWriter, neutralise, read_workbook, restore

# Text an XLSX can hold at all (XML 1.0 characters); everything else is refused by the writer.
xml_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30).filter(
    lambda s: ILLEGAL_CHARACTERS_RE.search(s) is None)
risky = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "=cmd|' /C calc'!A0", "@SUM(1)"])
values = st.one_of(xml_text, st.builds(lambda a, b: a + b, risky, xml_text),
                   st.integers(-10**9, 10**9))


@settings(max_examples=150, deadline=None)
@given(st.lists(values, min_size=1, max_size=12))
def test_no_formulas_and_round_trip(cells: list) -> None:
    meta = SHEET_BY_NAME["metadata"]
    rows = [{"key": f"k{i}", "value": v} for i, v in enumerate(cells)]
    w = WorkbookWriter()
    w.add_sheet(meta, rows)
    data = w.finish()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            xml = z.read(name)
            assert re.search(rb"<(\w+:)?f[ >/]", xml) is None, name
            assert b't="str"' not in xml
    # python-calamine, through the contract's reader
    back = read_workbook(data)["metadata"]
    assert [r["value"] for r in back] == [None if v == "" else v for v in cells]
    # openpyxl, decoding by hand as the contract says
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["metadata"]
    got = [c.value for c in ws["B"][1:]]
    for original, cell in zip(cells, got, strict=True):
        if isinstance(original, int):
            assert cell == original and isinstance(cell, int)
        elif original == "":
            assert cell is None
        else:
            assert isinstance(cell, str) and restore(cell) == original
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


@given(xml_text)
def test_neutralise_is_reversible(text: str) -> None:
    assert restore(neutralise(text)) == text


def test_writer_refuses_columns_outside_the_contract() -> None:
    import pytest

    w = WorkbookWriter()
    with pytest.raises(ValueError, match="not in the contract"):
        w.add_sheet(SHEET_BY_NAME["closures"], [{"case_code": "A" * 16, "reason": "OTHER_REASON",
                                                 "note": "free text"}])
    w = WorkbookWriter()
    with pytest.raises(TypeError):
        w.add_sheet(SHEET_BY_NAME["plans"], [dict.fromkeys(SHEET_BY_NAME["plans"].column_names,
                                                           True)])


def test_contract_document_names_every_sheet_column_and_list() -> None:
    """docs/export-format.md is the contract: it must cover everything the code writes."""
    from pathlib import Path

    from evidencija.export.schema import EXPORT_CODE_LISTS, SCHEMA_VERSION, SHEETS

    doc = (Path(__file__).parents[2] / "docs" / "export-format.md").read_text(encoding="utf-8")
    assert f"schema_version {SCHEMA_VERSION}" in doc
    for sheet in SHEETS:
        assert f"### `{sheet.name}`" in doc, sheet.name
        for col in sheet.columns:
            assert f"| `{col.name}` |" in doc, f"{sheet.name}.{col.name}"
    for name, cl in EXPORT_CODE_LISTS.items():
        assert f"**`{name}`**" in doc
        for c in cl.codes:
            assert f"`{c.code}`" in doc, f"{name}.{c.code}"
