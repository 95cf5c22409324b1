"""Coordination mechanisms apart from any case: a GKS (ZSNP art. 25) or a Kosovo municipal
coordination mechanism against domestic violence, its members, meetings and decisions.

Records go through `records` like a case's (role check, field checks, audit), as records of the
centre: any colleague who enters case data may keep them, a reader only reads them.

A mechanism's calendar: a Kosovo mechanism meets every two months, so its calendar is cut into
two-month slots from January (January–February, March–April, …) and a slot without a regular
or extraordinary meeting is *missed*; one that meets more often (a GKS, every 15 days) misses a
meeting when more than that passes between two meetings. Case-related meetings do not keep the
calendar: they are held for one case, not as the mechanism's own meeting.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..db.models import (
    Mechanism,
    MechanismAttendance,
    MechanismDecision,
    MechanismMeeting,
    MechanismMember,
)
from ..db.register import Register
from . import clock, records
from .access import reader
from .dto import (
    MechanismData,
    MechanismDecisionData,
    MechanismDecisionInfo,
    MechanismInfo,
    MechanismMeetingData,
    MechanismMeetingInfo,
    MechanismMemberData,
    MechanismMemberInfo,
    MechanismOverview,
)
from .records import Kind
from .validation import Checker, NotFound

CALENDAR_MEETINGS = ("REGULAR", "EXTRAORDINARY")


def _decision_rule(checker: Checker, session: Session, case: object, parent: object,
                   data: MechanismDecisionData, current: object) -> None:
    if data.status == "DONE" and data.done_on is None:
        checker.add("done_on", "value_required")


def _mechanism_rule(checker: Checker, session: Session, case: object, parent: object,
                    data: MechanismData, current: object) -> None:
    if not 1 <= data.meets_every_days <= 366:
        checker.add("meets_every_days", "number_positive")


MECHANISM = Kind("mechanism", Mechanism, MechanismData, MechanismInfo, parent="",
                 parent_model=None, rule=_mechanism_rule)
MEMBER = Kind("mechanism_member", MechanismMember, MechanismMemberData, MechanismMemberInfo,
              parent="mechanism_id", parent_model=Mechanism)
MEETING = Kind("mechanism_meeting", MechanismMeeting, MechanismMeetingData, MechanismMeetingInfo,
               parent="mechanism_id", parent_model=Mechanism,
               rows={"attendance": ("attendance_rows", MechanismAttendance, "code")})
DECISION = Kind("mechanism_decision", MechanismDecision, MechanismDecisionData,
                MechanismDecisionInfo, parent="meeting_id", parent_model=MechanismMeeting,
                rule=_decision_rule, extras=lambda d: {"held_on": d.meeting.held_on})


def add_mechanism(register: Register, data: MechanismData) -> MechanismInfo:
    return records.create(register, MECHANISM, None, data)


def update_mechanism(register: Register, mechanism_id: str, data: MechanismData) -> MechanismInfo:
    return records.update(register, MECHANISM, mechanism_id, data)


def delete_mechanism(register: Register, mechanism_id: str) -> None:
    records.delete(register, MECHANISM, mechanism_id)


def add_member(register: Register, mechanism_id: str,
               data: MechanismMemberData) -> MechanismMemberInfo:
    return records.create(register, MEMBER, mechanism_id, data)


def update_member(register: Register, member_id: str,
                  data: MechanismMemberData) -> MechanismMemberInfo:
    return records.update(register, MEMBER, member_id, data)


def delete_member(register: Register, member_id: str) -> None:
    records.delete(register, MEMBER, member_id)


def add_meeting(register: Register, mechanism_id: str,
                data: MechanismMeetingData) -> MechanismMeetingInfo:
    return records.create(register, MEETING, mechanism_id, data)


def update_meeting(register: Register, meeting_id: str,
                   data: MechanismMeetingData) -> MechanismMeetingInfo:
    return records.update(register, MEETING, meeting_id, data)


def delete_meeting(register: Register, meeting_id: str) -> None:
    records.delete(register, MEETING, meeting_id)


def add_decision(register: Register, meeting_id: str,
                 data: MechanismDecisionData) -> MechanismDecisionInfo:
    return records.create(register, DECISION, meeting_id, data)


def update_decision(register: Register, decision_id: str,
                    data: MechanismDecisionData) -> MechanismDecisionInfo:
    """Follow a decision up: its status, when it was done, what the meeting heard of it."""
    return records.update(register, DECISION, decision_id, data)


def delete_decision(register: Register, decision_id: str) -> None:
    records.delete(register, DECISION, decision_id)


def list_mechanisms(register: Register) -> list[MechanismInfo]:
    reader(register)
    with register.session() as session:
        rows = session.scalars(select(Mechanism).order_by(Mechanism.name))
        return [records.to_info(MECHANISM, m) for m in rows]


def overview(register: Register, mechanism_id: str, *,
             today: date | None = None) -> MechanismOverview:
    """A mechanism with its members, meetings (newest first), decisions and calendar."""
    reader(register)
    today = today or clock.today()
    with register.session() as session:
        m = session.scalar(
            select(Mechanism).where(Mechanism.id == mechanism_id).options(
                selectinload(Mechanism.members),
                selectinload(Mechanism.meetings).selectinload(MechanismMeeting.attendance_rows),
                selectinload(Mechanism.meetings).selectinload(MechanismMeeting.decisions)))
        if m is None:
            raise NotFound()
        meetings = sorted(m.meetings, key=lambda x: x.held_on, reverse=True)
        decisions = sorted((d for x in meetings for d in x.decisions),
                           key=lambda d: (d.deadline or date.max, d.meeting.held_on))
        held = sorted(x.held_on for x in meetings if x.meeting_type in CALENDAR_MEETINGS)
        missed, next_due = calendar_of(held, m.meets_every_days, today)
        return MechanismOverview(
            mechanism=records.to_info(MECHANISM, m),
            members=tuple(records.to_info(MEMBER, x)
                          for x in sorted(m.members, key=lambda x: x.institution)),
            meetings=tuple(records.to_info(MEETING, x) for x in meetings),
            decisions=tuple(records.to_info(DECISION, d) for d in decisions),
            missed=tuple(missed), next_due=next_due,
        )


def calendar_of(held: list[date], every_days: int,
                today: date) -> tuple[list[tuple[date, date]], date | None]:
    """The missed meetings (periods with none, oldest first) and when the next one is due, from
    the first meeting on. See the module's docstring for the two kinds of calendar."""
    if not held:
        return [], None
    months = round(every_days / 30)
    if months >= 1:
        return _calendar_slots(held, months, today)
    missed = [(a + timedelta(days=every_days), b) for a, b in zip(held, held[1:], strict=False)
              if (b - a).days > every_days]
    next_due = held[-1] + timedelta(days=every_days)
    if next_due < today:
        missed.append((next_due, today))
    return missed, next_due


