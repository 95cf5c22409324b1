"""Extract one month from the register and project it through the allow-list (`schema.py`).

Only the register columns named here are ever selected: names, JMBG, addresses, phones, e-mails,
file/order/decision numbers, settlements, court names, minutes references, responsible persons,
staff and every free-text column are never read, so they cannot reach a workbook. Rows are read
as tuples with SQL filters on the month, so the work grows with the month, not with the register.

Each kind of event is selected by its date alone, through the index on that date (migration
0004), and an event of a case not active in the month is dropped here in Python. Not `case_id IN
(active)` in the SQL: SQLite then prefers the case_id index and compares the date of every event
of every active case with the month's bounds — and comparing a date column (NUMERIC affinity)
with a bound text parameter costs microseconds a row under SQLCipher's memory security, which
made those queries 5–10× slower than the index range.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, and_, func, insert, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from ..db.codes import code_list, gbvims_main_type
from ..db.models import (
    Case,
    Closure,
    CriminalProceeding,
    Feedback,
    Incident,
    IncidentForm,
    Mechanism,
    MechanismAttendance,
    MechanismDecision,
    MechanismMeeting,
    Meeting,
    MeetingDecision,
    Participant,
    Person,
    PlanMeasure,
    ProceedingOffence,
    ProceedingSanction,
    ProtectionMeasure,
    ProtectionMeasureType,
    ProtectionPlan,
    Referral,
    Relationship,
    Report,
    RiskAssessment,
    Service,
    UrgentMeasure,
)
from ..services import mechanisms
from .period import Period, local_date

Row = dict[str, Any]
Tick = Callable[[str], None]

_REL_GROUP = {c.code: c.group or "UNKNOWN" for c in code_list("relationship").codes}
# When a victim has several perpetrators, the row carries the closest relationship.
_REL_ORDER = ("PARTNER", "FORMER_PARTNER", "PARENT_TO_CHILD", "CHILD_TO_PARENT", "OTHER_FAMILY",
              "UNKNOWN")

FORMS_SEXUAL = frozenset({"SEXUAL", "SEXUAL_HARASSMENT", "FGM"})
FORMS_PSYCHOLOGICAL = frozenset({"PSYCHOLOGICAL", "STALKING", "RESTRICTION_OF_FREEDOM",
                                 "TECHNOLOGY_FACILITATED"})
OFFENCES_SEXUAL = frozenset({"RAPE", "OTHER_SEXUAL_OFFENCE", "SEXUAL_HARASSMENT"})
CLOSURE_DEATHS = frozenset({"PERPETRATOR_DIED", "VICTIM_KILLED_FEMICIDE", "VICTIM_DIED_OTHER"})
DEADLINE_HOURS = {"IMMEDIATE_24H": 24, "URGENT_3D": 72, "REGULAR_7D": 168}


ACTIVE = Table("export_active_cases", MetaData(), Column("id", String(36), primary_key=True),
               prefixes=["TEMPORARY"])

# ------------------------------------------------------------------------------ pseudonyms
PSEUDONYM_DOMAIN = b"evidencija/pseudonym/v1"


def pseudonym(key: bytes, kind: str, internal_id: str) -> str:
    """HMAC-SHA256(centre key, domain ‖ kind ‖ id), first 80 bits as 16 base32 characters.

    Stable for one centre (same key), unrelated across centres (independent random keys), not
    reversible without the key (which never leaves the encrypted register).
    """
    message = PSEUDONYM_DOMAIN + b"\x00" + kind.encode() + b"\x00" + internal_id.encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")


# ------------------------------------------------------------------------------ small codings
def yn(value: bool | None) -> str:
    return "YES" if value else "NO"


def age_at(birth: date | None, on: date) -> int | None:
    if birth is None or birth > on:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def earlier_band(count: int | None) -> str:
    if count is None:
        return "UNKNOWN"
    if count == 0:
        return "NONE"
    return "ONE" if count == 1 else "TWO_TO_FOUR" if count <= 4 else "FIVE_PLUS"


def whole_days(start: datetime | date | None, end: datetime | date | None) -> int | None:
    if start is None or end is None:
        return None
    if isinstance(start, datetime) and isinstance(end, datetime):
        seconds = (end - start).total_seconds()
        return int(seconds // 86400) if seconds >= 0 else None
    start_d = start.date() if isinstance(start, datetime) else start
    end_d = end.date() if isinstance(end, datetime) else end
    days = (end_d - start_d).days
    return days if days >= 0 else None


def injury_code(injury: str | None) -> str:
    if injury in (None, "UNKNOWN"):
        return "UNKNOWN"
    return "SERIOUS_OR_DEATH" if injury in ("SERIOUS", "DEATH") else injury


def weapon_tri(weapon: str | None) -> str:
    if weapon is None:
        return "UNKNOWN"
    return "NO" if weapon == "NONE" else "YES"


# ------------------------------------------------------------------------------ the month
@dataclass
class VictimRecord:
    """A victim in a case: the unit of the k-anonymity gate, before generalisation."""

    case_code: str
    person_code: str
    municipality: str
    opened_on: date
    sex: str
    age: int | None
    relationship_group: str
    disability: str


@dataclass
class MonthData:
    period: Period
    centre_code: str
    centre_municipality: str | None
    sheets: dict[str, list[Row]] = field(default_factory=dict)
    victims: list[VictimRecord] = field(default_factory=list)
    perpetrators: list[tuple[str, int | None]] = field(default_factory=list)  # (sex, age)
    new_case_codes: set[str] = field(default_factory=set)
    feedback: list[Row] = field(default_factory=list)
    services_all: list[Row] = field(default_factory=list)
    coordination: Coordination | None = None


@dataclass
class Coordination:
    """The month of the centre's coordination mechanisms, as counts only (no names, no texts):
    meetings held by mechanism kind and type, the institutions present at them, decisions due,
    done and overdue, regular meetings missed (calendar slots that ended without one)."""

    meetings: list[tuple[str, str]] = field(default_factory=list)  # (kind, meeting type)
    attendance: Counter[str] = field(default_factory=Counter)  # institution → meetings
    decisions: Counter[str] = field(default_factory=Counter)  # DUE / DONE / OVERDUE_AT_END
    missed: Counter[str] = field(default_factory=Counter)  # mechanism kind → slots missed


def as_stored(column: Any) -> Any:
    """`+column`: the column's stored text without its NUMERIC affinity, for a date compared row
    by row (no index). Dates are stored as ISO text, so the text comparison is the date order;
    with the affinity SQLCipher converts the bound parameter for every row (≈5 µs each)."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def _in_month(column: Any, period: Period, *, timestamp: bool = False) -> Any:
    if timestamp:
        start, end = period.utc_bounds()
        return and_(column >= start, column < end)
    return and_(column >= period.first_day, column <= period.last_day)


