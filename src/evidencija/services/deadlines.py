"""What is due or overdue on a day: the legal clocks of a case, in one list.

Two kinds of entries. *Tasks* (someone must act: the prosecutor's proposal, the court's
decision, the GKS review, a plan measure, the first contact after a report) are listed while
they are not done, from the day they fall due (the hour-based legal steps from the moment their
clock starts, since they run out within a day or two). *Ends* (an urgent measure expiring, the
appeal window closing, a measure ending) are listed around the moment they happen; for them
"overdue" means the moment has passed. Only open cases have deadlines.

The legal clocks (ZSNP arts. 17–21, 25; Family Law arts. 198–199):
urgent measure 48 h from service; prosecutor's extension proposal within 24 h of service; court
decision within 24 h of the proposal; an extension lasts 30 days from the decision; appeal
within 3 days of the decision; GKS review at least every 15 days until a final court decision;
protection measures end after their months (shown 30 days ahead); the centre's first contact
24 h / 3 days / 7 days after the report, by response priority.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from ..db.models import (
    Case,
    CriminalProceeding,
    Meeting,
    PlanMeasure,
    ProtectionMeasure,
    ProtectionPlan,
    Report,
    UrgentMeasure,
)
from ..db.register import Register
from . import clock
from .access import reader
from .cases import OPEN_STATUSES
from .dto import Deadline
from .legal import EXTENSION

URGENT_DURATION = timedelta(hours=48)
PROPOSAL_WITHIN = timedelta(hours=24)
DECISION_WITHIN = timedelta(hours=24)
APPEAL_WITHIN = timedelta(days=3)
GKS_EVERY = timedelta(days=15)
RESPONSE_TIME = {
    "IMMEDIATE_24H": timedelta(hours=24),
    "URGENT_3D": timedelta(days=3),
    "REGULAR_7D": timedelta(days=7),
}
PROTECTION_NOTICE = timedelta(days=30)
# An extended urgent measure's end is shown a week ahead: time to ask the court for a
# family-law protection measure before the victim is left without one.
EXTENSION_END_NOTICE = timedelta(days=7)
# The whole urgent-measure chain (48 h, 30 days, appeal) lies within this from service.
URGENT_LOOKBACK = timedelta(days=45)


class _Day:
    """The day asked about and the moment against which "overdue" is judged.

    Thousands of open cases share a few dozen due days, so local-time conversions and date
    formatting are remembered for the length of one call.
    """

    def __init__(self, day: date, now: datetime) -> None:
        self.day, self.now = day, now
        self.start, self.end = clock.start_of(day), clock.end_of(day)
        self._ends: dict[date, datetime] = {}
        self._shown: dict[tuple[datetime, bool], str] = {}

    def end_of(self, day: date) -> datetime:
        if day not in self._ends:
            self._ends[day] = clock.end_of(day).astimezone(UTC)
        return self._ends[day]

    def shown(self, moment: datetime, all_day: bool) -> str:
        key = (moment, all_day)
        if key not in self._shown:
            self._shown[key] = clock.format_date(clock.local_date(moment)) if all_day \
                else clock.format_moment(moment)
        return self._shown[key]

    def item(self, kind: str, case_id: str, file_number: str, record_id: str | None,
             due_at: datetime, message_id: str, *, all_day: bool = False,
             **params: str) -> Deadline:
        # One zone for every entry: comparing datetimes in different zones is slow to sort.
        due_at = due_at.astimezone(UTC)
        return Deadline(kind=kind, case_id=case_id, file_number=file_number, record_id=record_id,
                        due_at=due_at, all_day=all_day, overdue=due_at < self.now,
                        message_id=message_id,
                        params={"due": self.shown(due_at, all_day), **params})


def deadlines_on(register: Register, day: date, *, now: datetime | None = None) -> list[Deadline]:
    """Everything due or overdue on `day`, overdue first, then by due time. "Overdue" is
    judged at `now`: by default the current moment when `day` is today, else the day's start."""
    reader(register)
    if now is None:
        now = clock.now() if day == clock.today() else clock.start_of(day)
    d = _Day(day, now)
    with register.session() as session:
        found = [
            *_urgent_measures(session, d),
            *_gks_reviews(session, d),
            *_plan_measures(session, d),
            *_protection_measures(session, d),
            *_first_contacts(session, d),
        ]
    return sorted(found, key=lambda x: (not x.overdue, x.due_at, x.file_number))


_OPEN = Case.status.in_(OPEN_STATUSES)


