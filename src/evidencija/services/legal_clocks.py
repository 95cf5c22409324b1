"""The legal clocks of an urgent measure or protection order, by the law it was made under.

A measure's type says its law: the ZSNP urgent measures of Serbia (code group "RS") or the
protection orders of Kosovo's law on domestic violence (group "XK"). A register offers the
types of its centre's jurisdiction (`settings.jurisdiction`), so a Kosovo centre records Kosovo
orders and runs Kosovo clocks; a Serbian centre keeps the ZSNP ones.

`steps()` is the one place the clocks are computed: the Deadlines page, "My work" and the case
file's "Legal clock" column all read it. Each clock names the law and article it comes from
(`CLOCKS`, also in docs/legal-clocks.md).

**Serbia, ZSNP (Official Gazette RS 94/2016).** The police order lasts 48 h from service; the
basic prosecutor may propose an extension within 24 h; the court decides within 24 h of the
proposal and may extend the measure by 30 days (arts. 18, 19, 21); an appeal is possible within
3 days of the decision (art. 20).

**Kosovo, Law No. 08/L-185 on Prevention and Protection from Domestic Violence, Violence against
Women and Gender-Based Violence** (which replaced Law No. 03/L-182 of 2010). Three orders: the
police's *interim emergency protection order*, in force until the end of the court's next working
day; the court's *emergency protection order*, decided within 24 h of the petition; the court's
*protection order*, decided within 15 days of the petition and lasting up to 12 months. The
periods are those of Law 03/L-182, which the new law keeps in its structure of three orders; the
article numbers of 08/L-185 could not be checked against its official text here and are marked
`confirmed=False` until the coordinating NGO's lawyer confirms them (docs/legal-clocks.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from ..db import codes
from . import clock

ZSNP = "ZSNP"
XK_LAW = "Law 08/L-185"


@dataclass(frozen=True)
class Clock:
    """One legal period: how long, under which law and article."""

    kind: str
    period: timedelta
    law: str
    article: str
    confirmed: bool = True


CLOCKS: dict[str, Clock] = {c.kind: c for c in (
    # Serbia (ZSNP)
    Clock("URGENT_MEASURE_EXPIRY", timedelta(hours=48), ZSNP, "art. 18"),
    Clock("PROSECUTOR_PROPOSAL", timedelta(hours=24), ZSNP, "art. 19"),
    Clock("COURT_DECISION", timedelta(hours=24), ZSNP, "art. 19"),
    Clock("EXTENDED_MEASURE_END", timedelta(days=30), ZSNP, "art. 21"),
    Clock("APPEAL_WINDOW", timedelta(days=3), ZSNP, "art. 20"),
    # Kosovo (08/L-185; periods of 03/L-182, articles to be confirmed)
    Clock("XK_INTERIM_ORDER_EXPIRY", timedelta(days=1), XK_LAW,
          "interim emergency protection order (police)", confirmed=False),
    Clock("XK_EMERGENCY_ORDER_DECISION", timedelta(hours=24), XK_LAW,
          "emergency protection order (court)", confirmed=False),
    Clock("XK_PROTECTION_ORDER_DECISION", timedelta(days=15), XK_LAW,
          "protection order (court)", confirmed=False),
    Clock("XK_PROTECTION_ORDER_END", timedelta(days=365), XK_LAW,
          "duration of a protection order (up to 12 months)", confirmed=False),
)}  # fmt: skip

# Kosovo courts work 08:00–16:00 on working days: an interim order in force "until the end of
# the court's next working day" is shown ending at 16:00 — earlier rather than later, since a
# victim must not believe she is protected when she is not. Public holidays are not known to
# the register; on the day before one the clock is a day early, never late.
COURT_DAY_ENDS = time(16, 0)
# How early the end of a measure in force for weeks or months is shown.
EXTENSION_END_NOTICE = timedelta(days=7)
ORDER_END_NOTICE = timedelta(days=30)

# Everything these clocks can list lies within this from service (the 12-month order, shown a
# month ahead; the ZSNP chain lies within 45 days).
LOOKBACK = {"RS": timedelta(days=45), "XK": timedelta(days=400)}

KOSOVO_ISSUED = "XK_ORDER_ISSUED"


@dataclass(frozen=True)
class Step:
    """A moment on a measure's clock. A *task* is listed from `opens_at` until done; an *end*
    (an order running out) until `closes_at`. `message_id` names the deadline's text."""

    kind: str
    message_id: str
    due_at: datetime
    opens_at: datetime
    closes_at: datetime | None
    task: bool

    @property
    def clock(self) -> Clock:
        return CLOCKS[self.kind]


def law_of(measure_type: str | None) -> str:
    """ "XK" for a Kosovo order type, else "RS"."""
    if measure_type is None:
        return "RS"
    return "XK" if codes.code_list("urgent_measure_type").get(measure_type).group == "XK" else "RS"