def _any_in_month(period: Period, *columns: Any, timestamps: tuple[Any, ...] = ()) -> Any:
    """Any of these dates in the month, compared row by row (see `as_stored`)."""
    return or_(*(_in_month(as_stored(c), period) for c in columns),
               *(_in_month(as_stored(c), period, timestamp=True) for c in timestamps))


def extract_month(session: Session, period: Period, key: bytes, centre_code: str,
                  centre_municipality: str | None, tick: Tick | None = None) -> MonthData:
    tick = tick or (lambda _stage: None)
    data = MonthData(period, centre_code, centre_municipality)
    first, last = period.first_day, period.last_day

    def code(kind: str, internal_id: str) -> str:
        return pseudonym(key, kind, internal_id)


    # The active cases, computed once into a connection-local TEMP table (kept in memory:
    # the register's connections run with temp_store=MEMORY) that every query below joins.
    conn = session.connection()
    ACTIVE.drop(conn, checkfirst=True)
    ACTIVE.create(conn)
    conn.execute(insert(ACTIVE).from_select(["id"], (
        select(Case.id)
        .outerjoin(Closure, Closure.case_id == Case.id)
        .where(Case.opened_on <= last,
               or_(Closure.closed_on.is_(None), as_stored(Closure.closed_on) >= first))
    )))
    active = select(ACTIVE.c.id).scalar_subquery()
    try:
        return _extract(session, data, period, active, code, tick)
    finally:
        ACTIVE.drop(conn, checkfirst=True)


