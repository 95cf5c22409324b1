"""The plain data the services take and give back: frozen dataclasses, never ORM objects.

Each record has an input class (`IncidentData`: the fields a form edits) and an output class
(`IncidentInfo`: the same fields plus ids), the second a subclass of the first so a screen can
`dataclasses.replace()` what it was given and send it back as the edit. Field metadata says what
the field must satisfy (its code list, not in the future, required, a reference); the services
check it in one place (`validation.check_fields`). Multi-select values are tuples of codes, the
risk-factor answers a dict factor → yes/no/unknown. Moments are timezone-aware datetimes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .documents import DocumentInfo

# ---------------------------------------------------------------------------- field declarations
# Metadata keys read by validation.check_fields:
#   codes: code list name(s) the value (each value of a tuple, each key of a dict) must be in
#   answers: code list the values of a dict must be in
#   required: must not be empty;  past: must not be in the future
#   municipality: a municipality code;  ref: "user" / "participant" / "plan_measure" / "person"


def code(codes: str | tuple[str, ...], *, required: bool = False, default: Any = None) -> Any:
    """A field holding one code of the list(s) `codes`."""
    meta = {"codes": codes, "required": required}
    if required and default is None:
        return field(metadata=meta)
    return field(default=default, metadata=meta)


def code_set(codes: str, *, required: bool = False) -> Any:
    """A multi-select field: a tuple of codes of one list."""
    return field(default=(), metadata={"codes": codes, "required": required})


def when(*, required: bool = False, past: bool = True) -> Any:
    """A date or moment; by default it must not lie in the future."""
    meta = {"required": required, "past": past}
    return field(metadata=meta) if required else field(default=None, metadata=meta)


def text(*, required: bool = False) -> Any:
    meta = {"required": required}
    return field(metadata=meta) if required else field(default=None, metadata=meta)


def ref(kind: str, *, required: bool = False) -> Any:
    """The id of another record: a user, a participant of the same case, a plan measure …"""
    meta = {"ref": kind, "required": required}
    return field(metadata=meta) if required else field(default=None, metadata=meta)


# ---------------------------------------------------------------------------- the case


@dataclass(frozen=True, kw_only=True)
class CaseData:
    """A case's own fields (data dictionary §1.1). `status` cannot be set to a closed status
    here: closing goes through `cases.close_case`, which records the reason."""

    file_number: str = text(required=True)
    centre_municipality_code: str = field(metadata={"municipality": True, "required": True})
    victim_municipality_code: str | None = field(default=None, metadata={"municipality": True})
    opened_on: date = when(required=True)
    case_manager_id: str | None = ref("user")
    internal_team: bool = False
    response_priority: str | None = code("response_priority")
    case_type: str = code("case_type", required=True, default="DOMESTIC_VIOLENCE")
    status: str = code("case_status", required=True, default="OPEN")
    repeat_case: str | None = code("tri_state")
    earlier_reports_count: int | None = None
    first_contact_at: datetime | None = when()


@dataclass(frozen=True, kw_only=True)
class CaseInfo(CaseData):
    id: str
    version_id: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class ClosureData:
    closed_on: date = when(required=True)
    reason: str = code("closure_reason", required=True)
    note: str | None = text()


@dataclass(frozen=True, kw_only=True)
class ClosureInfo(ClosureData):
    id: str
    case_id: str


# ---------------------------------------------------------------------------- people


@dataclass(frozen=True, kw_only=True)
class PersonData:
    """A person's identity (direct identifiers) and attributes (§1.2)."""

    first_name: str = text(required=True)
    last_name: str = text(required=True)
    jmbg: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    safe_contact: bool = False
    birth_date: date | None = when()
    sex: str | None = code("sex")
    ethnicity: str | None = code("ethnicity")
    has_disability: str | None = code("tri_state")
    disabilities: tuple[str, ...] = code_set("disability")
    pregnant: str | None = code("tri_state")
    marital_status: str | None = code("marital_status")
    employment_status: str | None = code("employment_status")
    education: str | None = code("education")
    economically_dependent: str | None = code("tri_state")
    citizenship: str | None = code("citizenship")
    children_in_household: int | None = None
    social_protection_beneficiary: bool = False
    substance_misuse: str | None = code("tri_state")
    mental_illness: str | None = code("tri_state")
    weapon_access: str | None = code("tri_state")
    prior_convictions: str | None = code("tri_state")
    prior_measures: str | None = code("tri_state")


