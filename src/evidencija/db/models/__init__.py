"""All tables of the register. Importing this package registers every model on `Base.metadata`."""

from .base import Base
from .care import (
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
from .case import (
    Case,
    Closure,
    Incident,
    IncidentForm,
    Participant,
    Person,
    PersonDisability,
    Relationship,
    Report,
)
from .documents import CaseDocument, DocumentContent
from .legal import (
    CriminalProceeding,
    Feedback,
    ProceedingOffence,
    ProceedingSanction,
    ProtectionMeasure,
    ProtectionMeasureType,
    Referral,
    UrgentMeasure,
)
from .outbox import OutboxItem, OutboxSettings
from .reference import DraftEdit, Municipality
from .register import AuditEntry, Centre, Setting, User

__all__ = [
    "AuditEntry",
    "Base",
    "Case",
    "CaseDocument",
    "ContactEntry",
    "Centre",
    "Closure",
    "CriminalProceeding",
    "DocumentContent",
    "DraftEdit",
    "Feedback",
    "Incident",
    "IncidentForm",
    "Meeting",
    "MeetingDecision",
    "MeetingInstitution",
    "Municipality",
    "OutboxItem",
    "OutboxSettings",
    "Participant",
    "Person",
    "PersonDisability",
    "PlanMeasure",
    "PlanMember",
    "ProceedingOffence",
    "ProceedingSanction",
    "ProtectionMeasure",
    "ProtectionMeasureType",
    "ProtectionPlan",
    "Referral",
    "Relationship",
    "Report",
    "RiskAssessment",
    "RiskAssessmentRecipient",
    "RiskFactorAnswer",
    "Service",
    "Setting",
    "UrgentMeasure",
    "User",
]