@dataclass
class _Reading:
    """What the readers of one month share: the session, the month and the rows read so far
    (the active cases with their codes, their participants, the first report of each)."""

    session: Session
    data: MonthData
    period: Period
    active: Any
    code: Callable[[str, str], str]
    cases: dict[str, dict[str, Any]] = field(default_factory=dict)
    participants: list[Any] = field(default_factory=list)
    first_report_ids: set[str] = field(default_factory=set)

    def case_code_of(self, case_id: str) -> str:
        return self.cases[case_id]["code"]


def _extract(session: Session, data: MonthData, period: Period, active: Any,
             code: Callable[[str, str], str], tick: Tick) -> MonthData:
    """Each sheet read by its own reader, in this order (the cases first: the rest join them)."""
    reading = _Reading(session, data, period, active, code)
    for stage, reader in _READERS:
        tick(stage)
        reader(reading)
    return data


def _cases(r: _Reading) -> None:
    """The active cases (read first: every other reader joins them), with their participants
    and the first report of each."""
    session, data, period, active, code = r.session, r.data, r.period, r.active, r.code
    month_end = r.period.utc_bounds()[1]
    # Whole-case reads are ordered here, not by ORDER BY: SQLite's sorter allocates for every
    # row, and under cipher_memory_security each allocation is a system call (8× slower).
    earliest: dict[str, tuple[datetime, str]] = {}
    for case_id, report_id, received in session.execute(
        select(Report.case_id, Report.id, Report.received_at).where(Report.case_id.in_(active))
    ):
        if case_id not in earliest or (received, report_id) < earliest[case_id]:
            earliest[case_id] = (received, report_id)
    first_report = {case_id: received for case_id, (received, _id) in earliest.items()}
    first_report_ids = {report_id for _received, report_id in earliest.values()}

    # Every participant of the active cases, read once: role counts per case, the role of a
    # service's recipient, and the victims and perpetrators below.
    participants = sorted(session.execute(
        select(Participant.id, Participant.case_id, Participant.role, Participant.person_id)
        .where(Participant.case_id.in_(active))
    ).all(), key=lambda p: (p.case_id, p.id))
    role_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for _part_id, case_id, role, _person_id in participants:
        role_counts[case_id][role] += 1

    cases: dict[str, dict[str, Any]] = {}
    case_rows: list[Row] = []
    for (case_id, centre_mun, victim_mun, opened_on, case_type, priority, repeat, earlier,
         internal, first_contact) in sorted(session.execute(
        select(Case.id, Case.centre_municipality_code, Case.victim_municipality_code,
               Case.opened_on, Case.case_type, Case.response_priority, Case.repeat_case,
               Case.earlier_reports_count, Case.internal_team, Case.first_contact_at)
        .where(Case.id.in_(active))
    ).all(), key=lambda c: (c.opened_on, c.id)):
        case_code = code("case", case_id)
        cases[case_id] = {"code": case_code, "opened_on": opened_on,
                          "municipality": victim_mun or centre_mun or "UNKNOWN"}
        if period.contains(opened_on):
            data.new_case_codes.add(case_code)
        reported = first_report.get(case_id)
        contact = first_contact if first_contact is not None and first_contact < month_end else None
        days = whole_days(reported, contact) if reported is not None else None
        if priority not in DEADLINE_HOURS:
            in_time = "NO_PRIORITY"
        elif reported is None or contact is None:
            in_time = "PENDING"
        else:
            hours = (contact - reported).total_seconds() / 3600
            in_time = "YES" if hours <= DEADLINE_HOURS[priority] else "NO"
        counts = role_counts.get(case_id, {})
        case_rows.append({
            "case_code": case_code, "case_type": case_type, "response_priority": priority,
            "repeat_case": repeat or "UNKNOWN", "earlier_reports": earlier_band(earlier),
            "internal_team": yn(internal), "victims": counts.get("VICTIM", 0),
            "children_in_case": yn(counts.get("CHILD", 0) > 0),
            "days_report_to_first_contact": days, "first_contact_in_time": in_time,
        })
    data.sheets["cases"] = case_rows
    r.cases, r.participants, r.first_report_ids = cases, participants, first_report_ids


