"""The export contract as the analysis side checks it.

The contract is `docs/export-format.md`, and in code `evidencija.export.schema` (the allow-list
the export itself writes from: every sheet, column, type and code list). The analysis side reads
that single definition instead of keeping a copy that could drift; what it adds here is the
*checking* view — for every column, what a valid cell is — and the store's table per row sheet.

`SUPPORTED_SCHEMA_VERSIONS` lists the versions this program can import. A future contract
version gets its own entry (and, if its sheets differ, its own column views and a store
migration); files of an unsupported version are rejected with their own reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..export import schema as S

SUPPORTED_SCHEMA_VERSIONS: frozenset[int] = frozenset({S.SCHEMA_VERSION})

PSEUDONYM_RE = re.compile(r"^[A-Z2-7]{16}$")
PERIOD_RE = re.compile(r"^(?:\d{4}|\d{4}-Q[1-4]|\d{4}-(?:0[1-9]|1[0-2]))$")
MONTH_RE = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$")
PERIOD_SPECIAL = frozenset({"ANY", S.SUPPRESSED})  # withheld by recoding / suppressed

MAX_CODE_CHARS = 40
MAX_INT = 10_000_000

ROW_SHEETS: tuple[str, ...] = S.ROW_SHEETS
"""The row-level sheets the store keeps (one table each)."""

ALL_SHEETS: tuple[str, ...] = tuple(s.name for s in S.SHEETS)


@dataclass(frozen=True)
class ColumnCheck:
    name: str
    type: str  # the contract's type: pseudonym, code, int, period, text
    codes: frozenset[str] | None
    required: bool


@cache
def municipality_codes() -> frozenset[str]:
    from ..db.municipalities import MUNICIPALITIES

    return frozenset(m.code for m in MUNICIPALITIES)


@cache
def allowed_codes(code_list: str) -> frozenset[str]:
    values = set(S.any_code_list(code_list).values)
    if code_list == "municipality_qi":
        values |= municipality_codes()
    return frozenset(values)


@cache
def column_checks(sheet: str) -> tuple[ColumnCheck, ...]:
    spec = S.SHEET_BY_NAME[sheet]
    return tuple(
        ColumnCheck(
            c.name,
            c.type,
            allowed_codes(c.code_list) if c.type == S.CODE and c.code_list else None,
            required=c.name == "case_code",
        )
        for c in spec.columns
    )


def sheet_columns(sheet: str) -> tuple[str, ...]:
    return S.SHEET_BY_NAME[sheet].column_names


def column_type(sheet: str, column: str) -> str:
    for c in S.SHEET_BY_NAME[sheet].columns:
        if c.name == column:
            return c.type
    raise KeyError(column)
