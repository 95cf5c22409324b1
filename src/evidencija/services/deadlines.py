"""What is due or overdue on a day: the legal clocks of a case, in one list.

Two kinds of entries. *Tasks* (someone must act: the prosecutor's proposal, the court's
decision, the GKS review, a plan measure, the first contact after a report) are listed while
they are not done, from the day they fall due (the hour-based legal steps from the moment their
clock starts, since they run out within a day or two). *Ends* (an urgent measure expiring, the
appeal window closing, a measure ending) are listed around the moment they happen; for them
"overdue" means the moment has passed. Only open cases have deadlines.

The clocks of urgent measures and Kosovo protection orders come from `legal_clocks` (by the law
the measure was made under). The others: GKS review at least every 15 days until a final court decision;
protection measures end after their months (shown 30 days ahead); the centre's first contact
24 h / 3 days / 7 days after the report, by response priority.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from ..db import codes
from ..db.models import (
    Case,
    CriminalProceeding,
    Meeting,
    Municipality,
    PlanMeasure,
    ProtectionMeasure,
    ProtectionPlan,
    Report,
    UrgentMeasure,
)
from ..db.register import Register
from . import clock, legal_clocks, mechanisms
from .access import reader
from .cases import OPEN_STATUSES
from .dto import Deadline

GKS_EVERY = timedelta(days=15)
RESPONSE_TIME = {
    "IMMEDIATE_24H": timedelta(hours=24),
    "URGENT_3D": timedelta(days=3),
    "REGULAR_7D": timedelta(days=7),
}
PROTECTION_NOTICE = timedelta(days=30)
# A protection measure whose order (or extension) is older than this has ended: no term is
# longer than 12 months.
MEASURE_LOOKBACK = timedelta(days=370)


class _Formats:
    """Local-time conversions and date formatting, remembered for the length of one call:
    thousands of open cases share a few dozen due days, and the answers do not depend on the
    day asked about."""

    def __init__(self) -> None:
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


class _Day:
    """A day asked about and the moment against which "overdue" is judged on it."""

    def __init__(self, day: date, now: datetime) -> None:
        self.day, self.now = day, now
        self.start, self.end = clock.start_of(day), clock.end_of(day)


class _Found:
    """One deadline of a record, and the days (indexes into the span) on which it is listed.

    Its due moment does not depend on the day asked about, only whether it is listed does, so
    a span of days shares one pass over the data and one `Deadline` per listed entry."""

    __slots__ = ("kind", "case_id", "file_number", "record_id", "due_at", "message_id",
                 "all_day", "params", "days")

    def __init__(self, kind: str, case_id: str, file_number: str, record_id: str | None,
                 due_at: datetime, message_id: str, days: list[int], *, all_day: bool = False,
                 **params: str) -> None:
        # One zone for every entry: comparing datetimes in different zones is slow to sort.
        self.kind, self.case_id, self.file_number, self.record_id = (
            kind, case_id, file_number, record_id)
        self.due_at, self.message_id, self.all_day = due_at.astimezone(UTC), message_id, all_day
        self.params, self.days = params, days

    def deadline(self, d: _Day, formats: _Formats) -> Deadline:
        return Deadline(kind=self.kind, case_id=self.case_id, file_number=self.file_number,
                        record_id=self.record_id, due_at=self.due_at, all_day=self.all_day,
                        overdue=self.due_at < d.now, message_id=self.message_id,
                        params={"due": formats.shown(self.due_at, self.all_day), **self.params})


def _day(day: date, now: datetime | None) -> _Day:
    if now is None:
        now = clock.now() if day == clock.today() else clock.start_of(day)
    return _Day(day, now)


class _Scope:
    """Whose deadlines: the whole centre (`person_id` None), or one colleague's — the cases she
    manages, and the plan measures she is responsible for (in any case) or that name no
    responsible colleague in a case she manages: someone must follow those up, and it is the
    case manager."""

    def __init__(self, person_id: str | None) -> None:
        self.person_id = person_id

    def cases(self) -> ColumnElement[bool]:
        if self.person_id is None:
            return _OPEN
        return and_(_OPEN, Case.case_manager_id == self.person_id)

    def plan_measures(self) -> ColumnElement[bool]:
        if self.person_id is None:
            return _OPEN
        return and_(_OPEN, or_(
            PlanMeasure.responsible_user_id == self.person_id,
            and_(PlanMeasure.responsible_user_id.is_(None),
                 Case.case_manager_id == self.person_id)))


def _found(register: Register, span: list[_Day], formats: _Formats,
           scope: _Scope) -> list[_Found]:
    """Every deadline listed on at least one day of `span` (consecutive days), in the order the
    per-kind readers produce them."""
    with register.session() as session:
        return [
            *_urgent_measures(session, span, formats, scope),
            *_gks_reviews(session, span, formats, scope),
            *_plan_measures(session, span, formats, scope),
            *_protection_measures(session, span, formats, scope),
            *_first_contacts(session, span, formats, scope),
            *(_mechanism_decisions(session, span, formats) if scope.person_id is None else ()),
        ]


def _day_order(x: Deadline) -> tuple[bool, datetime, str]:
    return (not x.overdue, x.due_at, x.file_number)


def deadlines_on(register: Register, day: date, *, now: datetime | None = None) -> list[Deadline]:
    """Everything due or overdue on `day`, overdue first, then by due time. "Overdue" is
    judged at `now`: by default the current moment when `day` is today, else the day's start."""
    reader(register)
    d, formats = _day(day, now), _Formats()
    found = [f.deadline(d, formats) for f in _found(register, [d], formats, _Scope(None))
             if f.days]
    return sorted(found, key=_day_order)


