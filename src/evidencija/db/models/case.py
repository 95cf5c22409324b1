"""The case and who and what it is about: people, their roles, the pair relationship, the report
that opened it, the incidents, and its closure (data dictionary §1.1–1.5, §1.15).

Code-valued columns hold a stable code from `evidencija.db.codes` (named in the `# code list:`
comment beside each); the database does not check them, the services do. Municipality codes refer
to `municipalities.code` in the same, service-checked way, so that a code retired from the
reference table never makes an old case unreadable. Multi-select values live in small child
tables, one row per code, so that SQL can filter and count them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.ext.associationproxy import AssociationProxy, association_proxy
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, id_column, utcnow

if TYPE_CHECKING:
    from .care import ContactEntry, Meeting, ProtectionPlan, RiskAssessment, Service
    from .documents import CaseDocument
    from .legal import CriminalProceeding, Feedback, ProtectionMeasure, Referral, UrgentMeasure
    from .reference import DraftEdit
    from .register import User

CODE = String(40)
"""Width of every code column (codes are upper-snake-case ASCII identifiers)."""

MUNICIPALITY = String(20)
"""Width of a municipality code, as `municipalities.code`."""

# Options for every Case → child collection: the database's ON DELETE CASCADE removes children
# the session never loaded; the ORM removes the ones it did.
CHILD: dict[str, Any] = {"cascade": "all, delete-orphan", "passive_deletes": True}


def case_fk() -> Mapped[str]:
    """The link of a case's child record to its case; deleting the case deletes the child."""
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)


class Timestamped:
    """`created_at` / `updated_at` for every main entity (the audit log holds the full history)."""

    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)


class Case(Timestamped, Base):
    """A domestic-violence case (slučaj) handled by the centre, from intake to closure.

    `file_number` is the number in the centre's own registry: a direct identifier, never exported.
    `first_contact_at` is the first contact of the centre with the victim; with the report's
    `received_at` it gives the response-time indicator against `response_priority` (24 h / 3 days
    / 7 days). `search_text` is a folded (lower-case, diacritics removed) concatenation of the
    participants' names, JMBGs and the file number, kept current by the services so the case list
    can search in SQL inside the encrypted database. `version_id` is SQLAlchemy's optimistic-
    concurrency counter: a save based on a stale copy of the case fails instead of overwriting a
    colleague's edit. It counts changes to the case row only; services that edit children and
    want the same protection touch the case row as well.
    """

    __tablename__ = "cases"

    id: Mapped[str] = id_column()
    file_number: Mapped[str] = mapped_column(String(60), unique=True)
    centre_municipality_code: Mapped[str] = mapped_column(MUNICIPALITY)
    victim_municipality_code: Mapped[str | None] = mapped_column(MUNICIPALITY)
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    case_manager_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    internal_team: Mapped[bool] = mapped_column(Boolean, default=False)
    response_priority: Mapped[str | None] = mapped_column(CODE)  # code list: response_priority
    case_type: Mapped[str] = mapped_column(CODE)  # code list: case_type
    status: Mapped[str] = mapped_column(CODE, index=True)  # code list: case_status
    repeat_case: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    earlier_reports_count: Mapped[int | None] = mapped_column(Integer)
    first_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    search_text: Mapped[str] = mapped_column(Text, default="", index=True)
    version_id: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (
        CheckConstraint("earlier_reports_count >= 0", name="earlier_reports_not_negative"),
    )

    case_manager: Mapped[User | None] = relationship()
    participants: Mapped[list[Participant]] = relationship(back_populates="case", **CHILD)
    relationships: Mapped[list[Relationship]] = relationship(back_populates="case", **CHILD)
    reports: Mapped[list[Report]] = relationship(
        back_populates="case", order_by="Report.received_at", **CHILD
    )
    incidents: Mapped[list[Incident]] = relationship(
        back_populates="case", order_by="Incident.occurred_at", **CHILD
    )
    risk_assessments: Mapped[list[RiskAssessment]] = relationship(
        back_populates="case", order_by="RiskAssessment.assessed_on", **CHILD
    )
    services: Mapped[list[Service]] = relationship(back_populates="case", **CHILD)
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="case", order_by="Meeting.held_on", **CHILD
    )
    protection_plans: Mapped[list[ProtectionPlan]] = relationship(
        back_populates="case", order_by="ProtectionPlan.drawn_up_on", **CHILD
    )
    urgent_measures: Mapped[list[UrgentMeasure]] = relationship(back_populates="case", **CHILD)
    protection_measures: Mapped[list[ProtectionMeasure]] = relationship(
        back_populates="case", **CHILD
    )
    criminal_proceedings: Mapped[list[CriminalProceeding]] = relationship(
        back_populates="case", **CHILD
    )
    referrals: Mapped[list[Referral]] = relationship(back_populates="case", **CHILD)
    feedback: Mapped[list[Feedback]] = relationship(back_populates="case", **CHILD)
    contacts: Mapped[list[ContactEntry]] = relationship(
        back_populates="case", order_by="ContactEntry.contacted_on", **CHILD
    )
    documents: Mapped[list[CaseDocument]] = relationship(
        back_populates="case", order_by="CaseDocument.added_at", **CHILD
    )
    closure: Mapped[Closure | None] = relationship(back_populates="case", **CHILD)
    drafts: Mapped[list[DraftEdit]] = relationship(back_populates="case", **CHILD)