@dataclass(frozen=True, kw_only=True)
class PersonIdentity(PersonData):
    """Everything recorded about a person; obtained through `people.view_person_identity`
    (which leaves a VIEW entry in the audit trail) or as the result of an edit."""

    id: str


@dataclass(frozen=True, kw_only=True)
class DuplicateCandidate:
    """An existing person who may be the one being entered. `reason` is `JMBG` (same number)
    or `NAME_BIRTH_DATE` (same name, spelled any way, and same birth date)."""

    person_id: str
    first_name: str
    last_name: str
    birth_date: date | None
    reason: str
    case_count: int


@dataclass(frozen=True, kw_only=True)
class ParticipantInfo:
    """A person's role in one case, with the name the case file shows."""

    id: str
    case_id: str
    person_id: str
    role: str
    first_name: str
    last_name: str
    sex: str | None
    birth_date: date | None


@dataclass(frozen=True, kw_only=True)
class RelationshipData:
    """Victim–perpetrator relationship, per pair of participants (§1.3), read from the victim."""

    victim_id: str = ref("participant", required=True)
    perpetrator_id: str = ref("participant", required=True)
    relation: str = code("relationship", required=True)
    living_together: str | None = code("tri_state")
    separation_in_progress: str | None = code("tri_state")
    custody_dispute: str | None = code("tri_state")


@dataclass(frozen=True, kw_only=True)
class RelationshipInfo(RelationshipData):
    id: str
    case_id: str


# ---------------------------------------------------------------------------- intake


@dataclass(frozen=True, kw_only=True)
class ReportData:
    received_at: datetime = when(required=True)
    channel: str | None = code("report_channel")
    reporter_type: str | None = code("reporter_type")
    intake_sheet_done: bool = False
    intake_worker_id: str | None = ref("user")
    forwarded_to_police_at: datetime | None = when()
    victim_consent: str | None = code("tri_state")
    immediate_intervention: bool = False


@dataclass(frozen=True, kw_only=True)
class ReportInfo(ReportData):
    id: str
    case_id: str


@dataclass(frozen=True, kw_only=True)
class IncidentData:
    occurred_at: datetime = when(required=True)
    forms: tuple[str, ...] = code_set("form_of_violence", required=True)
    municipality_code: str | None = field(default=None, metadata={"municipality": True})
    location_type: str | None = code("location_type")
    settlement: str | None = None
    weapon: str | None = code("weapon")
    injury: str | None = code("injury")
    medical_help: str | None = code("tri_state")
    children_present: str | None = code("tri_state")
    intoxicated: str | None = code("tri_state")
    first_incident: str | None = code("tri_state")
    violence_duration: str | None = code("violence_duration")


@dataclass(frozen=True, kw_only=True)
class IncidentInfo(IncidentData):
    id: str
    case_id: str


# ---------------------------------------------------------------------------- care


@dataclass(frozen=True, kw_only=True)
class RiskAssessmentData:
    assessed_on: datetime = when(required=True)
    assessor: str = code("risk_assessor", required=True)
    level: str | None = code("risk_level")
    imminent_danger: bool = False
    victim_view: str | None = code("risk_level")
    factors: Mapping[str, str] = field(
        default_factory=dict, metadata={"codes": "risk_factor", "answers": "tri_state"}
    )
    sent_to: tuple[str, ...] = code_set("assessment_recipient")


@dataclass(frozen=True, kw_only=True)
class RiskAssessmentInfo(RiskAssessmentData):
    id: str
    case_id: str