def _slot(day: date, months: int) -> tuple[int, int]:
    return day.year, (day.month - 1) // months


def _slot_bounds(year: int, index: int, months: int) -> tuple[date, date]:
    first = date(year, index * months + 1, 1)
    return first, clock.add_months(first, months) - timedelta(days=1)


def _calendar_slots(held: list[date], months: int,
                    today: date) -> tuple[list[tuple[date, date]], date | None]:
    met = {_slot(d, months) for d in held}
    slots_a_year = 12 // months
    year, index = _slot(held[0], months)
    missed = []
    while True:
        start, end = _slot_bounds(year, index, months)
        if end >= today:  # the current slot is not over yet
            current_met = (year, index) in met
            next_due = end if not current_met else _slot_bounds(
                *divmod(year * slots_a_year + index + 1, slots_a_year), months)[1]
            return missed, next_due
        if (year, index) not in met:
            missed.append((start, end))
        year, index = divmod(year * slots_a_year + index + 1, slots_a_year)


def open_decisions_due(session: Session, by: date) -> list[tuple[MechanismDecision, str]]:
    """Open decisions of active mechanisms due by `by`, with the mechanism's name."""
    rows = session.execute(
        select(MechanismDecision, Mechanism.name)
        .join(MechanismMeeting, MechanismDecision.meeting_id == MechanismMeeting.id)
        .join(Mechanism, MechanismMeeting.mechanism_id == Mechanism.id)
        .where(Mechanism.active.is_(True), MechanismDecision.status == "OPEN",
               MechanismDecision.deadline.is_not(None), MechanismDecision.deadline <= by))
    return [(d, name) for d, name in rows]