def deadlines_from(register: Register, first: date, days: int, *,
                   person_id: str | None = None) -> list[tuple[int, Deadline]]:
    """The deadlines of `days` days from `first` (a week from today on the Deadlines page), each
    once, with the offset of the first day on which it is listed: the same entries, with the
    same flags, as asking `deadlines_on` day by day and keeping a deadline from the first day
    that lists it (identified by kind, case, record and due moment), except that after the
    first day an overdue deadline is left out: it was overdue on the first day already.

    One pass over the data serves every day. The result is in the order of that day-by-day
    walk: by offset, then as `deadlines_on` orders a day's list.

    With `person_id`, only that colleague's deadlines (see `_Scope`): "My work"."""
    reader(register)
    span = [_day(first + timedelta(days=i), None) for i in range(days)]
    formats = _Formats()
    picked: list[tuple[int, Deadline]] = []
    for f in _found(register, span, formats, _Scope(person_id)):
        # After the first day, "overdue" is judged at the day's start: what is overdue then
        # was already overdue, and listed, on the first day.
        i = next((i for i in f.days if i == 0 or f.due_at >= span[i].now), None)
        if i is not None:
            picked.append((i, f.deadline(span[i], formats)))
    # sorted() is stable: within a day, ties keep the readers' order as in deadlines_on.
    picked.sort(key=lambda p: (p[0], *_day_order(p[1])))
    seen: set[tuple[str, str, str | None, datetime]] = set()
    once: list[tuple[int, Deadline]] = []
    for i, d in picked:
        key = (d.kind, d.case_id, d.record_id, d.due_at)
        if key not in seen:
            seen.add(key)
            once.append((i, d))
    return once


_OPEN = Case.status.in_(OPEN_STATUSES)


