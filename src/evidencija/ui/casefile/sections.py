"""The sections of the case file: what each lists, in which columns, and how a row is added or
edited through the services."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...services import care, clock, documents, intake, legal, legal_clocks, people
from ...services.dto import (
    CaseFile,
    ContactData,
    CriminalProceedingData,
    FeedbackData,
    IncidentData,
    MeetingData,
    PersonData,
    PlanData,
    PlanMeasureData,
    ProtectionMeasureData,
    ReferralData,
    RelationshipData,
    ReportData,
    RiskAssessmentData,
    ServiceData,
    UrgentMeasureData,
    code,
)
from ..reference import code_label, municipality_label
from .labels import kosovo_order_captions
from .models import Column


@dataclasses.dataclass(frozen=True, kw_only=True)
class NewParticipant(PersonData):
    """A new person and her role in the case (the form of "Add person")."""

    role: str = code("participant_role", required=True, default="CHILD")


# A person's form: who she is first (what a caseworker types at every intake), then, folded
# under "More about this person", everything else the data dictionary records about her (§1.2):
# contact, social situation, disability and pregnancy, and the perpetrator's risk attributes.
PERSON_ESSENTIALS = ("first_name", "last_name", "jmbg", "birth_date", "sex", "address", "phone")
PERSON_MORE = (
    "email",
    "safe_contact",
    "citizenship",
    "ethnicity",
    "marital_status",
    "children_in_household",
    "education",
    "employment_status",
    "economically_dependent",
    "social_protection_beneficiary",
    "has_disability",
    "disabilities",
    "pregnant",
    "substance_misuse",
    "mental_illness",
    "weapon_access",
    "prior_convictions",
    "prior_measures",
)
PARTICIPANT_FIELDS = ("role", *PERSON_ESSENTIALS)
# Correcting a person: the fields of "Add person" without the role in this case (a person's
# identity is shared by every case she is in; her role belongs to this one).
IDENTITY_FIELDS = PERSON_ESSENTIALS


def more_about_person() -> str:
    return QCoreApplication.translate("CaseFile", "More about this person")


def add_participant(register: Any, cf: CaseFile, data: NewParticipant) -> Any:
    person_data = PersonData(
        **{f.name: getattr(data, f.name) for f in dataclasses.fields(PersonData)}
    )
    person = people.create_person(register, person_data)
    return people.add_participant(register, cf.case.id, person.id, data.role)


def fmt_date(value: date | None) -> str:
    return clock.format_date(value) if value else ""


def fmt_moment(value: datetime | None) -> str:
    return clock.format_moment(value) if value else ""


def yes_no(value: bool) -> str:
    return code_label("tri_state", "YES" if value else "NO")


def codes(list_name: str, values: Sequence[str]) -> str:
    return ", ".join(code_label(list_name, v) for v in values or ())


def measure_label(code: str) -> str:
    from ...services.dto import PLAN_MEASURE_LISTS

    for name in PLAN_MEASURE_LISTS:
        label = code_label(name, code)
        if label != code:
            return label
    return code


# ---------------------------------------------------------------------------- urgent measure clock


def _clock_overdue(m: Any, now: datetime) -> bool:
    return any(s.task and s.due_at < now for s in legal_clocks.steps(m))


def clock_text(m: Any) -> str:
    """The measure's legal clock in a line: when its protection ends, what is due (by the law
    of its type: ZSNP or Kosovo's law on domestic violence)."""
    if m.served_at is None and m.proposal_at is None:
        return QCoreApplication.translate("CaseFile", "not served yet")
    now = clock.now()
    parts = []
    for step in legal_clocks.steps(m):
        when = fmt_moment(step.due_at)
        if not step.task:
            text = (QCoreApplication.translate("CaseFile", "expired %1") if step.due_at < now
                    else QCoreApplication.translate("CaseFile", "expires %1"))
        elif step.kind == "PROSECUTOR_PROPOSAL":
            text = QCoreApplication.translate("CaseFile", "proposal due %1")
        elif step.kind == "APPEAL_WINDOW":
            text = QCoreApplication.translate("CaseFile", "appeal until %1")
        else:
            text = QCoreApplication.translate("CaseFile", "decision due %1")
        parts.append(text.replace("%1", when))
    if _clock_overdue(m, now):
        parts.insert(0, QCoreApplication.translate("CaseFile", "OVERDUE"))
    return " · ".join(parts) or "—"


