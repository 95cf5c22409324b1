"""Read an export workbook with python-calamine and check every sheet against the contract.

Called only after `limits.check_workbook` has shown the workbook is small and simple enough to
parse. Every sheet of the contract must be present (and no other), with exactly the contract's
header row, and every cell must be of its column's type: a pseudonym (16 base32 characters), a
code of the column's code list, a whole number, a period, or (metadata, dictionary) short text.
Text cells are decoded as the contract says (one leading apostrophe removed: the formula guard).

The result is the rows as the contract defines them — codes as `str`, whole numbers as `int`,
empty cells as `None` — i.e. exactly what `indicators.RowSet` takes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from ..export import schema as S
from ..export.workbook import restore
from .contract import (
    ALL_SHEETS,
    MAX_CODE_CHARS,
    MAX_INT,
    PERIOD_RE,
    PERIOD_SPECIAL,
    PSEUDONYM_RE,
    ROW_SHEETS,
    column_checks,
    sheet_columns,
)
from .errors import Rejected
from .limits import DEFAULT_LIMITS, Limits

Row = dict[str, Any]


@dataclass
class ValidatedWorkbook:
    metadata: dict[str, Any]
    sheets: dict[str, list[Row]]  # the row-level sheets
    coordination: list[Row] = field(default_factory=list)  # aggregates rows of T20–T23

    @property
    def row_counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.sheets.items()}


COORDINATION_TABLES = frozenset({"T20_MECHANISM_MEETINGS", "T21_MECHANISM_ATTENDANCE",
                                 "T22_MECHANISM_DECISIONS", "T23_MECHANISM_MISSED_MEETINGS"})


def _bad(detail: str) -> Rejected:
    return Rejected("invalid_workbook", detail=detail[:300])


def _cell_text(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise _bad(f"{where}: expected text, found {type(value).__name__}")
    if len(value) > limit:
        raise _bad(f"{where}: text of {len(value)} characters")
    return restore(value)


def _whole(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(f"{where}: expected a whole number, found {type(value).__name__}")
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        raise _bad(f"{where}: expected a whole number, found {value!r}")
    number = int(value)
    if not 0 <= number <= MAX_INT:
        raise _bad(f"{where}: {number} is out of range")
    return number


def read_sheets(workbook: bytes) -> dict[str, list[list[Any]]]:
    """Every contract sheet as a grid of raw calamine values (header row first)."""
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(BytesIO(workbook))
        names = list(wb.sheet_names)
    except Exception as exc:
        raise _bad(f"the workbook cannot be read ({type(exc).__name__})") from None
    missing = [n for n in ALL_SHEETS if n not in names]
    if missing:
        raise _bad(f"sheet {missing[0]!r} is missing")
    extra = [n for n in names if n not in ALL_SHEETS]
    if extra:
        raise _bad(f"unexpected sheet {extra[0][:40]!r}")
    if len(set(names)) != len(names):
        raise _bad("a sheet name appears twice")
    grids: dict[str, list[list[Any]]] = {}
    for name in ALL_SHEETS:
        try:
            grids[name] = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception as exc:
            raise _bad(f"sheet {name!r} cannot be read ({type(exc).__name__})") from None
    return grids


def _rows(name: str, grid: list[list[Any]], limits: Limits) -> list[Row]:
    expected = sheet_columns(name)
    if not grid:
        raise _bad(f"sheet {name!r} has no header row")
    header = [restore(h) if isinstance(h, str) else h for h in grid[0]]
    while header and header[-1] in ("", None):
        header.pop()
    if tuple(header) != expected:
        raise _bad(
            f"sheet {name!r}: the columns are not the contract's ({', '.join(map(str, header[:25]))[:200]})"
        )
    checks = column_checks(name)
    width = len(expected)
    converters = [_converter(check, name, limits) for check in checks]
    names = [check.name for check in checks]
    required = [check.required for check in checks]
    out: list[Row] = []
    for r, raw in enumerate(grid[1:], start=2):
        if len(raw) > width and any(v not in ("", None) for v in raw[width:]):
            raise _bad(f"{name}!row {r}: a value outside the contract's columns")
        row: Row = {}
        empty = True
        for c in range(width):
            value = raw[c] if c < len(raw) else None
            if value == "" or value is None:
                if required[c]:
                    raise _bad(f"{name}!{names[c]} row {r}: empty")
                row[names[c]] = None
            else:
                empty = False
                row[names[c]] = converters[c](value, r)
        if empty:
            raise _bad(f"{name}!row {r}: an empty row")
        out.append(row)
    return out


def _converter(check, sheet: str, limits: Limits):  # type: ignore[no-untyped-def]
    """A function (cell value, row number) → the contract value, raising `Rejected`."""
    col = check.name
    kind = check.type

    if kind == S.INT:

        def conv(value: Any, r: int) -> Any:
            if type(value) is float and value.is_integer() and 0 <= value <= MAX_INT:
                return int(value)
            return _whole(value, f"{sheet}!{col} row {r}")
    elif kind == S.PSEUDONYM:

        def conv(value: Any, r: int) -> Any:
            if type(value) is str and PSEUDONYM_RE.match(value):
                return value
            raise _bad(f"{sheet}!{col} row {r}: not a pseudonym")
    elif kind == S.CODE:
        codes = check.codes

        def conv(value: Any, r: int) -> Any:
            text = _cell_text(value, f"{sheet}!{col} row {r}", MAX_CODE_CHARS)
            if codes is not None and text not in codes:
                raise _bad(f"{sheet}!{col} row {r}: unknown code {text[:40]!r}")
            return text
    elif kind == S.PERIOD:

        def conv(value: Any, r: int) -> Any:
            text = _cell_text(value, f"{sheet}!{col} row {r}", 10)
            if text not in PERIOD_SPECIAL and not PERIOD_RE.match(text):
                raise _bad(f"{sheet}!{col} row {r}: not a period {text[:12]!r}")
            return text
    else:  # TEXT (metadata, disclosure, aggregates, dictionary)

        def conv(value: Any, r: int) -> Any:
            if type(value) is float and value.is_integer():
                return _whole(value, f"{sheet}!{col} row {r}")
            return _cell_text(value, f"{sheet}!{col} row {r}", limits.max_string_chars)

    return conv


def validate_workbook(workbook: bytes, limits: Limits = DEFAULT_LIMITS) -> ValidatedWorkbook:
    """Read and check every sheet; raise `Rejected("invalid_workbook")` naming the first fault."""
    grids = read_sheets(workbook)
    metadata: dict[str, Any] = {}
    for row in _rows("metadata", grids["metadata"], limits):
        key = row["key"]
        if not isinstance(key, str) or not key:
            raise _bad("metadata: an item without a name")
        if key in metadata:
            raise _bad(f"metadata: {key[:40]!r} appears twice")
        metadata[key] = row["value"]
    for name in ("disclosure", "dictionary"):
        _rows(name, grids[name], limits)  # checked, not stored
    aggregates = _rows("aggregates", grids["aggregates"], limits)
    sheets = {name: _rows(name, grids[name], limits) for name in ROW_SHEETS}
    # The coordination mechanisms' tables are the only aggregates kept: the other indicators
    # are computed from the rows; these have no rows behind them (an older export has none).
    coordination = [r for r in aggregates if str(r["table"]) in COORDINATION_TABLES]
    return ValidatedWorkbook(metadata, sheets, coordination)