def _victims_and_perpetrators(r: _Reading) -> None:
    """Victims and perpetrators (only non-identifying person columns are selected)."""
    session, data, active, code, cases, participants = r.session, r.data, r.active, r.code, r.cases, r.participants
    rel_of_victim: dict[str, str] = {}
    for victim_pid, relation in session.execute(
        select(Relationship.victim_id, Relationship.relation)
        .where(Relationship.case_id.in_(active))
    ):
        group = _REL_GROUP.get(relation, "UNKNOWN")
        current = rel_of_victim.get(victim_pid)
        if current is None or _REL_ORDER.index(group) < _REL_ORDER.index(current):
            rel_of_victim[victim_pid] = group
    parties = ("VICTIM", "PERPETRATOR")
    person_of = {person_id: (birth, sex, disability) for person_id, birth, sex, disability in
                 session.execute(
        select(Person.id, Person.birth_date, Person.sex, Person.has_disability)
        .where(Person.id.in_(select(Participant.person_id).where(
            Participant.case_id.in_(active), Participant.role.in_(parties)))))}
    for part_id, case_id, role, person_id in participants:
        if role not in parties:
            continue
        birth, sex, disability = person_of[person_id]
        case = cases[case_id]
        age = age_at(birth, case["opened_on"])
        if role == "PERPETRATOR":
            data.perpetrators.append((sex or "UNKNOWN", age))
            continue
        data.victims.append(VictimRecord(
            case_code=case["code"], person_code=code("person", person_id),
            municipality=case["municipality"], opened_on=case["opened_on"],
            sex=sex or "UNKNOWN", age=age,
            relationship_group=rel_of_victim.get(part_id, "UNKNOWN"),
            disability=disability or "UNKNOWN",
        ))


def _incidents(r: _Reading) -> None:
    session, data, period, cases = r.session, r.data, r.period, r.cases
    case_code_of = r.case_code_of
    forms: dict[str, set[str]] = defaultdict(set)
    inc_in_month = select(Incident.id).where(_in_month(Incident.occurred_at, period, timestamp=True))
    for incident_id, form in session.execute(
        select(IncidentForm.incident_id, IncidentForm.code)
        .where(IncidentForm.incident_id.in_(inc_in_month.scalar_subquery()))
    ):
        forms[incident_id].add(form)
    rows: list[Row] = []
    for (inc_id, case_id, location, weapon, injury, medical, children, intox, first_inc,
         duration) in session.execute(
        select(Incident.id, Incident.case_id, Incident.location_type, Incident.weapon,
               Incident.injury, Incident.medical_help, Incident.children_present,
               Incident.intoxicated, Incident.first_incident, Incident.violence_duration)
        .where(_in_month(Incident.occurred_at, period, timestamp=True))
        .order_by(Incident.occurred_at, Incident.id)
    ):
        if case_id not in cases:
            continue
        f = forms.get(inc_id, set())
        rows.append({
            "case_code": case_code_of(case_id), "gbvims_main_type": gbvims_main_type(f),
            "form_physical": yn("PHYSICAL" in f), "form_sexual": yn(bool(f & FORMS_SEXUAL)),
            "form_psychological": yn(bool(f & FORMS_PSYCHOLOGICAL)),
            "form_economic": yn("ECONOMIC" in f), "form_neglect": yn("NEGLECT" in f),
            "weapon_used": weapon_tri(weapon), "injury": injury_code(injury),
            "medical_help": medical or "UNKNOWN", "children_present": children or "UNKNOWN",
            "perpetrator_intoxicated": intox or "UNKNOWN", "location_type": location,
            "first_incident": first_inc or "UNKNOWN", "violence_duration": duration,
        })
    data.sheets["incidents"] = rows


def _reports(r: _Reading) -> None:
    session, data, period, cases, first_report_ids = r.session, r.data, r.period, r.cases, r.first_report_ids
    case_code_of = r.case_code_of
    data.sheets["reports"] = [
        {"case_code": case_code_of(case_id), "channel": channel, "reporter_type": reporter,
         "first_report_of_case": yn(report_id in first_report_ids),
         "forwarded_to_police": yn(forwarded is not None), "victim_consent": consent or "UNKNOWN",
         "immediate_intervention": yn(immediate)}
        for report_id, case_id, channel, reporter, forwarded, consent, immediate in session.execute(
            select(Report.id, Report.case_id, Report.channel, Report.reporter_type,
                   Report.forwarded_to_police_at, Report.victim_consent,
                   Report.immediate_intervention)
            .where(_in_month(Report.received_at, period, timestamp=True))
            .order_by(Report.received_at, Report.id))
        if case_id in cases
    ]