class Person(Timestamped, Base):
    """A human being who appears in one or more cases (victim, perpetrator, child, reporter …).

    The only table holding identity data (names, JMBG, address, phone, email): all of it is a
    direct identifier and never leaves the centre. The other columns are the person's non-
    identifying attributes (§1.2), exported generalised or not at all according to their class.
    The perpetrator attributes (substance misuse … prior measures) are the ZSNP art. 16 risk
    factors that belong to the person rather than to one assessment; they stay empty for victims.
    `safe_contact` says whether the centre may use the phone/email without endangering the person
    (a perpetrator may read her messages). `has_disability` is the yes/no/unknown answer; the
    kinds of disability are the child rows.
    """

    __tablename__ = "persons"

    id: Mapped[str] = id_column()
    # identity data (DI)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    jmbg: Mapped[str | None] = mapped_column(String(13), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(254))
    safe_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    # quasi-identifiers and sensitive attributes
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(CODE)  # code list: sex
    ethnicity: Mapped[str | None] = mapped_column(CODE)  # code list: ethnicity
    has_disability: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    pregnant: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    marital_status: Mapped[str | None] = mapped_column(CODE)  # code list: marital_status
    employment_status: Mapped[str | None] = mapped_column(CODE)  # code list: employment_status
    education: Mapped[str | None] = mapped_column(CODE)  # code list: education
    economically_dependent: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    citizenship: Mapped[str | None] = mapped_column(CODE)  # code list: citizenship
    children_in_household: Mapped[int | None] = mapped_column(Integer)
    social_protection_beneficiary: Mapped[bool] = mapped_column(Boolean, default=False)
    # perpetrator risk attributes (ZSNP art. 16)
    substance_misuse: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    mental_illness: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    weapon_access: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    prior_convictions: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    prior_measures: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state

    __table_args__ = (CheckConstraint("children_in_household >= 0", name="children_not_negative"),)

    # No delete cascade: a person still taking part in a case cannot be deleted.
    participations: Mapped[list[Participant]] = relationship(back_populates="person")
    disability_rows: Mapped[list[PersonDisability]] = relationship(**CHILD)
    disabilities: AssociationProxy[list[str]] = association_proxy(
        "disability_rows", "code", creator=lambda code: PersonDisability(code=code)
    )


class PersonDisability(Base):
    """One kind of disability of a person (multi-select)."""

    __tablename__ = "person_disabilities"

    person_id: Mapped[str] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: disability


