"""The consolidated anonymised rows, for the analysts' own tools (pandas, R, SPSS, Power BI).

`.csv`: one long file per row sheet is awkward for most tools, so a CSV export writes one file
per sheet beside the requested name (`data.csv` → `data-cases.csv`, `data-victims.csv`, …), UTF-8
with a BOM (Excel opens it right), every row led by `centre_code` and `period`. `.xlsx`: one
sheet per row sheet in one workbook (openpyxl write-only), same columns. Only current
submissions are written. The rows are exactly what the centres released (already anonymised and
k-protected by the export), with no other identifiers added.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from ..fsutil import atomic_output
from .contract import ROW_SHEETS, sheet_columns
from .rowsets import load_rowset
from .store import Store


def _text(value: object) -> object:
    # Guard against formula injection in spreadsheet programs (the export's own rule).
    from ..export.workbook import neutralise

    return neutralise(value) if isinstance(value, str) else value


def write_dataset(
    store: Store,
    out: Path,
    *,
    months: Sequence[str] | None = None,
    centres: Sequence[str] | None = None,
) -> dict[str, int]:
    """Write the dataset; return rows written per sheet."""
    rs = load_rowset(store, months, centres)
    out = Path(out)
    counts: dict[str, int] = {}
    if out.suffix.lower() == ".csv":
        for sheet in ROW_SHEETS:
            cols = sheet_columns(sheet)
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(["centre_code", "period", *cols])
            n = 0
            for part, _i, row in rs.rows(sheet):
                w.writerow([part.centre, part.month, *(_text(row.get(c)) for c in cols)])
                n += 1
            target = out.with_name(f"{out.stem}-{sheet}.csv")
            with atomic_output(target) as handle:
                handle.write(("\ufeff" + buf.getvalue()).encode("utf-8"))
            counts[sheet] = n
        return counts
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for sheet in ROW_SHEETS:
        cols = sheet_columns(sheet)
        ws = wb.create_sheet(sheet)
        ws.append(["centre_code", "period", *cols])
        n = 0
        for part, _i, row in rs.rows(sheet):
            ws.append([part.centre, part.month, *(_text(row.get(c)) for c in cols)])
            n += 1
        counts[sheet] = n
    with atomic_output(out) as handle:
        wb.save(handle)
    return counts
