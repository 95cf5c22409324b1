"""Periods of the analysis side: a year (`2026`), a quarter (`2026-Q1`) or a month (`2026-03`),
and the grouping of months into months, quarters or years for indicator tables and trends."""

from __future__ import annotations

import re

from .errors import UsageError

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_RANGE = re.compile(r"^(.+)\.\.(.+)$")

GRAINS = ("month", "quarter", "year")


def months_of(period: str) -> list[str]:
    """The months (YYYY-MM) a period covers; `A..B` covers A's first month to B's last."""
    period = period.strip()
    if m := _RANGE.match(period):
        first, last = months_of(m.group(1))[0], months_of(m.group(2))[-1]
        if first > last:
            raise UsageError("bad_period", period=period)
        out, cur = [], first
        while cur <= last:
            out.append(cur)
            cur = next_month(cur)
        return out
    if m := _YEAR.match(period):
        return [f"{m.group(1)}-{mm:02d}" for mm in range(1, 13)]
    if m := _QUARTER.match(period):
        q = int(m.group(2))
        return [f"{m.group(1)}-{mm:02d}" for mm in range(3 * q - 2, 3 * q + 1)]
    if _MONTH.match(period):
        return [period]
    raise UsageError("bad_period", period=period)


def next_month(month: str) -> str:
    year, mm = int(month[:4]), int(month[5:7])
    return f"{year + mm // 12:04d}-{mm % 12 + 1:02d}"


def is_month(value: object) -> bool:
    return isinstance(value, str) and _MONTH.match(value) is not None


def bucket(month: str, grain: str) -> str:
    """The month, quarter or year (by `grain`) that `month` (YYYY-MM) falls in."""
    if grain == "month":
        return month
    if grain == "quarter":
        return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"
    if grain == "year":
        return month[:4]
    raise ValueError(grain)


def buckets(months: list[str], grain: str) -> list[str]:
    out: list[str] = []
    for m in months:
        b = bucket(m, grain)
        if b not in out:
            out.append(b)
    return out
