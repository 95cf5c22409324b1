"""The submission grid: registered centres × months — received, replaced or missing.

So coordinators see at a glance who has not reported. A cell is

* `received` — one export for that centre and month, never re-sent;
* `replaced` — received, and re-sent at least once (the cell counts the versions);
* `missing`  — nothing received for that month.

Pure reading: one query over `submissions`, one over `centres`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from .periods import months_of
from .store import Store
from .store.models import Centre, Submission

RECEIVED = "received"
REPLACED = "replaced"
MISSING = "missing"


@dataclass(frozen=True)
class GridCell:
    state: str
    versions: int = 0
    export_id: str | None = None
    created_at: datetime | None = None
    imported_at: datetime | None = None


@dataclass(frozen=True)
class GridRow:
    centre_code: str
    centre_name: str
    cells: tuple[GridCell, ...]

    @property
    def missing(self) -> int:
        return sum(1 for c in self.cells if c.state == MISSING)


@dataclass(frozen=True)
class SubmissionGrid:
    months: tuple[str, ...]
    rows: tuple[GridRow, ...] = field(default_factory=tuple)

    def cell(self, centre: str, month: str) -> GridCell:
        for row in self.rows:
            if row.centre_code == centre:
                return row.cells[self.months.index(month)]
        raise KeyError(centre)

    def counts(self) -> dict[str, int]:
        out = {RECEIVED: 0, REPLACED: 0, MISSING: 0}
        for row in self.rows:
            for c in row.cells:
                out[c.state] += 1
        return out

    def as_table(self) -> list[list[str]]:
        """Header + one line per centre; a cell reads `✓`, `✓ (n)` when re-sent n-1 times, or `—`."""
        lines = [["centre", *self.months]]
        for row in self.rows:
            marks = []
            for c in row.cells:
                if c.state == MISSING:
                    marks.append("—")
                elif c.state == REPLACED:
                    marks.append(f"✓ ({c.versions})")
                else:
                    marks.append("✓")
            lines.append([row.centre_code, *marks])
        return lines


def submission_grid(
    store: Store, period: str, centres: Sequence[str] | None = None
) -> SubmissionGrid:
    """The grid for `period` (YYYY, YYYY-Qn or YYYY-MM) over the registered centres (or `centres`)."""
    months = tuple(months_of(period))
    with store.connect() as conn:
        centre_rows = conn.execute(select(Centre.code, Centre.name).order_by(Centre.code)).all()
        subs = conn.execute(
            select(
                Submission.centre_code,
                Submission.period,
                Submission.status,
                Submission.export_id,
                Submission.created_at,
                Submission.imported_at,
            ).where(Submission.period.in_(months))
        ).all()
    wanted = set(centres) if centres else None
    versions: dict[tuple[str, str], int] = {}
    current: dict[tuple[str, str], tuple[str, datetime, datetime]] = {}
    for code, month, status, export_id, created_at, imported_at in subs:
        versions[(code, month)] = versions.get((code, month), 0) + 1
        if status == "current":
            current[(code, month)] = (export_id, created_at, imported_at)
    rows = []
    for code, name in centre_rows:
        if wanted is not None and code not in wanted:
            continue
        cells = []
        for month in months:
            key = (code, month)
            if key not in current:
                cells.append(GridCell(MISSING))
                continue
            n = versions[key]
            export_id, created_at, imported_at = current[key]
            cells.append(
                GridCell(REPLACED if n > 1 else RECEIVED, n, export_id, created_at, imported_at)
            )
        rows.append(GridRow(code, name, tuple(cells)))
    return SubmissionGrid(months, tuple(rows))
