"""Where a `RowSet` (the input of `indicators`) comes from.

* `load_rowset(store, …)` — the NGO side: the rows of the *current* submission of every centre
  and month in the consolidated store.
* `register_rowset(register, months)` — the centre side (the register's Statistics page): the
  same sheets produced from the register by the export's own row extraction
  (`export.rows.extract_month`), with the victims' rows *not* generalised (the page is seen
  inside the centre only; anything it exports goes through `IndicatorTable.published()`).

Both give rows in the contract's shape, so the indicator code is one and the same.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from .contract import ROW_SHEETS, sheet_columns
from .indicators import RowSet
from .store import Store
from .store.models import DATA_TABLES, Submission


def load_rowset(
    store: Store, months: Sequence[str] | None = None, centres: Sequence[str] | None = None
) -> RowSet:
    """Rows of the current submissions (optionally only `months` and `centres`)."""
    with store.connect() as conn:
        q = select(Submission.id, Submission.centre_code, Submission.period).where(
            Submission.status == "current"
        )
        if months is not None:
            q = q.where(Submission.period.in_(list(months)))
        if centres:
            q = q.where(Submission.centre_code.in_(list(centres)))
        subs = {sid: (centre, period) for sid, centre, period in conn.execute(q)}
        sheets: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
        for sheet in ROW_SHEETS:
            table = DATA_TABLES[sheet]
            names = sheet_columns(sheet)
            cols = [table.c[n] for n in names]
            stmt = (
                select(table.c.submission_id, *cols)
                .join(Submission.__table__, Submission.id == table.c.submission_id)
                .where(Submission.status == "current")
                .order_by(table.c.submission_id, table.c.row_no)
            )
            if months is not None:
                stmt = stmt.where(Submission.period.in_(list(months)))
            if centres:
                stmt = stmt.where(Submission.centre_code.in_(list(centres)))
            for row in conn.execute(stmt):
                sid = row[0]
                if sid in subs:
                    sheets[sid].setdefault(sheet, []).append(dict(zip(names, row[1:], strict=True)))
    rs = RowSet()
    for sid, (centre, period) in sorted(subs.items(), key=lambda kv: (kv[1][0], kv[1][1])):
        rs.add(centre, period, {s: sheets[sid].get(s, []) for s in ROW_SHEETS})
    return rs


def register_rowset(register: Any, months: Sequence[str]) -> RowSet:
    """The rows of `months` (YYYY-MM) produced from an unlocked register, not generalised."""
    from ..db.codes import age_group
    from ..db.models import Centre
    from ..export.period import Period
    from ..export.rows import extract_month

    rs = RowSet()
    with register.session() as session:
        centre = session.scalars(select(Centre)).one()
        key = bytes(centre.pseudonym_key)
        for month in months:
            period = Period.parse(month)
            data = extract_month(session, period, key, centre.code, centre.municipality_code)
            sheets = {
                name: list(data.sheets.get(name, [])) for name in ROW_SHEETS if name != "victims"
            }
            sheets["victims"] = [
                {
                    "case_code": v.case_code,
                    "person_code": v.person_code,
                    "municipality": v.municipality,
                    "opened_period": str(Period.of(v.opened_on)),
                    "sex": v.sex,
                    "age_band": age_group(v.age) if v.age is not None else "UNKNOWN",
                    "relationship_group": v.relationship_group,
                    "disability": v.disability,
                    "qi_suppressed": "NO",
                }
                for v in data.victims
            ]
            rs.add(centre.code, month, sheets)
    return rs
