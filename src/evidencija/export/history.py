"""What the register remembers about its exports, kept in the encrypted `settings` table.

* `export_k`: k for the gate (admin setting; default 5, never below 3).
* `export_recipients`: JSON list of the NGO's age recipients.
* `export_history`: JSON list, one entry per export written (period, when, who, file, SHA-256).
* `export_released_<YYYY-MM>`: JSON, the victims' rows as released by the latest export of that
  month (person code, case code and the QI tuple as written). The 12-month union check of the
  gate uses these, so it compares against exactly what the NGO received. Older months than the
  union window are no longer needed and are deleted when a new export is stored.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db.models import Setting
from .anonymise import Released, clamp_k
from .period import Period

K_KEY = "export_k"
RECIPIENTS_KEY = "export_recipients"
HISTORY_KEY = "export_history"
RELEASED_PREFIX = "export_released_"
UNION_MONTHS = 12


@dataclass(frozen=True)
class HistoryEntry:
    export_id: str
    period: str
    created_at: str
    username: str
    file_name: str
    sha256: str
    encrypted: bool
    recipients: int
    level: int
    k: int
    suppressed: int
    records: int


def _get(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def _put(session: Session, key: str, value: str) -> None:
    session.merge(Setting(key=key, value=value))


def read_k(session: Session) -> tuple[int, str | None]:
    return clamp_k(_get(session, K_KEY))


def read_recipients(session: Session) -> list[str]:
    raw = _get(session, RECIPIENTS_KEY)
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return [r for r in raw.split() if r]
    return [str(r) for r in value] if isinstance(value, list) else []


def write_recipients(session: Session, recipients: Sequence[str]) -> None:
    _put(session, RECIPIENTS_KEY, json.dumps(list(recipients)))


def read_history(session: Session) -> list[HistoryEntry]:
    raw = _get(session, HISTORY_KEY)
    if not raw:
        return []
    return [HistoryEntry(**entry) for entry in json.loads(raw)]


def append_history(session: Session, entry: HistoryEntry) -> None:
    entries = [asdict(e) for e in read_history(session)] + [asdict(entry)]
    _put(session, HISTORY_KEY, json.dumps(entries, ensure_ascii=False))


def load_released(session: Session, period: Period) -> list[Released]:
    """Rows released by the exports of the 11 months before `period`."""
    out: list[Released] = []
    for back in range(1, UNION_MONTHS):
        raw = _get(session, RELEASED_PREFIX + str(period.shift(-back)))
        if not raw:
            continue
        for person, case, *qi in json.loads(raw)["rows"]:
            out.append(Released(person, case, tuple(qi)))  # type: ignore[arg-type]
    return out


def store_released(session: Session, period: Period, level: int,
                   rows: Sequence[Released]) -> None:
    doc: dict[str, Any] = {"level": level,
                           "rows": [[r.person_code, r.case_code, *r.qi] for r in rows]}
    _put(session, RELEASED_PREFIX + str(period), json.dumps(doc, separators=(",", ":")))
    keep = {RELEASED_PREFIX + str(period.shift(-b)) for b in range(0, UNION_MONTHS + 12)}
    stale = [k for k in session.scalars(select(Setting.key)
                                        .where(Setting.key.like(RELEASED_PREFIX + "%")))
             if k not in keep and k < RELEASED_PREFIX + str(period.shift(-UNION_MONTHS))]
    if stale:
        session.execute(delete(Setting).where(Setting.key.in_(stale)))
