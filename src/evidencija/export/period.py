"""The export period (a calendar month) and its generalisations (quarter, year).

Month boundaries are taken in the centres' local time (Europe/Belgrade, which Kosovo shares), so an
event at 00:30 on the 1st belongs to the month that starts then, whatever UTC says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import InvalidInput

try:
    LOCAL_TZ: ZoneInfo | None = ZoneInfo("Europe/Belgrade")
except ZoneInfoNotFoundError:  # pragma: no cover - Windows without the tzdata package
    LOCAL_TZ = None

_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True, order=True)
class Period:
    """One calendar month, written YYYY-MM."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PERIOD.match(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise InvalidInput("export_bad_period", value=text)
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Period:
        return cls(day.year, day.month)

    @classmethod
    def last_month(cls, today: date | None = None) -> Period:
        """The default export period: the month before `today`."""
        today = today or date.today()
        return cls.of(today.replace(day=1) - timedelta(days=1))

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self) -> Period:
        return Period(self.year + self.month // 12, self.month % 12 + 1)

    def shift(self, months: int) -> Period:
        index = self.year * 12 + (self.month - 1) + months
        return Period(index // 12, index % 12 + 1)

    @property
    def quarter(self) -> str:
        return f"{self.year:04d}-Q{(self.month - 1) // 3 + 1}"

    def contains(self, day: date | None) -> bool:
        return day is not None and self.first_day <= day <= self.last_day

    # Timestamps are stored as UTC; the month is a local-time month.
    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[start, end) of the month as aware UTC datetimes."""
        return _local_midnight_utc(self.first_day), _local_midnight_utc(self.next().first_day)


def _local_midnight_utc(day: date) -> datetime:
    tz = LOCAL_TZ or UTC
    return datetime.combine(day, time(0, 0), tzinfo=tz).astimezone(UTC)


def local_date(moment: datetime | None) -> date | None:
    """The local calendar date of a stored (UTC) timestamp."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ or UTC).date()


def code_period(day: date, coding: str) -> str:
    """`day` at a coding: MONTH (YYYY-MM), QUARTER (YYYY-Qn), YEAR (YYYY) or ANY (withheld)."""
    if coding == "MONTH":
        return f"{day.year:04d}-{day.month:02d}"
    if coding == "QUARTER":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if coding == "YEAR":
        return f"{day.year:04d}"
    if coding == "ANY":
        return "ANY"
    raise ValueError(coding)