def _urgent_measures(session: Session, span: list[_Day], formats: _Formats,
                     scope: _Scope) -> Iterator[_Found]:
    first, last = span[0], span[-1]
    rs_since = first.start - legal_clocks.LOOKBACK["RS"]
    xk_since = first.start - legal_clocks.LOOKBACK["XK"]
    # A police order's clock starts at service; a Kosovo petition's when it is filed, before
    # the order exists (SQLite's two-argument min() is NULL when either is).
    served, filed = UrgentMeasure.served_at, UrgentMeasure.proposal_at
    started = func.coalesce(func.min(served, filed), served, filed)
    # Only the columns needed: loading whole ORM rows was most of the cost.
    rows = session.execute(
        select(UrgentMeasure.id, UrgentMeasure.case_id, Case.file_number,
               UrgentMeasure.measure_type, UrgentMeasure.served_at,
               UrgentMeasure.prosecutor_proposal, UrgentMeasure.proposal_at,
               UrgentMeasure.court_decision, UrgentMeasure.decided_at,
               UrgentMeasure.extended_until, UrgentMeasure.appeal_by)
        .join(Case)
        .where(scope.cases(), started.is_not(None), started <= last.end, started >= xk_since,
               or_(started >= rs_since, UrgentMeasure.measure_type.in_(_KOSOVO_TYPES)))
    )
    for row in rows:
        since = legal_clocks.started_at(row)
        if since is None:
            continue
        lookback = legal_clocks.LOOKBACK[legal_clocks.law_of(row.measure_type)]
        # The days on whose window (the query's filter for one day) this one's start falls.
        window = [i for i, d in enumerate(span) if d.start - lookback <= since <= d.end]
        if not window:
            continue
        for step in legal_clocks.steps(row):
            days = [i for i in window if step.opens_at <= span[i].end
                    and (step.closes_at is None or step.closes_at >= span[i].start)]
            if days:
                yield _Found(step.kind, row.case_id, row.file_number, row.id, step.due_at,
                             step.message_id, days)


_KOSOVO_TYPES = tuple(c.code for c in codes.code_list("urgent_measure_type").codes
                      if c.group == "XK")


# The coordination body that reviews a case: the GKS in Serbia, the municipal coordination
# mechanism in Kosovo. A centre's own case conference does not count as a review.
REVIEW_MEETINGS = ("GKS_MEETING", "XK_COORDINATION_MECHANISM")


def _gks_reviews(session: Session, span: list[_Day], formats: _Formats,
                 scope: _Scope) -> Iterator[_Found]:
    latest = span[-1].day - GKS_EVERY
    last_gks = (select(func.max(Meeting.held_on))
                .where(Meeting.case_id == Case.id, Meeting.meeting_type.in_(REVIEW_MEETINGS))
                .correlate(Case).scalar_subquery())
    ended = exists().where(CriminalProceeding.case_id == Case.id,
                           CriminalProceeding.final_on.is_not(None))
    # A case reviewed after `latest` is not due on any day of the span. Those reviews are found
    # through the index on held_on, so the latest review is looked up (a walk over all of a
    # case's meetings) only for the cases that may be due; it is compared in Python, not in
    # SQL, so that it is looked up once per case rather than twice.
    reviewed_since = (select(Meeting.case_id)
                      .where(Meeting.held_on > latest, Meeting.meeting_type.in_(REVIEW_MEETINGS)))
    # The 15-day review is the ZSNP's (art. 25): a Kosovo centre's cases go to the municipal
    # mechanism on its own calendar (every two months), not case by case.
    serbian = select(Municipality.code).where(Municipality.jurisdiction == "RS")
    rows = session.execute(
        select(Case.id, Case.file_number, Case.opened_on, last_gks)
        .where(scope.cases(), ~ended, Case.id.not_in(reviewed_since),
               Case.centre_municipality_code.in_(serbian))
    )
    for case_id, file_number, opened_on, last in rows:
        since = last or opened_on
        if since is None:
            continue
        days = [i for i, d in enumerate(span) if since <= d.day - GKS_EVERY]
        if not days:
            continue
        due = since + GKS_EVERY
        last_shown = formats.shown(formats.end_of(last), True) if last else "-"
        yield _Found("GKS_REVIEW", case_id, file_number, None, formats.end_of(due),
                     "deadline_gks_review", days, all_day=True, last=last_shown)


def _plan_measures(session: Session, span: list[_Day], formats: _Formats,
                   scope: _Scope) -> Iterator[_Found]:
    rows = session.execute(
        select(PlanMeasure.id, PlanMeasure.deadline, Case.id, Case.file_number)
        .join(ProtectionPlan, PlanMeasure.plan_id == ProtectionPlan.id)
        .join(Case, ProtectionPlan.case_id == Case.id)
        .where(scope.plan_measures(), PlanMeasure.status == "PLANNED",
               PlanMeasure.deadline <= span[-1].day)
    )
    for measure_id, deadline, case_id, file_number in rows:
        if deadline is None:
            continue
        days = [i for i, d in enumerate(span) if deadline <= d.day]
        if days:
            yield _Found("PLAN_MEASURE", case_id, file_number, measure_id,
                         formats.end_of(deadline), "deadline_plan_measure", days, all_day=True)


