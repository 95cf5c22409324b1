"""Write the export workbook safely, and read it back as the contract says.

* openpyxl write-only mode, but every worksheet is streamed into memory (BytesIO) instead of
  openpyxl's temporary files, and the zip is assembled in memory: nothing of the export touches
  a temp folder. The caller writes the finished bytes atomically (`fsutil.atomic_output`).
* Every cell is typed: whole numbers as numbers, everything else as text; `None` is an empty cell.
* No cell is ever a formula. Text that starts with = + - @ TAB CR (what spreadsheet programs
  may run as a formula) or with an apostrophe is written with one apostrophe in front; a reader
  removes one leading apostrophe from every text cell (`restore`). The scheme is reversible for
  every string.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from io import BytesIO
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from .schema import INT, SHEET_BY_NAME, Sheet

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"


def neutralise(text: str) -> str:
    """Text as written: one apostrophe in front when it could start a formula (or is escaped)."""
    if text and (text[0] in FORMULA_TRIGGERS or text[0] == ESCAPE):
        return ESCAPE + text
    return text


def restore(text: str) -> str:
    """Text as meant: one leading apostrophe removed."""
    return text[1:] if text.startswith(ESCAPE) else text


class _MemorySheet(WriteOnlyWorksheet):
    """A write-only worksheet whose XML goes to memory, not to a temporary file."""

    def _get_writer(self) -> None:
        if self._writer is None:
            self._writer = WorksheetWriter(self, out=BytesIO())
            self._writer.write_top()


class _MemoryExcelWriter(ExcelWriter):  # type: ignore[misc]
    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if not ws.closed:
            ws.close()
        writer = ws._writer
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def _plain(value: Any, kind: str) -> Any:
    """The value openpyxl gets: int, neutralised str or None (never a formula: see neutralise)."""
    if value is None:
        return None
    cls = type(value)
    if cls is str and kind != "int":
        return neutralise(value)
    if cls is int and kind != "str":
        return value
    raise TypeError(f"{cls.__name__} {value!r} is not allowed in a {kind} column")


class WorkbookWriter:
    """Build the workbook sheet by sheet; `finish()` returns the xlsx bytes."""

    def __init__(self) -> None:
        self._wb = Workbook(write_only=True)
        self._wb.properties.creator = "Evidencija"
        self._wb.properties.lastModifiedBy = None
        self.row_counts: dict[str, int] = {}

    def add_sheet(self, sheet: Sheet, rows: Iterable[dict[str, Any]]) -> int:
        ws = _MemorySheet(parent=self._wb, title=sheet.name)
        self._wb._add_sheet(ws)
        names = sheet.column_names
        ws.append([self._cell(ws, name, text=True) for name in names])
        kinds = [(c.name, "int" if c.type == INT else "any" if c.type == "text" else "str")
                 for c in sheet.columns]
        count = 0
        try:
            for row in rows:
                if set(row) != set(names):
                    extra, missing = set(row) - set(names), set(names) - set(row)
                    raise ValueError(f"sheet {sheet.name}: columns not in the contract "
                                     f"{sorted(extra)}, missing {sorted(missing)}")
                ws.append([_plain(row[n], kind) for n, kind in kinds])
                count += 1
        except BaseException:
            ws.close()  # end the streaming XML cleanly; the workbook is abandoned anyway
            raise
        self.row_counts[sheet.name] = count
        return count

    @staticmethod
    def _cell(ws: Any, value: Any, *, text: bool, any_type: bool = False) -> WriteOnlyCell | None:
        if value is None:
            return None
        if isinstance(value, bool):
            raise TypeError("booleans are written as YES/NO codes")
        if isinstance(value, int) and (not text or any_type):
            cell = WriteOnlyCell(ws, value=value)
        elif isinstance(value, str):
            cell = WriteOnlyCell(ws, value=neutralise(value))
        else:
            raise TypeError(f"{type(value).__name__} {value!r} is not allowed in this column")
        if cell.data_type not in ("s", "n"):  # never a formula, whatever openpyxl decides
            raise ValueError(f"refusing a {cell.data_type!r} cell")
        return cell

    def finish(self) -> bytes:
        buffer = BytesIO()
        with ZipFile(buffer, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            writer = _MemoryExcelWriter(self._wb, archive)
            writer.write_data()
        return buffer.getvalue()


# ------------------------------------------------------------------------------ reading back
def _value(raw: Any, is_int: bool) -> Any:
    if raw is None or raw == "":
        return None
    if is_int:
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        return int(raw)
    if isinstance(raw, str):
        return restore(raw)
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    return raw


def read_workbook(data: bytes, sheets: Sequence[str] | None = None
                  ) -> dict[str, list[dict[str, Any]]]:
    """Every sheet of an export as dicts, decoded as the contract says (python-calamine)."""
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_filelike(BytesIO(data))
    out: dict[str, list[dict[str, Any]]] = {}
    for name in sheets or wb.sheet_names:
        table = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        if not table:
            out[name] = []
            continue
        header = [restore(str(h)) for h in table[0]]
        spec = SHEET_BY_NAME.get(name)
        ints = {c.name for c in spec.columns if c.type == INT} if spec else set()
        rows = []
        for raw in table[1:]:
            values = list(raw) + [None] * (len(header) - len(raw))
            rows.append({h: _value(v, h in ints) for h, v in zip(header, values, strict=False)})
        out[name] = rows
    return out
