"""The whole case file in one read, for the case-file screen.

The children are loaded with one query per table (`selectinload`), not one per row. The file
shows the participants' names, which are identity data, so opening it leaves a VIEW entry in
the audit trail; the rest of a person's identity (JMBG, address, phone) is opened separately
through `people.view_person_identity`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db.models import (
    Case,
    CriminalProceeding,
    Feedback,
    Incident,
    Meeting,
    Participant,
    ProtectionMeasure,
    ProtectionPlan,
    RiskAssessment,
    User,
)
from ..db.register import Register
from . import audit
from .access import reader
from .care import CONTACT, MEETING, PLAN, RISK_ASSESSMENT, SERVICE
from .cases import CASE, CLOSURE
from .documents import documents_in
from .dto import CaseFile, StaffMember
from .intake import INCIDENT, REPORT
from .legal import CRIMINAL_PROCEEDING, FEEDBACK, PROTECTION_MEASURE, REFERRAL, URGENT_MEASURE
from .people import RELATIONSHIP, participant_info
from .records import Kind, to_info
from .validation import NotFound

_LOAD = (
    selectinload(Case.participants).selectinload(Participant.person),
    selectinload(Case.relationships),
    selectinload(Case.reports),
    selectinload(Case.incidents).selectinload(Incident.form_rows),
    selectinload(Case.risk_assessments).selectinload(RiskAssessment.factor_answers),
    selectinload(Case.risk_assessments).selectinload(RiskAssessment.recipient_rows),
    selectinload(Case.services),
    selectinload(Case.meetings).selectinload(Meeting.institution_rows),
    selectinload(Case.meetings).selectinload(Meeting.decision_rows),
    selectinload(Case.protection_plans).selectinload(ProtectionPlan.member_rows),
    selectinload(Case.protection_plans).selectinload(ProtectionPlan.measures),
    selectinload(Case.urgent_measures),
    selectinload(Case.protection_measures).selectinload(ProtectionMeasure.type_rows),
    selectinload(Case.criminal_proceedings).selectinload(CriminalProceeding.offence_rows),
    selectinload(Case.criminal_proceedings).selectinload(CriminalProceeding.sanction_rows),
    selectinload(Case.referrals),
    selectinload(Case.contacts),
    selectinload(Case.feedback).selectinload(Feedback.service),
    selectinload(Case.closure),
)


def _all(kind: Kind[Any, Any], rows: list[Any]) -> tuple[Any, ...]:
    return tuple(to_info(kind, r) for r in rows)


def get_case_file(register: Register, case_id: str) -> CaseFile:
    """Everything recorded in a case (people by name and role; identity details apart).
    Recorded in the audit trail as a VIEW of the case."""
    user = reader(register)
    with register.session(write=True) as session, session.begin():
        case = session.scalar(select(Case).where(Case.id == case_id).options(*_LOAD))
        if case is None:
            raise NotFound()
        manager = session.get(User, case.case_manager_id) if case.case_manager_id else None
        participants = sorted(case.participants, key=lambda p: (p.role, p.person.last_name,
                                                                 p.person.first_name))
        case_file = CaseFile(
            case=to_info(CASE, case),
            case_manager_name=manager.display_name if manager else None,
            closure=to_info(CLOSURE, case.closure) if case.closure else None,
            participants=tuple(participant_info(p) for p in participants),
            relationships=_all(RELATIONSHIP, case.relationships),
            reports=_all(REPORT, case.reports),
            incidents=_all(INCIDENT, case.incidents),
            risk_assessments=_all(RISK_ASSESSMENT, case.risk_assessments),
            services=_all(SERVICE, case.services),
            meetings=_all(MEETING, case.meetings),
            plans=_all(PLAN, case.protection_plans),
            urgent_measures=_all(URGENT_MEASURE, case.urgent_measures),
            protection_measures=_all(PROTECTION_MEASURE, case.protection_measures),
            criminal_proceedings=_all(CRIMINAL_PROCEEDING, case.criminal_proceedings),
            referrals=_all(REFERRAL, case.referrals),
            feedback=_all(FEEDBACK, case.feedback),
            contacts=_all(CONTACT, case.contacts),
            documents=documents_in(session, case.id),
            staff=tuple(
                StaffMember(u.id, u.display_name, u.role, u.active)
                for u in session.scalars(select(User).order_by(User.display_name))
            ),
        )
        audit.record(session, user_id=user.id, action="VIEW", entity="case", entity_id=case.id)
        return case_file