@dataclass(frozen=True, kw_only=True)
class ServiceData:
    """A service. Its dates may lie ahead while it is only planned."""

    service_type: str = code("service_type", required=True)
    status: str = code("service_status", required=True, default="PLANNED")
    provider_type: str | None = code("provider_type")
    participant_id: str | None = ref("participant")
    started_on: date | None = when(past=False)
    ended_on: date | None = when(past=False)
    plan_measure_id: str | None = ref("plan_measure")


@dataclass(frozen=True, kw_only=True)
class ServiceInfo(ServiceData):
    id: str
    case_id: str


@dataclass(frozen=True, kw_only=True)
class MeetingData:
    meeting_type: str = code("meeting_type", required=True)
    held_on: date = when(required=True)
    chair: str | None = code("meeting_chair")
    victim_present: bool = False
    case_list: str | None = code("meeting_case_list")
    minutes_ref: str | None = None
    institutions: tuple[str, ...] = code_set("institution")
    decisions: tuple[str, ...] = code_set("meeting_decision")


@dataclass(frozen=True, kw_only=True)
class MeetingInfo(MeetingData):
    id: str
    case_id: str


@dataclass(frozen=True, kw_only=True)
class PlanData:
    drawn_up_on: date = when(required=True)
    author: str | None = code("plan_author")
    victim_signed: bool = False
    monitoring_plan: str | None = None
    review_on: date | None = when(past=False)
    member_ids: tuple[str, ...] = field(default=(), metadata={"ref": "participant"})


# A plan measure names a service, an urgent or a protection measure, or a criminal-law step.
PLAN_MEASURE_LISTS = ("service_type", "urgent_measure_type", "protection_measure_type", "sanction")


@dataclass(frozen=True, kw_only=True)
class PlanMeasureData:
    kind: str = code("plan_measure_kind", required=True)
    measure: str = code(PLAN_MEASURE_LISTS, required=True)
    status: str = code("plan_measure_status", required=True, default="PLANNED")
    institution: str | None = code("institution")
    responsible_user_id: str | None = ref("user")
    responsible_person: str | None = None
    deadline: date | None = when(past=False)
    effectiveness: str | None = code("effectiveness")
    done_on: date | None = when()


@dataclass(frozen=True, kw_only=True)
class PlanMeasureInfo(PlanMeasureData):
    id: str
    plan_id: str
    responsible_user_name: str | None = None  # the display name of `responsible_user_id`

    @property
    def responsible(self) -> str:
        """Who carries the measure out: a colleague of this centre, a named person elsewhere, or both."""
        return " · ".join(n for n in (self.responsible_user_name, self.responsible_person) if n)


@dataclass(frozen=True, kw_only=True)
class PlanInfo(PlanData):
    id: str
    case_id: str
    measures: tuple[PlanMeasureInfo, ...] = ()


# ---------------------------------------------------------------------------- legal track


@dataclass(frozen=True, kw_only=True)
class UrgentMeasureData:
    """A police urgent measure and its legal steps. `extended_until` is filled in by the
    service (decision + 30 days) when the court extends the measure and none is given."""

    measure_type: str = code("urgent_measure_type", required=True)
    order_number: str | None = None
    ordered_on: date | None = when()
    served_at: datetime | None = when()
    prosecutor_proposal: str | None = code("tri_state")
    proposal_at: datetime | None = when()
    court_decision: str | None = code("urgent_court_decision")
    decided_at: datetime | None = when()
    decision_number: str | None = None
    extended_until: datetime | None = when(past=False)
    appeal_by: str | None = code("appeal_by")
    appeal_outcome: str | None = code("appeal_outcome")
    breach: str | None = code("tri_state")
    breach_on: date | None = when()


@dataclass(frozen=True, kw_only=True)
class UrgentMeasureInfo(UrgentMeasureData):
    id: str
    case_id: str


@dataclass(frozen=True, kw_only=True)
class ProtectionMeasureData:
    measure_types: tuple[str, ...] = code_set("protection_measure_type")
    distance_m: int | None = None
    plaintiff: str | None = code("plaintiff")
    filed_on: date | None = when()
    court: str | None = None
    outcome: str | None = code("protection_outcome")
    ordered_on: date | None = when()
    duration_months: int | None = None
    extended: bool = False
    extended_on: date | None = when()
    ended_early: bool = False
    ended_on: date | None = when()
    breach: str | None = code("tri_state")
    csr_opinion: bool = False