def protection_measure_end(ordered_on: date, duration_months: int,
                           extended_on: date | None = None) -> date:
    """The last day of a protection measure: its months counted from the order, or from the
    extension decision when it was extended (art. 199)."""
    return clock.add_months(extended_on or ordered_on, duration_months)


def _protection_measures(session: Session, span: list[_Day], formats: _Formats,
                         scope: _Scope) -> Iterator[_Found]:
    # No term is longer than 12 months, so older measures have ended.
    basis = func.coalesce(ProtectionMeasure.extended_on, ProtectionMeasure.ordered_on)
    rows = session.execute(
        select(ProtectionMeasure.id, ProtectionMeasure.case_id, Case.file_number,
               ProtectionMeasure.ordered_on, ProtectionMeasure.duration_months,
               ProtectionMeasure.extended, ProtectionMeasure.extended_on)
        .join(Case)
        .where(scope.cases(), ProtectionMeasure.outcome == "ORDERED",
               ProtectionMeasure.ended_early.is_(False),
               ProtectionMeasure.ordered_on.is_not(None),
               ProtectionMeasure.duration_months.is_not(None),
               basis >= span[0].day - MEASURE_LOOKBACK)
    )
    for measure_id, case_id, file_number, ordered_on, months, extended, extended_on in rows:
        if ordered_on is None or months is None:
            continue
        end = protection_measure_end(ordered_on, months, extended_on if extended else None)
        since = extended_on if extended_on is not None else ordered_on
        days = [i for i, d in enumerate(span)
                if since >= d.day - MEASURE_LOOKBACK and d.day <= end <= d.day + PROTECTION_NOTICE]
        if days:
            yield _Found("PROTECTION_MEASURE_END", case_id, file_number, measure_id,
                         formats.end_of(end), "deadline_protection_measure_end", days,
                         all_day=True)


def _first_contacts(session: Session, span: list[_Day], formats: _Formats,
                    scope: _Scope) -> Iterator[_Found]:
    first_report = func.min(Report.received_at)
    rows = session.execute(
        select(Case.id, Case.file_number, Case.response_priority, first_report)
        .join(Report, and_(Report.case_id == Case.id))
        .where(scope.cases(), Case.first_contact_at.is_(None),
               Case.response_priority.is_not(None))
        .group_by(Case.id)
        .having(first_report <= span[-1].end)
    )
    for case_id, file_number, priority, received in rows:
        within = RESPONSE_TIME.get(priority or "")
        if within is None or received is None:
            continue
        received_at = _aware(received)
        days = [i for i, d in enumerate(span) if received_at <= d.end]
        if days:
            yield _Found("FIRST_CONTACT", case_id, file_number, None, received_at + within,
                         "deadline_first_contact", days)


def _aware(value: datetime | str) -> datetime:
    """min() over a UtcDateTime column comes back as SQLite's naive UTC text or datetime."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _mechanism_decisions(session: Session, span: list[_Day],
                         formats: _Formats) -> Iterator[_Found]:
    """Open decisions of the coordination mechanisms, from their deadline until recorded as
    done (or not): the centre's, so on the whole centre's list, not on one colleague's. They
    belong to no case: `case_id` is empty and the mechanism's name stands for the file number."""
    for decision, name in mechanisms.open_decisions_due(session, span[-1].day):
        deadline = decision.deadline
        if deadline is None:
            continue
        days = [i for i, d in enumerate(span) if deadline <= d.day]
        if days:
            text = decision.decision if len(decision.decision) <= 80 \
                else decision.decision[:79] + "…"
            yield _Found("MECHANISM_DECISION", "", name, decision.id, formats.end_of(deadline),
                         "deadline_mechanism_decision", days, all_day=True, decision=text)
