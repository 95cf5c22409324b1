"""The one place the services read the time, and the centre's local calendar.

Legal clocks run in hours from a moment (48 h from service of an order); other deadlines fall on
local calendar days (a GKS review every 15 days). Moments are stored in UTC; days are the
centre's local days. Local conversions use the operating system's zone rules through
`datetime.astimezone()`, which needs no time-zone database (Windows has none) and handles
summer time for any date. Tests replace `now` to put the register on a legal clock.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta

# Saving a moment typed a little ahead of the PC's clock (another device, a slow clock) is not
# an error; a moment in the future beyond this is.
FUTURE_TOLERANCE = timedelta(minutes=5)


def now() -> datetime:
    """The current moment, timezone-aware (UTC)."""
    return datetime.now(UTC)


def today() -> date:
    """The centre's local date now."""
    return local_date(now())


def local_date(moment: datetime) -> date:
    """The local calendar day on which `moment` falls."""
    return moment.astimezone().date()


def start_of(day: date) -> datetime:
    """Local midnight at the start of `day`, timezone-aware."""
    return datetime.combine(day, time()).astimezone()


def end_of(day: date) -> datetime:
    """The last instant of the local `day` (a deadline "on" a day is met until then)."""
    return start_of(day + timedelta(days=1)) - timedelta(microseconds=1)


def is_future(value: date | datetime) -> bool:
    """Whether a date is after today, or a moment later than now (with a small tolerance)."""
    if isinstance(value, datetime):
        return value > now() + FUTURE_TOLERANCE
    return value > today()


def format_date(day: date) -> str:
    """A date the way the centre writes it (dd.MM.yyyy.)."""
    return f"{day:%d.%m.%Y}."


def format_moment(moment: datetime) -> str:
    """A moment in local time, as dd.MM.yyyy. HH:mm."""
    return f"{moment.astimezone():%d.%m.%Y. %H:%M}"


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day where it is shorter)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