def _urgent_measures(session: Session, d: _Day) -> Iterator[Deadline]:
    rows = session.execute(
        select(UrgentMeasure, Case.file_number).join(Case)
        .where(_OPEN, UrgentMeasure.served_at.is_not(None),
               UrgentMeasure.served_at <= d.end,
               UrgentMeasure.served_at >= d.start - URGENT_LOOKBACK)
    )
    for m, file_number in rows:
        served = m.served_at
        if served is None:
            continue
        expiry = served + URGENT_DURATION
        extended = m.court_decision == "EXTENDED_30_DAYS"
        args = (m.case_id, file_number, m.id)
        if not extended and expiry >= d.start:
            yield d.item("URGENT_MEASURE_EXPIRY", *args, expiry, "deadline_urgent_expiry")
        proposal_pending = (m.proposal_at is None and m.court_decision is None
                            and m.prosecutor_proposal in (None, "UNKNOWN"))
        # Once the 48 h have run out there is no measure left to extend.
        if proposal_pending and expiry >= d.start:
            yield d.item("PROSECUTOR_PROPOSAL", *args, served + PROPOSAL_WITHIN,
                         "deadline_urgent_proposal")
        if m.proposal_at is not None and m.court_decision is None and m.proposal_at <= d.end:
            yield d.item("COURT_DECISION", *args, m.proposal_at + DECISION_WITHIN,
                         "deadline_urgent_decision")
        if extended and m.decided_at is not None:
            end = m.extended_until or m.decided_at + EXTENSION
            if d.start <= end <= clock.end_of(d.day + EXTENSION_END_NOTICE):
                yield d.item("EXTENDED_MEASURE_END", *args, end, "deadline_urgent_extension_end")
        appealable = m.court_decision in ("EXTENDED_30_DAYS", "PROPOSAL_REJECTED")
        if appealable and m.decided_at is not None and m.appeal_by is None \
                and m.decided_at <= d.end:
            closes = m.decided_at + APPEAL_WITHIN
            if closes >= d.start:
                yield d.item("APPEAL_WINDOW", *args, closes, "deadline_urgent_appeal")


# The coordination body that reviews a case: the GKS in Serbia, the municipal coordination
# mechanism in Kosovo. A centre's own case conference does not count as a review.
REVIEW_MEETINGS = ("GKS_MEETING", "XK_COORDINATION_MECHANISM")


def _gks_reviews(session: Session, d: _Day) -> Iterator[Deadline]:
    last_gks = (select(func.max(Meeting.held_on))
                .where(Meeting.case_id == Case.id, Meeting.meeting_type.in_(REVIEW_MEETINGS))
                .correlate(Case).scalar_subquery())
    since = func.coalesce(last_gks, Case.opened_on)
    ended = exists().where(CriminalProceeding.case_id == Case.id,
                           CriminalProceeding.final_on.is_not(None))
    rows = session.execute(
        select(Case.id, Case.file_number, Case.opened_on, last_gks)
        .where(_OPEN, ~ended, since <= d.day - GKS_EVERY)
    )
    for case_id, file_number, opened_on, last in rows:
        due = (last or opened_on) + GKS_EVERY
        last_shown = d.shown(d.end_of(last), True) if last else "-"
        yield d.item("GKS_REVIEW", case_id, file_number, None, d.end_of(due),
                     "deadline_gks_review", all_day=True, last=last_shown)


def _plan_measures(session: Session, d: _Day) -> Iterator[Deadline]:
    rows = session.execute(
        select(PlanMeasure.id, PlanMeasure.deadline, Case.id, Case.file_number)
        .join(ProtectionPlan, PlanMeasure.plan_id == ProtectionPlan.id)
        .join(Case, ProtectionPlan.case_id == Case.id)
        .where(_OPEN, PlanMeasure.status == "PLANNED", PlanMeasure.deadline <= d.day)
    )
    for measure_id, deadline, case_id, file_number in rows:
        if deadline is None:
            continue
        yield d.item("PLAN_MEASURE", case_id, file_number, measure_id, d.end_of(deadline),
                     "deadline_plan_measure", all_day=True)


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day where it is shorter)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def protection_measure_end(ordered_on: date, duration_months: int,
                           extended_on: date | None = None) -> date:
    """The last day of a protection measure: its months counted from the order, or from the
    extension decision when it was extended (art. 199)."""
    return add_months(extended_on or ordered_on, duration_months)


def _protection_measures(session: Session, d: _Day) -> Iterator[Deadline]:
    rows = session.execute(
        select(ProtectionMeasure, Case.file_number).join(Case)
        .where(_OPEN, ProtectionMeasure.outcome == "ORDERED",
               ProtectionMeasure.ended_early.is_(False),
               ProtectionMeasure.ordered_on.is_not(None),
               ProtectionMeasure.duration_months.is_not(None),
               # No term is longer than 12 months, so older measures have ended.
               func.coalesce(ProtectionMeasure.extended_on, ProtectionMeasure.ordered_on)
               >= d.day - timedelta(days=370))
    )
    for m, file_number in rows:
        if m.ordered_on is None or m.duration_months is None:
            continue
        end = protection_measure_end(m.ordered_on, m.duration_months,
                                     m.extended_on if m.extended else None)
        if d.day <= end <= d.day + PROTECTION_NOTICE:
            yield d.item("PROTECTION_MEASURE_END", m.case_id, file_number, m.id,
                         d.end_of(end), "deadline_protection_measure_end", all_day=True)


def _first_contacts(session: Session, d: _Day) -> Iterator[Deadline]:
    first_report = func.min(Report.received_at)
    rows = session.execute(
        select(Case.id, Case.file_number, Case.response_priority, first_report)
        .join(Report, and_(Report.case_id == Case.id))
        .where(_OPEN, Case.first_contact_at.is_(None), Case.response_priority.is_not(None))
        .group_by(Case.id)
        .having(first_report <= d.end)
    )
    for case_id, file_number, priority, received in rows:
        within = RESPONSE_TIME.get(priority or "")
        if within is None or received is None:
            continue
        received_at = _aware(received)
        yield d.item("FIRST_CONTACT", case_id, file_number, None, received_at + within,
                     "deadline_first_contact")


def _aware(value: datetime | str) -> datetime:
    """min() over a UtcDateTime column comes back as SQLite's naive UTC text or datetime."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
