"""Reminders: last month's export not yet sent; months never exported.

From the first day of a month until last month's export is sent, `reminder_for` says what the
banner on the main window (and after unlock) should say. A month counts as *exported* when a
package for it is in the outbox (in any state), and as *sent* when one of its packages was
delivered by SMTP or recorded as sent by hand. Months before the register was created are never
asked for. Days are the centre's local calendar days (`services.clock`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db.models import Centre, OutboxItem
from ..db.register import Register
from ..messages import text
from ..services import clock
from ..services.roles import ADMIN, require


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def previous_period(day: date) -> str:
    """The month before the one `day` falls in, as YYYY-MM."""
    year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    return f"{year:04d}-{month:02d}"


def periods_between(first: str, last: str) -> list[str]:
    """Every YYYY-MM from `first` to `last`, both included (empty if first > last)."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@dataclass(frozen=True)
class Reminder:
    """What the banner says: which month, and whether it was never exported, is waiting to be
    sent, or failed."""

    period: str
    kind: str  # "not_exported" | "not_sent" | "failed"
    item_id: str | None = None  # the package concerned, if there is one
    reason: str | None = None  # message id of the failure, for kind "failed"

    @property
    def message_id(self) -> str:
        return f"reminder_{self.kind}"

    def text(self, lang: str | None = None) -> str:
        reason = text(self.reason, lang) if self.reason else ""
        return text(self.message_id, lang, period=self.period, reason=reason)


def _first_period(register: Register) -> str:
    with register.session() as session:
        created = session.scalars(select(Centre.created_at)).one()
    return period_of(clock.local_date(created))


def _states_by_period(register: Register) -> dict[str, list[tuple[str, str, str | None]]]:
    with register.session() as session:
        rows = session.execute(
            select(
                OutboxItem.period, OutboxItem.state, OutboxItem.id, OutboxItem.last_error
            ).order_by(OutboxItem.created_at.desc())
        ).all()
    found: dict[str, list[tuple[str, str, str | None]]] = {}
    for period, state, item_id, last_error in rows:
        found.setdefault(period, []).append((state, item_id, last_error))
    return found


def reminder_for(register: Register, today: date | None = None) -> Reminder | None:
    """The banner for `today` (default: the local date now), or None when last month's export
    was sent (or the register did not exist yet last month). Any unlocked user."""
    register.require_user()
    today = today or clock.today()
    period = previous_period(today)
    if period < _first_period(register):
        return None
    items = _states_by_period(register).get(period, [])
    if any(state == "sent" for state, _, _ in items):
        return None
    waiting = [(i, e) for state, i, e in items if state in ("queued", "sending", "interrupted")]
    if waiting:
        return Reminder(period, "not_sent", waiting[0][0])
    failed = [(i, e) for state, i, e in items if state == "failed"]
    if failed:
        return Reminder(period, "failed", failed[0][0], failed[0][1])
    return Reminder(period, "not_exported")


def never_exported_months(
    register: Register, since: date | None = None, today: date | None = None
) -> list[str]:
    """Months (YYYY-MM) from `since` (default: the register's first month) to last month with no
    package in the outbox at all. Administrators only."""
    require(register, ADMIN)
    today = today or clock.today()
    first = period_of(since) if since is not None else _first_period(register)
    exported = set(_states_by_period(register))
    return [p for p in periods_between(first, previous_period(today)) if p not in exported]