def _risk_assessments(r: _Reading) -> None:
    session, data, period, cases = r.session, r.data, r.period, r.cases
    case_code_of = r.case_code_of
    data.sheets["risk_assessments"] = [
        {"case_code": case_code_of(case_id), "assessor": assessor, "level": level,
         "imminent_danger": yn(imminent), "victim_view": view}
        for case_id, assessor, level, imminent, view in session.execute(
            select(RiskAssessment.case_id, RiskAssessment.assessor, RiskAssessment.level,
                   RiskAssessment.imminent_danger, RiskAssessment.victim_view)
            .where(_in_month(RiskAssessment.assessed_on, period, timestamp=True))
            .order_by(RiskAssessment.assessed_on, RiskAssessment.id))
        if case_id in cases
    ]


def _services(r: _Reading) -> None:
    session, data, period, cases, participants = r.session, r.data, r.period, r.cases, r.participants
    case_code_of = r.case_code_of
    role_of = {part_id: role for part_id, _case_id, role, _person_id in participants}
    data.sheets["services"] = [
        {"case_code": case_code_of(case_id), "service_type": stype, "provider_type": provider,
         "status": status, "recipient_role": role_of.get(part_id) if part_id else None,
         "in_plan": yn(measure_id is not None)}
        for case_id, stype, provider, status, part_id, measure_id in session.execute(
            select(Service.case_id, Service.service_type, Service.provider_type, Service.status,
                   Service.participant_id, Service.plan_measure_id)
            .where(_in_month(Service.started_on, period))
            .order_by(Service.started_on, Service.id))
        if case_id in cases
    ]


def _meetings(r: _Reading) -> None:
    session, data, period, cases = r.session, r.data, r.period, r.cases
    case_code_of = r.case_code_of
    plan_meetings = set(session.execute(
        select(MeetingDecision.meeting_id).where(
            MeetingDecision.code == "PLAN_DRAWN_UP",
            MeetingDecision.meeting_id.in_(select(Meeting.id).where(_in_month(Meeting.held_on, period))))
    ).scalars())
    data.sheets["meetings"] = [
        {"case_code": case_code_of(case_id), "meeting_type": mtype, "chair": chair,
         "victim_present": yn(present), "case_list": clist,
         "plan_drawn_up": yn(meeting_id in plan_meetings)}
        for meeting_id, case_id, mtype, chair, present, clist in session.execute(
            select(Meeting.id, Meeting.case_id, Meeting.meeting_type, Meeting.chair,
                   Meeting.victim_present, Meeting.case_list)
            .where(_in_month(Meeting.held_on, period))
            .order_by(Meeting.held_on, Meeting.id))
        if case_id in cases
    ]


def _plans(r: _Reading) -> None:
    session, data, period, cases = r.session, r.data, r.period, r.cases
    case_code_of = r.case_code_of
    measure_status: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    plans_in_month = select(ProtectionPlan.id).where(_in_month(ProtectionPlan.drawn_up_on, period))
    for plan_id, status in session.execute(
        select(PlanMeasure.plan_id, PlanMeasure.status)
        .where(PlanMeasure.plan_id.in_(plans_in_month.scalar_subquery()))
    ):
        measure_status[plan_id][status] += 1
    rows = []
    for plan_id, case_id, author, signed in session.execute(
        select(ProtectionPlan.id, ProtectionPlan.case_id, ProtectionPlan.author,
               ProtectionPlan.victim_signed)
        .where(_in_month(ProtectionPlan.drawn_up_on, period))
        .order_by(ProtectionPlan.drawn_up_on, ProtectionPlan.id)
    ):
        if case_id not in cases:
            continue
        st = measure_status.get(plan_id, {})
        rows.append({
            "case_code": case_code_of(case_id), "author": author, "victim_signed": yn(signed),
            "measures": sum(st.values()), "measures_done_on_time": st.get("DONE_ON_TIME", 0),
            "measures_done_late": st.get("DONE_LATE", 0),
            "measures_not_done": st.get("NOT_DONE", 0),
            "measures_open": st.get("PLANNED", 0), "measures_dropped": st.get("DROPPED", 0),
        })
    data.sheets["plans"] = rows


