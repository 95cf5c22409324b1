"""What the centre and its partners do in a case: risk assessments, services, case conferences
and coordination-group (GKS) meetings, and the protection and support plan with its measures
(data dictionary §1.6–1.9)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import (
    Case,
    ContactEntry,
    Meeting,
    MeetingDecision,
    MeetingInstitution,
    PlanMeasure,
    PlanMember,
    ProtectionPlan,
    RiskAssessment,
    RiskAssessmentRecipient,
    RiskFactorAnswer,
    Service,
)
from ..db.register import Register
from . import clock, records
from .dto import (
    ContactData,
    ContactInfo,
    MeetingData,
    MeetingInfo,
    PlanData,
    PlanInfo,
    PlanMeasureData,
    PlanMeasureInfo,
    RiskAssessmentData,
    RiskAssessmentInfo,
    ServiceData,
    ServiceInfo,
)
from .records import Kind
from .validation import Checker

DONE_STATUSES = ("DONE_ON_TIME", "DONE_LATE")


def _service_rule(checker: Checker, session: Session, case: Case, parent: object,
                  data: ServiceData, current: object) -> None:
    checker.order("started_on", data.started_on, "ended_on", data.ended_on)
    # Only a planned service may have dates ahead; one given or refused has happened.
    if data.status != "PLANNED":
        for name in ("started_on", "ended_on"):
            value = getattr(data, name)
            if value is not None and clock.is_future(value):
                checker.add(name, "date_in_future")


def _plan_rule(checker: Checker, session: Session, case: Case, parent: object,
               data: PlanData, current: object) -> None:
    checker.order("drawn_up_on", data.drawn_up_on, "review_on", data.review_on)


def _plan_measure_rule(checker: Checker, session: Session, case: Case, plan: ProtectionPlan,
                       data: PlanMeasureData, current: object) -> None:
    checker.order("drawn_up_on", plan.drawn_up_on, "deadline", data.deadline)
    checker.order("drawn_up_on", plan.drawn_up_on, "done_on", data.done_on)
    if data.status in DONE_STATUSES and data.done_on is None:
        checker.add("done_on", "done_on_required")
    if data.status == "DONE_ON_TIME" and data.deadline and data.done_on \
            and data.done_on > data.deadline:
        checker.add("status", "done_after_deadline")


RISK_ASSESSMENT = Kind(
    "risk_assessment", RiskAssessment, RiskAssessmentData, RiskAssessmentInfo,
    rows={"sent_to": ("recipient_rows", RiskAssessmentRecipient, "code")},
    keyed={"factors": ("factor_answers", RiskFactorAnswer, "factor", "answer")},
)
SERVICE = Kind("service", Service, ServiceData, ServiceInfo, rule=_service_rule)
MEETING = Kind(
    "meeting", Meeting, MeetingData, MeetingInfo,
    rows={"institutions": ("institution_rows", MeetingInstitution, "code"),
          "decisions": ("decision_rows", MeetingDecision, "code")},
)
def _measure_in_use(session: Session, measure: PlanMeasure) -> str | None:
    linked = select(Service.id).where(Service.plan_measure_id == measure.id).limit(1)
    return "plan_measure_in_use" if session.scalar(linked) is not None else None


def _plan_in_use(session: Session, plan: ProtectionPlan) -> str | None:
    return "plan_has_measures" if plan.measures else None


PLAN_MEASURE = Kind("plan_measure", PlanMeasure, PlanMeasureData, PlanMeasureInfo,
                    parent="plan_id", parent_model=ProtectionPlan, rule=_plan_measure_rule,
                    in_use=_measure_in_use,
                    extras=lambda m: {"responsible_user_name": m.responsible_user.display_name
                                      if m.responsible_user else None})
PLAN = Kind(
    "protection_plan", ProtectionPlan, PlanData, PlanInfo, rule=_plan_rule,
    in_use=_plan_in_use,
    rows={"member_ids": ("member_rows", PlanMember, "participant_id")},
    extras=lambda plan: {"measures": tuple(records.to_info(PLAN_MEASURE, m)
                                           for m in plan.measures)},
)


def add_risk_assessment(register: Register, case_id: str,
                        data: RiskAssessmentData) -> RiskAssessmentInfo:
    """Record a risk assessment with its factor answers (factor → YES/NO/UNKNOWN)."""
    return records.create(register, RISK_ASSESSMENT, case_id, data)


def update_risk_assessment(register: Register, assessment_id: str,
                           data: RiskAssessmentData) -> RiskAssessmentInfo:
    return records.update(register, RISK_ASSESSMENT, assessment_id, data)


def delete_risk_assessment(register: Register, assessment_id: str) -> None:
    records.delete(register, RISK_ASSESSMENT, assessment_id)


def _contact_rule(checker: Checker, session: Session, case: Case, parent: object,
                  data: ContactData, current: object) -> None:
    if data.note is not None and len(data.note) > NOTE_MAX_CHARS:
        checker.add("note", "text_too_long", limit=str(NOTE_MAX_CHARS))
    # "With an institution" says which one; a contact with a person of the case may name her.
    if data.counterpart == "INSTITUTION" and data.institution is None:
        checker.add("institution", "value_required")


NOTE_MAX_CHARS = 2000  # a short note of a contact, not a report
CONTACT = Kind(
    "contact", ContactEntry, ContactData, ContactInfo, rule=_contact_rule,
    extras=lambda entry: {"staff_user_name": entry.staff_user.display_name
                          if entry.staff_user else None},
)


def add_contact(register: Register, case_id: str, data: ContactData) -> ContactInfo:
    """Record a contact with a person of the case or an institution; the colleague who had it
    is the one recording, unless another is named."""
    if data.staff_user_id is None:
        data = dataclasses.replace(data, staff_user_id=register.require_user().id)
    return records.create(register, CONTACT, case_id, data)


def update_contact(register: Register, contact_id: str, data: ContactData) -> ContactInfo:
    return records.update(register, CONTACT, contact_id, data)


def delete_contact(register: Register, contact_id: str) -> None:
    records.delete(register, CONTACT, contact_id)


def add_service(register: Register, case_id: str, data: ServiceData) -> ServiceInfo:
    """Record a service given (or planned) for someone in the case."""
    return records.create(register, SERVICE, case_id, data)


def update_service(register: Register, service_id: str, data: ServiceData) -> ServiceInfo:
    return records.update(register, SERVICE, service_id, data)


def delete_service(register: Register, service_id: str) -> None:
    records.delete(register, SERVICE, service_id)


def add_meeting(register: Register, case_id: str, data: MeetingData) -> MeetingInfo:
    """Record a case conference or GKS meeting (a GKS meeting restarts the 15-day review clock)."""
    return records.create(register, MEETING, case_id, data)


def update_meeting(register: Register, meeting_id: str, data: MeetingData) -> MeetingInfo:
    return records.update(register, MEETING, meeting_id, data)


def delete_meeting(register: Register, meeting_id: str) -> None:
    records.delete(register, MEETING, meeting_id)


def add_plan(register: Register, case_id: str, data: PlanData) -> PlanInfo:
    """Record an individual protection and support plan; its members are participant ids."""
    return records.create(register, PLAN, case_id, data)


def update_plan(register: Register, plan_id: str, data: PlanData) -> PlanInfo:
    return records.update(register, PLAN, plan_id, data)


def delete_plan(register: Register, plan_id: str) -> None:
    records.delete(register, PLAN, plan_id)


def add_plan_measure(register: Register, plan_id: str, data: PlanMeasureData) -> PlanMeasureInfo:
    """Add a protection or support measure to a plan, with who does it and by when."""
    return records.create(register, PLAN_MEASURE, plan_id, data)


def update_plan_measure(register: Register, measure_id: str,
                        data: PlanMeasureData) -> PlanMeasureInfo:
    return records.update(register, PLAN_MEASURE, measure_id, data)


def delete_plan_measure(register: Register, measure_id: str) -> None:
    records.delete(register, PLAN_MEASURE, measure_id)