@dataclass(frozen=True, kw_only=True)
class ProtectionMeasureInfo(ProtectionMeasureData):
    id: str
    case_id: str


@dataclass(frozen=True, kw_only=True)
class CriminalProceedingData:
    complaint_filed: str | None = code("tri_state")
    complaint_on: date | None = when()
    filed_by: str | None = code("complaint_filer")
    prosecutor_decision: str | None = code("prosecutor_decision")
    decision_on: date | None = when()
    verdict: str | None = code("verdict")
    verdict_on: date | None = when()
    detained: str | None = code("tri_state")
    final_on: date | None = when()
    offences: tuple[str, ...] = code_set("criminal_offence")
    sanctions: tuple[str, ...] = code_set("sanction")


@dataclass(frozen=True, kw_only=True)
class CriminalProceedingInfo(CriminalProceedingData):
    id: str
    case_id: str


@dataclass(frozen=True, kw_only=True)
class ReferralData:
    direction: str = code("referral_direction", required=True)
    institution_type: str = code("referral_institution", required=True)
    referred_on: date = when(required=True)
    purpose: str | None = code("referral_purpose")
    answer_received: bool = False
    consent_to_share: str | None = code("tri_state")


@dataclass(frozen=True, kw_only=True)
class ReferralInfo(ReferralData):
    id: str
    case_id: str


@dataclass(frozen=True, kw_only=True)
class FeedbackData:
    """What the victim says about the help; `service_id` is the service it is about, if any."""

    given_on: date = when(required=True)
    service_id: str | None = ref("service")
    informed_of_rights: str | None = code("tri_state")
    took_part_in_plan: str | None = code("tri_state")
    feels_safer: str | None = code("feeling_safer")
    satisfaction: int | None = None
    treated_with_respect: str | None = code("tri_state")
    would_recommend: str | None = code("tri_state")
    comment: str | None = None


@dataclass(frozen=True, kw_only=True)
class FeedbackInfo(FeedbackData):
    id: str
    case_id: str
    service_type: str | None = None  # the type of `service_id`, as the case file lists it


# ---------------------------------------------------------------------------- the case file


@dataclass(frozen=True, kw_only=True)
class ContactData:
    """An entry of the contact log: when, how, with whom, who of the centre, a short note."""

    contacted_on: date = when(required=True)
    contact_type: str = code("contact_type", required=True)
    counterpart: str = code("contact_counterpart", required=True)
    participant_id: str | None = ref("participant")
    institution: str | None = code("institution")
    staff_user_id: str | None = ref("user")
    note: str | None = text()


@dataclass(frozen=True, kw_only=True)
class ContactInfo(ContactData):
    id: str
    case_id: str
    staff_user_name: str | None = None  # the display name of `staff_user_id`


@dataclass(frozen=True)
class StaffMember:
    """A user of the register, as the case file names and offers them (a measure's responsible
    person, a report's intake worker)."""

    id: str
    display_name: str
    role: str
    active: bool


@dataclass(frozen=True, kw_only=True)
class CaseFile:
    """Everything the case-file screen shows, in one read."""

    case: CaseInfo
    case_manager_name: str | None
    closure: ClosureInfo | None
    participants: tuple[ParticipantInfo, ...]
    relationships: tuple[RelationshipInfo, ...]
    reports: tuple[ReportInfo, ...]
    incidents: tuple[IncidentInfo, ...]
    risk_assessments: tuple[RiskAssessmentInfo, ...]
    services: tuple[ServiceInfo, ...]
    meetings: tuple[MeetingInfo, ...]
    plans: tuple[PlanInfo, ...]
    urgent_measures: tuple[UrgentMeasureInfo, ...]
    protection_measures: tuple[ProtectionMeasureInfo, ...]
    criminal_proceedings: tuple[CriminalProceedingInfo, ...]
    referrals: tuple[ReferralInfo, ...]
    feedback: tuple[FeedbackInfo, ...]
    contacts: tuple[ContactInfo, ...] = ()
    staff: tuple[StaffMember, ...] = ()
    documents: tuple[DocumentInfo, ...] = ()  # what is known of them; the bytes stay behind

    @property
    def closed(self) -> bool:
        return self.closure is not None