def next_court_day_end(moment: datetime) -> datetime:
    """The end of the court's working day after the local day of `moment` (Mon–Fri)."""
    day = clock.local_date(moment) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, COURT_DAY_ENDS).astimezone()


def _shown_from(end: datetime, notice: timedelta) -> datetime:
    # Day-based notice: from the start of the local day `notice` before the end's day.
    return clock.start_of(clock.local_date(end) - notice)


def started_at(m: Any) -> datetime | None:
    """When the measure's clock started: a police order's service, or a petition's filing for a
    Kosovo court order (the petition comes first, the order is served after the decision)."""
    if law_of(m.measure_type) == "RS":
        return m.served_at
    known = [t for t in (m.served_at, m.proposal_at) if t is not None]
    return min(known) if known else None


def steps(m: Any) -> list[Step]:
    """The clock of one measure (any object with the urgent-measure fields), before the day it
    is asked about: which steps apply, when each is due, and from when until when it is shown."""
    if started_at(m) is None:
        return []
    if law_of(m.measure_type) == "XK":
        return _kosovo(m)
    return _serbia(m)


def _serbia(m: Any) -> list[Step]:
    served = m.served_at
    expiry = served + CLOCKS["URGENT_MEASURE_EXPIRY"].period
    extended = m.court_decision == "EXTENDED_30_DAYS"
    out: list[Step] = []
    if not extended:
        out.append(Step("URGENT_MEASURE_EXPIRY", "deadline_urgent_expiry", expiry, served,
                        expiry, task=False))
    # Once the 48 h have run out there is no measure left to extend.
    if (m.proposal_at is None and m.court_decision is None
            and m.prosecutor_proposal in (None, "UNKNOWN")):
        out.append(Step("PROSECUTOR_PROPOSAL", "deadline_urgent_proposal",
                        served + CLOCKS["PROSECUTOR_PROPOSAL"].period, served, expiry,
                        task=True))
    if m.proposal_at is not None and m.court_decision is None:
        out.append(Step("COURT_DECISION", "deadline_urgent_decision",
                        m.proposal_at + CLOCKS["COURT_DECISION"].period, m.proposal_at, None,
                        task=True))
    if extended and m.decided_at is not None:
        end = m.extended_until or m.decided_at + CLOCKS["EXTENDED_MEASURE_END"].period
        out.append(Step("EXTENDED_MEASURE_END", "deadline_urgent_extension_end", end,
                        _shown_from(end, EXTENSION_END_NOTICE), end, task=False))
    if (m.court_decision in ("EXTENDED_30_DAYS", "PROPOSAL_REJECTED")
            and m.decided_at is not None and m.appeal_by is None):
        closes = m.decided_at + CLOCKS["APPEAL_WINDOW"].period
        out.append(Step("APPEAL_WINDOW", "deadline_urgent_appeal", closes, m.decided_at, closes,
                        task=True))
    return out


def _kosovo(m: Any) -> list[Step]:
    """Kosovo: `served_at` is when the police order was issued and served, `proposal_at` when
    the petition reached the court, `decided_at` when the court decided, `extended_until` the
    last moment of the order the court set."""
    out: list[Step] = []
    kind = m.measure_type
    if kind == "XK_INTERIM_EMERGENCY_ORDER" and m.served_at is not None:
        end = next_court_day_end(m.served_at)
        if m.decided_at is None:
            out.append(Step("XK_INTERIM_ORDER_EXPIRY", "deadline_xk_interim_expiry", end,
                            m.served_at, end, task=False))
        return out
    if m.proposal_at is not None and m.decided_at is None and m.court_decision is None:
        decision = ("XK_EMERGENCY_ORDER_DECISION" if kind == "XK_EMERGENCY_PROTECTION_ORDER"
                    else "XK_PROTECTION_ORDER_DECISION")
        out.append(Step(decision, "deadline_xk_petition_decision",
                        m.proposal_at + CLOCKS[decision].period, m.proposal_at, None,
                        task=True))
    if kind == "XK_PROTECTION_ORDER" and m.court_decision == KOSOVO_ISSUED \
            and m.decided_at is not None:
        longest = clock.end_of(clock.add_months(clock.local_date(m.decided_at), 12))
        end = min(m.extended_until, longest) if m.extended_until else longest
        out.append(Step("XK_PROTECTION_ORDER_END", "deadline_xk_order_end", end,
                        _shown_from(end, ORDER_END_NOTICE), end, task=False))
    return out


def expiry(m: Any) -> datetime | None:
    """When the protection the measure gives runs out, where the clock knows it."""
    ends = [s.due_at for s in steps(m) if not s.task]
    return ends[0] if ends else None