def clock_icon(m: Any) -> QIcon | None:
    if not legal_clocks.steps(m):
        return None
    style = QApplication.style()
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxWarning
        if _clock_overdue(m, clock.now())
        else QStyle.StandardPixmap.SP_MessageBoxInformation
    )
    return style.standardIcon(pixmap)


# ---------------------------------------------------------------------------- sections


@dataclass
class Section:
    key: str
    title: Callable[[], str]
    rows: Callable[[CaseFile], Sequence[Any]]
    columns: list[Column]
    cls: type | None = None
    add: Callable[..., Any] | None = None  # (register, case_file, data)
    update: Callable[..., Any] | None = None  # (register, record_id, data)
    delete: Callable[..., Any] | None = None  # (register, record_id)
    only: Sequence[str] | None = None
    folded: Sequence[str] = ()  # fields under a "More about …" button (`fold_title`)
    fold_title: Callable[[], str] | None = None
    note: Callable[[], str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # A record kind whose fields and words follow the law of the case's jurisdiction ("RS",
    # "XK"): the fields shown and their captions under that law (None: as above).
    by_law: Callable[[str], LawView | None] | None = None


@dataclass(frozen=True)
class LawView:
    only: Sequence[str]
    captions: Callable[[], Mapping[str, str]]


# A Kosovo order has no prosecutor's proposal or appeal steps; its petition, the court's
# decision and the order's term are named in Kosovo's words.
KOSOVO_ORDER_FIELDS = ("measure_type", "order_number", "proposal_at", "decided_at",
                       "court_decision", "decision_number", "ordered_on", "served_at",
                       "extended_until", "breach", "breach_on")


def _urgent_by_law(law: str) -> LawView | None:
    if law != "XK":
        return None
    return LawView(KOSOVO_ORDER_FIELDS, kosovo_order_captions)


def c(header: Callable[[], str], value: Callable[[Any], str], icon: Any = None) -> Column:
    return Column(header, value, icon)


def _latest_plan(cf: CaseFile) -> str:
    if not cf.plans:
        from ...services.validation import NotFound

        raise NotFound()
    return max(cf.plans, key=lambda p: p.drawn_up_on).id


def _measures(cf: CaseFile) -> list[Any]:
    return [m for p in cf.plans for m in p.measures]


def build_sections() -> list[Section]:
    """Every section in display order (built anew so captions follow the language)."""
    return [
        Section(
            "people",
            lambda: QCoreApplication.translate("CaseFile", "People"),
            lambda cf: cf.participants,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Role"),
                    lambda p: code_label("participant_role", p.role),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Name"),
                    lambda p: f"{p.first_name[:1]}. {p.last_name[:1]}.",
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Sex"),
                    lambda p: code_label("sex", p.sex),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Birth year"),
                    lambda p: str(p.birth_date.year) if p.birth_date else "",
                ),
            ],
            NewParticipant,
            add_participant,
            None,
            people.remove_participant,
            only=PARTICIPANT_FIELDS,
            folded=PERSON_MORE,
            fold_title=more_about_person,
        ),
        Section(
            "relationships",
            lambda: QCoreApplication.translate("CaseFile", "Relationships"),
            lambda cf: cf.relationships,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Relationship"),
                    lambda r: code_label("relationship", r.relation),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Living together"),
                    lambda r: code_label("tri_state", r.living_together),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Separation"),
                    lambda r: code_label("tri_state", r.separation_in_progress),
                ),
            ],
            RelationshipData,
            lambda reg, cf, d: people.add_relationship(reg, cf.case.id, d),
            people.update_relationship,
            people.delete_relationship,
        ),
        Section(
            "reports",
            lambda: QCoreApplication.translate("CaseFile", "Reports"),
            lambda cf: cf.reports,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Received"),
                    lambda r: fmt_moment(r.received_at),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Channel"),
                    lambda r: code_label("report_channel", r.channel),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Reported by"),
                    lambda r: code_label("reporter_type", r.reporter_type),
                ),
            ],
            ReportData,
            lambda reg, cf, d: intake.add_report(reg, cf.case.id, d),
            intake.update_report,
            intake.delete_report,
        ),
        Section(
            "incidents",
            lambda: QCoreApplication.translate("CaseFile", "Incidents"),
            lambda cf: cf.incidents,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Occurred"),
                    lambda i: fmt_moment(i.occurred_at),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Forms of violence"),
                    lambda i: codes("form_of_violence", i.forms),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Municipality"),
                    lambda i: (
                        municipality_label(i.municipality_code) if i.municipality_code else ""
                    ),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Injury"),
                    lambda i: code_label("injury", i.injury),
                ),
            ],
            IncidentData,
            lambda reg, cf, d: intake.add_incident(reg, cf.case.id, d),
            intake.update_incident,
            intake.delete_incident,
        ),
        Section(
            "risk",
            lambda: QCoreApplication.translate("CaseFile", "Risk assessments"),
            lambda cf: cf.risk_assessments,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Assessed"),
                    lambda r: fmt_moment(r.assessed_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Assessor"),
                    lambda r: code_label("risk_assessor", r.assessor),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Level"),
                    lambda r: code_label("risk_level", r.level),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Imminent danger"),
                    lambda r: yes_no(r.imminent_danger),
                ),
            ],
            RiskAssessmentData,
            lambda reg, cf, d: care.add_risk_assessment(reg, cf.case.id, d),
            care.update_risk_assessment,
            care.delete_risk_assessment,
        ),
        Section(
            "services",
            lambda: QCoreApplication.translate("CaseFile", "Services"),
            lambda cf: cf.services,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Service"),
                    lambda s: code_label("service_type", s.service_type),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Status"),
                    lambda s: code_label("service_status", s.status),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Started"),
                    lambda s: fmt_date(s.started_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Ended"),
                    lambda s: fmt_date(s.ended_on),
                ),
            ],
            ServiceData,
            lambda reg, cf, d: care.add_service(reg, cf.case.id, d),
            care.update_service,
            care.delete_service,
        ),
        Section(
            "meetings",
            lambda: QCoreApplication.translate("CaseFile", "Meetings (GKS)"),
            lambda cf: cf.meetings,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Held on"),
                    lambda m: fmt_date(m.held_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Meeting"),
                    lambda m: code_label("meeting_type", m.meeting_type),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Decisions"),
                    lambda m: codes("meeting_decision", m.decisions),
                ),
            ],
            MeetingData,
            lambda reg, cf, d: care.add_meeting(reg, cf.case.id, d),
            care.update_meeting,
            care.delete_meeting,
        ),
        Section(
            "plans",
            lambda: QCoreApplication.translate("CaseFile", "Plan"),
            lambda cf: cf.plans,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Drawn up on"),
                    lambda p: fmt_date(p.drawn_up_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Signed"),
                    lambda p: yes_no(p.victim_signed),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Review on"),
                    lambda p: fmt_date(p.review_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Measures"),
                    lambda p: str(len(p.measures)),
                ),
            ],
            PlanData,
            lambda reg, cf, d: care.add_plan(reg, cf.case.id, d),
            care.update_plan,
            care.delete_plan,
        ),
        Section(
            "plan_measures",
            lambda: QCoreApplication.translate("CaseFile", "Plan measures"),
            _measures,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Measure"),
                    lambda m: measure_label(m.measure),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Status"),
                    lambda m: code_label("plan_measure_status", m.status),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Institution"),
                    lambda m: code_label("institution", m.institution),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Responsible"),
                    lambda m: m.responsible,
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Deadline"),
                    lambda m: fmt_date(m.deadline),
                ),
            ],
            PlanMeasureData,
            lambda reg, cf, d: care.add_plan_measure(reg, _latest_plan(cf), d),
            care.update_plan_measure,
            care.delete_plan_measure,
            note=lambda: QCoreApplication.translate(
                "CaseFile", "A measure is added to the latest plan; add a plan first."
            ),
        ),
        Section(
            "urgent",
            lambda: QCoreApplication.translate("CaseFile", "Urgent measures"),
            lambda cf: cf.urgent_measures,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Measure"),
                    lambda m: code_label("urgent_measure_type", m.measure_type),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Served"),
                    lambda m: fmt_moment(m.served_at),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Legal clock"),
                    clock_text,
                    clock_icon,
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Court decision"),
                    lambda m: code_label("urgent_court_decision", m.court_decision),
                ),
            ],
            UrgentMeasureData,
            lambda reg, cf, d: legal.add_urgent_measure(reg, cf.case.id, d),
            legal.update_urgent_measure,
            legal.delete_urgent_measure,
            by_law=_urgent_by_law,
        ),
        Section(
            "protection",
            lambda: QCoreApplication.translate("CaseFile", "Protection measures"),
            lambda cf: cf.protection_measures,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Measures"),
                    lambda m: codes("protection_measure_type", m.measure_types),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Filed"),
                    lambda m: fmt_date(m.filed_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Outcome"),
                    lambda m: code_label("protection_outcome", m.outcome),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Ordered"),
                    lambda m: fmt_date(m.ordered_on),
                ),
            ],
            ProtectionMeasureData,
            lambda reg, cf, d: legal.add_protection_measure(reg, cf.case.id, d),
            legal.update_protection_measure,
            legal.delete_protection_measure,
        ),
        Section(
            "criminal",
            lambda: QCoreApplication.translate("CaseFile", "Criminal proceedings"),
            lambda cf: cf.criminal_proceedings,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Complaint"),
                    lambda p: fmt_date(p.complaint_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Prosecutor"),
                    lambda p: code_label("prosecutor_decision", p.prosecutor_decision),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Verdict"),
                    lambda p: code_label("verdict", p.verdict),
                ),
            ],
            CriminalProceedingData,
            lambda reg, cf, d: legal.add_criminal_proceeding(reg, cf.case.id, d),
            legal.update_criminal_proceeding,
            legal.delete_criminal_proceeding,
        ),
        Section(
            "referrals",
            lambda: QCoreApplication.translate("CaseFile", "Referrals"),
            lambda cf: cf.referrals,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Referred on"),
                    lambda r: fmt_date(r.referred_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Direction"),
                    lambda r: code_label("referral_direction", r.direction),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Institution"),
                    lambda r: code_label("referral_institution", r.institution_type),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Answer"),
                    lambda r: yes_no(r.answer_received),
                ),
            ],
            ReferralData,
            lambda reg, cf, d: legal.add_referral(reg, cf.case.id, d),
            legal.update_referral,
            legal.delete_referral,
        ),
        Section(
            "feedback",
            lambda: QCoreApplication.translate("CaseFile", "Feedback"),
            lambda cf: cf.feedback,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Given on"),
                    lambda f: fmt_date(f.given_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "About the service"),
                    lambda f: code_label("service_type", f.service_type) if f.service_type else "",
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Feels safer"),
                    lambda f: code_label("feeling_safer", f.feels_safer),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Satisfaction"),
                    lambda f: "" if f.satisfaction is None else str(f.satisfaction),
                ),
            ],
            FeedbackData,
            lambda reg, cf, d: legal.add_feedback(reg, cf.case.id, d),
            legal.update_feedback,
            legal.delete_feedback,
        ),
        Section(
            "contacts",
            lambda: QCoreApplication.translate("CaseFile", "Contacts and notes"),
            lambda cf: tuple(reversed(cf.contacts)),  # the latest first: what happened lately
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Date"),
                    lambda e: fmt_date(e.contacted_on),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Type of contact"),
                    lambda e: code_label("contact_type", e.contact_type),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "With whom"),
                    lambda e: " · ".join(
                        label
                        for label in (
                            code_label("contact_counterpart", e.counterpart),
                            code_label("institution", e.institution) if e.institution else "",
                        )
                        if label
                    ),
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Who"),
                    lambda e: e.staff_user_name or "",
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Note"),
                    lambda e: (e.note or "").replace("\n", " ")[:120],
                ),
            ],
            ContactData,
            lambda reg, cf, d: care.add_contact(reg, cf.case.id, d),
            care.update_contact,
            care.delete_contact,
        ),
        Section(
            "documents",
            lambda: QCoreApplication.translate("CaseFile", "Documents"),
            lambda cf: cf.documents,
            [
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Type"),
                    lambda d: code_label("document_type", d.doc_type),
                ),
                c(lambda: QCoreApplication.translate("CaseFile", "Title"), lambda d: d.title),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "File"),
                    lambda d: f"{d.file_name} ({size_text(d.size_bytes)})",
                ),
                c(
                    lambda: QCoreApplication.translate("CaseFile", "Added"),
                    lambda d: " · ".join(
                        t for t in (fmt_moment(d.added_at), d.added_by_name or "") if t
                    ),
                ),
            ],
            documents.DocumentData,
            attach_file,  # the file is chosen before the form opens (extra "pick_file")
            documents.update_document,
            documents.delete_document,
            note=lambda: QCoreApplication.translate(
                "CaseFile",
                "Kept inside the encrypted register, at most %1 MB a file; never exported.",
            ).replace("%1", str(documents.MAX_FILE_BYTES // documents.MB)),
            extra={"pick_file": True},
        ),
    ]


def attach_file(register: Any, cf: CaseFile, data: Any, path: Path) -> Any:
    """Store the file at `path` in the register as a document of the case (on the worker)."""
    return documents.attach_document(
        register, cf.case.id, path.name, documents.read_file(path), data
    )


def size_text(size: int) -> str:
    if size >= documents.MB:
        return f"{size / documents.MB:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