# ---------------------------------------------------------------------------- lists


@dataclass(frozen=True, kw_only=True)
class CaseQuery:
    """What the case list shows: a search text (names in any script or spelling, JMBG, file
    number), filters, and the sort column (`SORT_KEYS` in `search`)."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    case_manager_id: str | None = None
    priorities: tuple[str, ...] = ()
    opened_from: date | None = None
    opened_to: date | None = None
    sort: str = "opened_on"
    descending: bool = True


@dataclass(frozen=True, kw_only=True)
class CaseRow:
    """One line of the case list."""

    id: str
    file_number: str
    opened_on: date
    status: str
    response_priority: str | None
    case_manager_id: str | None
    case_manager_name: str | None
    victims: str
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class Deadline:
    """Something due or overdue in a case. `due_at` is the moment after which it is overdue
    (for `all_day` deadlines the end of the due day). The description is a message id with its
    parameters, translated by `messages.text`."""

    kind: str
    case_id: str
    file_number: str
    record_id: str | None
    due_at: datetime
    all_day: bool
    overdue: bool
    message_id: str
    params: Mapping[str, str]

    def message(self, lang: str | None = None) -> str:
        from ..messages import text as message_text

        return message_text(self.message_id, lang, **self.params)


# ---------------------------------------------------------------------------- coordination
@dataclass(frozen=True, kw_only=True)
class MechanismData:
    """A coordination mechanism (GKS, Kosovo municipal mechanism) of the centre's municipality."""

    name: str = text(required=True)
    kind: str = code("mechanism_kind", required=True)
    municipality_code: str = field(metadata={"municipality": True, "required": True})
    meets_every_days: int = 60
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class MechanismInfo(MechanismData):
    id: str


@dataclass(frozen=True, kw_only=True)
class MechanismMemberData:
    """A member institution and its named representative."""

    institution: str = code("institution", required=True)
    representative: str | None = text()
    member_role: str | None = code("mechanism_member_role")
    since: date | None = when()
    until: date | None = when(past=False)


@dataclass(frozen=True, kw_only=True)
class MechanismMemberInfo(MechanismMemberData):
    id: str
    mechanism_id: str


@dataclass(frozen=True, kw_only=True)
class MechanismMeetingData:
    """A meeting: when, what kind, which institutions came, how many cases, the agenda."""

    held_on: date = when(required=True)
    meeting_type: str = code("mechanism_meeting_type", required=True)
    attendance: tuple[str, ...] = code_set("institution")
    cases_discussed: int | None = None
    agenda: str | None = text()


@dataclass(frozen=True, kw_only=True)
class MechanismMeetingInfo(MechanismMeetingData):
    id: str
    mechanism_id: str


@dataclass(frozen=True, kw_only=True)
class MechanismDecisionData:
    """A decision of a meeting, who carries it out by when, and what became of it."""

    decision: str = text(required=True)
    responsible: str | None = code("institution")
    deadline: date | None = when(past=False)
    status: str = code("decision_status", required=True, default="OPEN")
    done_on: date | None = when()
    follow_up: str | None = text()


@dataclass(frozen=True, kw_only=True)
class MechanismDecisionInfo(MechanismDecisionData):
    id: str
    meeting_id: str
    held_on: date | None = None  # the meeting's date


@dataclass(frozen=True)
class MechanismOverview:
    """A mechanism with its members, meetings (newest first) and what its calendar says."""

    mechanism: MechanismInfo
    members: tuple[MechanismMemberInfo, ...]
    meetings: tuple[MechanismMeetingInfo, ...]
    decisions: tuple[MechanismDecisionInfo, ...]
    # regular meetings due by the calendar that were not held: (from, to) gaps of more than
    # `meets_every_days` without a meeting, oldest first, up to today
    missed: tuple[tuple[date, date], ...]
    next_due: date | None