def _urgent_measures(r: _Reading) -> None:
    session, data, period, active = r.session, r.data, r.period, r.active
    case_code_of = r.case_code_of
    month_end = r.period.utc_bounds()[1]
    rows = []
    for (case_id, mtype, _ordered_on, served, proposal, decision, decided, appeal_by,
         appeal_outcome, breach) in session.execute(
        select(UrgentMeasure.case_id, UrgentMeasure.measure_type, UrgentMeasure.ordered_on,
               UrgentMeasure.served_at, UrgentMeasure.prosecutor_proposal,
               UrgentMeasure.court_decision, UrgentMeasure.decided_at, UrgentMeasure.appeal_by,
               UrgentMeasure.appeal_outcome, UrgentMeasure.breach)
        .where(UrgentMeasure.case_id.in_(active), _any_in_month(
            period, UrgentMeasure.ordered_on,
            timestamps=(UrgentMeasure.served_at, UrgentMeasure.decided_at)))
        .order_by(UrgentMeasure.case_id, UrgentMeasure.id)
    ):
        known_decided = decided if decided is not None and decided < month_end else None
        rows.append({
            "case_code": case_code_of(case_id), "measure_type": mtype,
            "prosecutor_proposal": proposal or "UNKNOWN",
            "court_decision": decision if known_decided is not None or decision == "NO_PROPOSAL"
            else None,
            "days_service_to_decision": whole_days(served, known_decided),
            "appeal_by": appeal_by, "appeal_outcome": appeal_outcome,
            "breach": breach or "UNKNOWN",
            "served_in_period": yn(period.contains(local_date(served))),
            "decided_in_period": yn(period.contains(local_date(decided))),
        })
    data.sheets["urgent_measures"] = rows


def _protection_measures(r: _Reading) -> None:
    """Protection measures (family law)."""
    session, data, period, active = r.session, r.data, r.period, r.active
    case_code_of = r.case_code_of
    pm_filter = and_(ProtectionMeasure.case_id.in_(active), _any_in_month(
        period, ProtectionMeasure.filed_on, ProtectionMeasure.ordered_on))
    pm_types: dict[str, set[str]] = defaultdict(set)
    for measure_id, type_code in session.execute(
        select(ProtectionMeasureType.measure_id, ProtectionMeasureType.code)
        .where(ProtectionMeasureType.measure_id.in_(
            select(ProtectionMeasure.id).where(pm_filter).scalar_subquery()))
    ):
        pm_types[measure_id].add(type_code)
    rows = []
    for (pm_id, case_id, plaintiff, outcome, filed, ordered, months, extended, early, breach,
         opinion) in session.execute(
        select(ProtectionMeasure.id, ProtectionMeasure.case_id, ProtectionMeasure.plaintiff,
               ProtectionMeasure.outcome, ProtectionMeasure.filed_on, ProtectionMeasure.ordered_on,
               ProtectionMeasure.duration_months, ProtectionMeasure.extended,
               ProtectionMeasure.ended_early, ProtectionMeasure.breach,
               ProtectionMeasure.csr_opinion)
        .where(pm_filter).order_by(ProtectionMeasure.case_id, ProtectionMeasure.id)
    ):
        t = pm_types.get(pm_id, set())
        rows.append({
            "case_code": case_code_of(case_id), "plaintiff": plaintiff, "outcome": outcome,
            "type_eviction": yn("EVICTION" in t), "type_move_in": yn("MOVE_IN" in t),
            "type_approach_ban": yn("APPROACH_BAN" in t),
            "type_area_access_ban": yn("AREA_ACCESS_BAN" in t),
            "type_harassment_ban": yn("HARASSMENT_BAN" in t), "duration_months": months,
            "extended": yn(extended), "ended_early": yn(early), "breach": breach or "UNKNOWN",
            "csr_opinion": yn(opinion), "filed_in_period": yn(period.contains(filed)),
            "ordered_in_period": yn(period.contains(ordered)),
        })
    data.sheets["protection_measures"] = rows


