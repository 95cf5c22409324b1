"""The coordination mechanisms as the centres report them: per centre and month, meetings held,
regular meetings missed, decisions due, done and overdue (export tables T20–T23, kept by the
importer in `coordination_counts`). An export older than these tables simply has none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from .periods import months_of
from .store import Store
from .store.models import COORDINATION_COUNTS, Submission

COLUMNS = ("meetings", "regular", "missed", "decisions_due", "decisions_done",
           "decisions_overdue")


@dataclass(frozen=True)
class CoordinationMonth:
    centre: str
    period: str
    meetings: int
    regular: int
    missed: int
    decisions_due: int
    decisions_done: int
    decisions_overdue: int


def coordination_months(store: Store, period: str,
                        centres: Sequence[str] | None = None) -> list[CoordinationMonth]:
    """The coordination months of the current submissions in `period`, by centre and month."""
    months = months_of(period)
    c = COORDINATION_COUNTS.c
    query = (select(Submission.centre_code, Submission.period, c.table_id, c.row_code,
                    c.column_code, c.count)
             .join(Submission, Submission.id == c.submission_id)
             .where(Submission.status == "current", Submission.period.in_(months)))
    if centres:
        query = query.where(Submission.centre_code.in_(list(centres)))
    found: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLUMNS, 0))
    with store.session() as session:
        for centre, month, table, row, column, count in session.execute(query):
            v, n = found[(centre, month)], int(count or 0)
            if table == "T20_MECHANISM_MEETINGS" and row == "TOTAL" and column == "TOTAL":
                v["meetings"] = n
            elif table == "T20_MECHANISM_MEETINGS" and row == "TOTAL" and column == "REGULAR":
                v["regular"] = n
            elif table == "T23_MECHANISM_MISSED_MEETINGS":
                v["missed"] += n
            elif table == "T22_MECHANISM_DECISIONS":
                key = {"DUE": "decisions_due", "DONE": "decisions_done",
                       "OVERDUE_AT_END": "decisions_overdue"}.get(row)
                if key:
                    v[key] = n
    return [CoordinationMonth(centre, month, **v) for (centre, month), v in sorted(found.items())]