class Participant(Timestamped, Base):
    """A person's role in one case. The same person may be in several cases, and in different
    roles (a victim in one case, a reporter in another), but holds each role once per case."""

    __tablename__ = "participants"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    role: Mapped[str] = mapped_column(CODE)  # code list: participant_role

    __table_args__ = (UniqueConstraint("case_id", "person_id", "role"),)

    case: Mapped[Case] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship(back_populates="participations")


class Relationship(Timestamped, Base):
    """The relationship between one victim and one perpetrator of a case (per pair, §1.3).

    A case with two victims or two perpetrators has one row per pair. Both ends are participants
    of the same case (the services check this). `relation` is read from the victim's side: the
    perpetrator is the victim's former spouse, parent, son …
    """

    __tablename__ = "relationships"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    victim_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    perpetrator_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    relation: Mapped[str] = mapped_column(CODE)  # code list: relationship
    living_together: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    separation_in_progress: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    custody_dispute: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state

    __table_args__ = (
        UniqueConstraint("victim_id", "perpetrator_id"),
        CheckConstraint("victim_id <> perpetrator_id", name="distinct_ends"),
    )

    case: Mapped[Case] = relationship(back_populates="relationships")
    victim: Mapped[Participant] = relationship(foreign_keys=[victim_id])
    perpetrator: Mapped[Participant] = relationship(foreign_keys=[perpetrator_id])


class Report(Timestamped, Base):
    """A report (prijava) received by the centre: how the case came in, or a later re-report.

    `intake_worker_id` is the intake worker, who is usually not the later case manager.
    `forwarded_to_police_at` is when the centre passed the report on to the police or the
    prosecutor (ZSNP art. 13). `victim_consent` records whether it was reported with her consent,
    since reporting against her will can raise the risk.
    """

    __tablename__ = "reports"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    received_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    channel: Mapped[str | None] = mapped_column(CODE)  # code list: report_channel
    reporter_type: Mapped[str | None] = mapped_column(CODE)  # code list: reporter_type
    intake_sheet_done: Mapped[bool] = mapped_column(Boolean, default=False)
    intake_worker_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    forwarded_to_police_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    victim_consent: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    immediate_intervention: Mapped[bool] = mapped_column(Boolean, default=False)

    case: Mapped[Case] = relationship(back_populates="reports")
    intake_worker: Mapped[User | None] = relationship()


class Incident(Timestamped, Base):
    """A violent event (događaj) of the case: when, where, what forms, with what harm.

    `settlement` is the village or settlement, a near-identifier in small municipalities: it is
    kept for the caseworker and never exported. `intoxicated` refers to the perpetrator at the
    time of the incident.
    """

    __tablename__ = "incidents"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    municipality_code: Mapped[str | None] = mapped_column(MUNICIPALITY)
    location_type: Mapped[str | None] = mapped_column(CODE)  # code list: location_type
    settlement: Mapped[str | None] = mapped_column(String(200))
    weapon: Mapped[str | None] = mapped_column(CODE)  # code list: weapon
    injury: Mapped[str | None] = mapped_column(CODE)  # code list: injury
    medical_help: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    children_present: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    intoxicated: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    first_incident: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    violence_duration: Mapped[str | None] = mapped_column(CODE)  # code list: violence_duration

    case: Mapped[Case] = relationship(back_populates="incidents")
    form_rows: Mapped[list[IncidentForm]] = relationship(**CHILD)
    forms: AssociationProxy[list[str]] = association_proxy(
        "form_rows", "code", creator=lambda code: IncidentForm(code=code)
    )


class IncidentForm(Base):
    """One form of violence of an incident (multi-select: physical, psychological …)."""

    __tablename__ = "incident_forms"

    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: form_of_violence


class Closure(Timestamped, Base):
    """The closing of a case (at most one per case; reopening the case removes it).

    `note` is free text and therefore a direct identifier, never exported.
    """

    __tablename__ = "closures"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), unique=True, index=True
    )
    closed_on: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(CODE)  # code list: closure_reason
    note: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="closure")