def _criminal_proceedings(r: _Reading) -> None:
    session, data, period, active = r.session, r.data, r.period, r.active
    case_code_of = r.case_code_of
    last = r.period.last_day
    cp_filter = and_(CriminalProceeding.case_id.in_(active), _any_in_month(
        period, CriminalProceeding.complaint_on, CriminalProceeding.decision_on,
        CriminalProceeding.verdict_on, CriminalProceeding.final_on))
    cp_ids = select(CriminalProceeding.id).where(cp_filter).scalar_subquery()
    offences: dict[str, set[str]] = defaultdict(set)
    for pid, oc in session.execute(select(ProceedingOffence.proceeding_id, ProceedingOffence.code)
                                   .where(ProceedingOffence.proceeding_id.in_(cp_ids))):
        offences[pid].add(oc)
    sanctions: dict[str, set[str]] = defaultdict(set)
    for pid, sc in session.execute(select(ProceedingSanction.proceeding_id,
                                          ProceedingSanction.code)
                                   .where(ProceedingSanction.proceeding_id.in_(cp_ids))):
        sanctions[pid].add(sc)
    rows = []
    for (pid, case_id, filed, complaint_on, filed_by, decision, decision_on, verdict, verdict_on,
         detained, final_on) in session.execute(
        select(CriminalProceeding.id, CriminalProceeding.case_id,
               CriminalProceeding.complaint_filed, CriminalProceeding.complaint_on,
               CriminalProceeding.filed_by, CriminalProceeding.prosecutor_decision,
               CriminalProceeding.decision_on, CriminalProceeding.verdict,
               CriminalProceeding.verdict_on, CriminalProceeding.detained,
               CriminalProceeding.final_on)
        .where(cp_filter).order_by(CriminalProceeding.case_id, CriminalProceeding.id)
    ):
        o, s = offences.get(pid, set()), sanctions.get(pid, set())
        known_decision_on = decision_on if decision_on is not None and decision_on <= last else None
        rows.append({
            "case_code": case_code_of(case_id), "complaint_filed": filed or "UNKNOWN",
            "filed_by": filed_by, "offence_domestic_violence": yn("DOMESTIC_VIOLENCE" in o),
            "offence_sexual": yn(bool(o & OFFENCES_SEXUAL)),
            "offence_other": yn(bool(o - OFFENCES_SEXUAL - {"DOMESTIC_VIOLENCE"})),
            "prosecutor_decision": decision, "verdict": verdict,
            "sanction_prison": yn("PRISON" in s), "sanction_fine": yn("FINE" in s),
            "sanction_community_service": yn("COMMUNITY_SERVICE" in s),
            "sanction_suspended": yn("SUSPENDED_SENTENCE" in s),
            "sanction_admonition": yn("JUDICIAL_ADMONITION" in s),
            "sanction_security_measure": yn("SECURITY_MEASURE" in s),
            "detained": detained or "UNKNOWN",
            "days_complaint_to_decision": whole_days(complaint_on, known_decision_on),
            "complaint_in_period": yn(period.contains(complaint_on)),
            "decision_in_period": yn(period.contains(decision_on)),
            "verdict_in_period": yn(period.contains(verdict_on)),
            "final_in_period": yn(period.contains(final_on)),
        })
    data.sheets["criminal_proceedings"] = rows


def _referrals(r: _Reading) -> None:
    session, data, period, cases = r.session, r.data, r.period, r.cases
    case_code_of = r.case_code_of
    data.sheets["referrals"] = [
        {"case_code": case_code_of(case_id), "direction": direction, "institution_type": inst,
         "purpose": purpose, "answer_received": yn(answered),
         "consent_to_share": consent or "UNKNOWN"}
        for case_id, direction, inst, purpose, answered, consent in session.execute(
            select(Referral.case_id, Referral.direction, Referral.institution_type,
                   Referral.purpose, Referral.answer_received, Referral.consent_to_share)
            .where(_in_month(Referral.referred_on, period))
            .order_by(Referral.referred_on, Referral.id))
        if case_id in cases
    ]


def _closures(r: _Reading) -> None:
    """Closures (deaths never appear as such below national level: dictionary §3.2)."""
    session, data, period, cases = r.session, r.data, r.period, r.cases
    case_code_of = r.case_code_of
    data.sheets["closures"] = [
        {"case_code": case_code_of(case_id),
         "reason": "OTHER_REASON" if reason in CLOSURE_DEATHS else reason}
        for case_id, reason in session.execute(
            select(Closure.case_id, Closure.reason)
            .where(_in_month(Closure.closed_on, period))
            .order_by(Closure.closed_on, Closure.case_id))
        if case_id in cases
    ]


def _feedback(r: _Reading) -> None:
    """Feedback: aggregates only."""
    session, data, period, cases = r.session, r.data, r.period, r.cases
    data.feedback = [
        {"informed_of_rights": informed or "UNKNOWN", "feels_safer": safer or "DONT_KNOW"}
        for case_id, informed, safer in session.execute(
            select(Feedback.case_id, Feedback.informed_of_rights, Feedback.feels_safer)
            .where(_in_month(Feedback.given_on, period)))
        if case_id in cases
    ]


def _coordination(r: _Reading) -> None:
    """The coordination mechanisms' month: counts of meetings, attendance, decisions, missed
    regular meetings. Nothing of a mechanism's names, representatives or texts is read."""
    session, period = r.session, r.period
    first, last = period.first_day, period.last_day
    out = Coordination()
    kinds = dict(session.execute(select(Mechanism.id, Mechanism.kind)).all())
    if not kinds:
        return  # a centre that keeps no mechanism exports no coordination tables
    meetings = session.execute(
        select(MechanismMeeting.id, MechanismMeeting.mechanism_id, MechanismMeeting.meeting_type)
        .where(_in_month(MechanismMeeting.held_on, period))).all()
    for _id, mechanism_id, meeting_type in meetings:
        out.meetings.append((kinds[mechanism_id], meeting_type))
    held_ids = [m[0] for m in meetings]
    for code, n in session.execute(
            select(MechanismAttendance.code, func.count())
            .where(MechanismAttendance.meeting_id.in_(held_ids))
            .group_by(MechanismAttendance.code)):
        out.attendance[code] = n
    for deadline, status, done_on in session.execute(
            select(MechanismDecision.deadline, MechanismDecision.status,
                   MechanismDecision.done_on)):
        if deadline is not None and first <= deadline <= last:
            out.decisions["DUE"] += 1
        if status == "DONE" and done_on is not None and first <= done_on <= last:
            out.decisions["DONE"] += 1
        if deadline is not None and deadline <= last and (
                status == "OPEN" or (status == "DONE" and done_on is not None
                                     and done_on > last)):
            out.decisions["OVERDUE_AT_END"] += 1
    calendar = session.execute(
        select(Mechanism.id, Mechanism.kind, Mechanism.meets_every_days)
        .where(Mechanism.active.is_(True))).all()
    for mechanism_id, kind, every in calendar:
        held = sorted(session.scalars(
            select(MechanismMeeting.held_on)
            .where(MechanismMeeting.mechanism_id == mechanism_id,
                   MechanismMeeting.meeting_type.in_(mechanisms.CALENDAR_MEETINGS),
                   MechanismMeeting.held_on <= last)))
        missed, _ = mechanisms.calendar_of(held, every, last + timedelta(days=1))
        out.missed[kind] += sum(1 for _start, end in missed if first <= end <= last)
    r.data.coordination = out


_READERS: tuple[tuple[str, Callable[[_Reading], None]], ...] = (
    ("cases", _cases),
    ("victims", _victims_and_perpetrators),
    ("incidents", _incidents),
    ("reports", _reports),
    ("risk_assessments", _risk_assessments),
    ("services", _services),
    ("meetings", _meetings),
    ("plans", _plans),
    ("urgent_measures", _urgent_measures),
    ("protection_measures", _protection_measures),
    ("criminal_proceedings", _criminal_proceedings),
    ("referrals", _referrals),
    ("closures", _closures),
    ("feedback", _feedback),
    ("coordination", _coordination),
)

