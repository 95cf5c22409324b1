"""What the centre and its partners do in a case: risk assessments, services, case conferences
and coordination-group meetings, and the individual protection and support plan (data dictionary
§1.6–1.9).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.ext.associationproxy import AssociationProxy, association_proxy
from sqlalchemy.orm import Mapped, attribute_keyed_dict, mapped_column, relationship

from .base import Base, UtcDateTime, id_column
from .case import CHILD, CODE, Timestamped, case_fk

if TYPE_CHECKING:
    from .case import Case, Participant
    from .register import User


class RiskAssessment(Timestamped, Base):
    """A risk assessment (procena rizika) by the police, the centre, the prosecutor or the GKS.

    Each ZSNP art. 16 factor (and each optional international one) is answered yes/no/unknown in
    a child row, reachable as the dict `factors` (factor code → tri_state code); a factor with no
    row was not asked. `imminent_danger` is the legal test of ZSNP art. 3 para. 2 that triggers a
    protection plan. `victim_view` is the victim's own judgement of the risk (low/medium/high).
    `assessed_on` is a moment, not only a date: assessments on the same day are ordered by it.
    """

    __tablename__ = "risk_assessments"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    assessed_on: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    assessor: Mapped[str] = mapped_column(CODE)  # code list: risk_assessor
    level: Mapped[str | None] = mapped_column(CODE)  # code list: risk_level
    imminent_danger: Mapped[bool] = mapped_column(Boolean, default=False)
    victim_view: Mapped[str | None] = mapped_column(CODE)  # code list: risk_level

    case: Mapped[Case] = relationship(back_populates="risk_assessments")
    factor_answers: Mapped[dict[str, RiskFactorAnswer]] = relationship(
        collection_class=attribute_keyed_dict("factor"), **CHILD
    )
    factors: AssociationProxy[dict[str, str]] = association_proxy(
        "factor_answers",
        "answer",
        creator=lambda factor, answer: RiskFactorAnswer(factor=factor, answer=answer),
    )
    recipient_rows: Mapped[list[RiskAssessmentRecipient]] = relationship(**CHILD)
    sent_to: AssociationProxy[list[str]] = association_proxy(
        "recipient_rows", "code", creator=lambda code: RiskAssessmentRecipient(code=code)
    )


class RiskFactorAnswer(Base):
    """The answer to one risk factor in one assessment."""

    __tablename__ = "risk_factor_answers"

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("risk_assessments.id", ondelete="CASCADE"), primary_key=True
    )
    factor: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: risk_factor
    answer: Mapped[str] = mapped_column(CODE)  # code list: tri_state


class RiskAssessmentRecipient(Base):
    """A body the assessment was sent to (multi-select: prosecutor, centre, court)."""

    __tablename__ = "risk_assessment_recipients"

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("risk_assessments.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: assessment_recipient


class Service(Timestamped, Base):
    """A service (usluga) given to someone in the case, by the centre or another provider.

    `participant_id` is whom it is for (victim, child, perpetrator in a programme …); empty when
    it serves the family as a whole. `plan_measure_id` links it to the plan measure it carries
    out, which gives the "measures done" indicators. A shelter's identity or address is never
    recorded here: the service type says enough.
    """

    __tablename__ = "services"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    service_type: Mapped[str] = mapped_column(CODE)  # code list: service_type
    provider_type: Mapped[str | None] = mapped_column(CODE)  # code list: provider_type
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    started_on: Mapped[date | None] = mapped_column(Date, index=True)
    ended_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(CODE)  # code list: service_status
    plan_measure_id: Mapped[str | None] = mapped_column(
        ForeignKey("plan_measures.id", ondelete="SET NULL"), index=True
    )

    case: Mapped[Case] = relationship(back_populates="services")
    participant: Mapped[Participant | None] = relationship()
    plan_measure: Mapped[PlanMeasure | None] = relationship(back_populates="services")


class Meeting(Timestamped, Base):
    """A case conference of the centre, a coordination-group (GKS, ZSNP art. 25) meeting, an
    internal-team meeting or a Kosovo municipal-mechanism meeting about this case.

    The GKS must review a case at least every 15 days, so `held_on` feeds a deadline.
    `case_list` is the GKS table the case was on (new, ongoing, to speed up). `minutes_ref` points
    to the minutes (a document reference, hence a direct identifier, never exported).
    """

    __tablename__ = "meetings"
    __table_args__ = (
        # The deadlines' last review of every open case (max held_on per case and meeting type),
        # read from the index alone instead of from each case's meeting rows.
        Index("ix_meetings_case_id_meeting_type_held_on", "case_id", "meeting_type", "held_on"),
    )

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    meeting_type: Mapped[str] = mapped_column(CODE)  # code list: meeting_type
    held_on: Mapped[date] = mapped_column(Date, index=True)
    chair: Mapped[str | None] = mapped_column(CODE)  # code list: meeting_chair
    victim_present: Mapped[bool] = mapped_column(Boolean, default=False)
    case_list: Mapped[str | None] = mapped_column(CODE)  # code list: meeting_case_list
    minutes_ref: Mapped[str | None] = mapped_column(String(200))

    case: Mapped[Case] = relationship(back_populates="meetings")
    institution_rows: Mapped[list[MeetingInstitution]] = relationship(**CHILD)
    institutions: AssociationProxy[list[str]] = association_proxy(
        "institution_rows", "code", creator=lambda code: MeetingInstitution(code=code)
    )
    decision_rows: Mapped[list[MeetingDecision]] = relationship(**CHILD)
    decisions: AssociationProxy[list[str]] = association_proxy(
        "decision_rows", "code", creator=lambda code: MeetingDecision(code=code)
    )


class MeetingInstitution(Base):
    """An institution that took part in a meeting (multi-select)."""

    __tablename__ = "meeting_institutions"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: institution


class MeetingDecision(Base):
    """A decision taken at a meeting (multi-select)."""

    __tablename__ = "meeting_decisions"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: meeting_decision


class ProtectionPlan(Timestamped, Base):
    """The individual protection and support plan (IPZP, ZSNP arts. 29–31).

    Drawn up by the GKS (or, in older practice, the centre), usually after an assessment finds
    imminent danger. `members` are the participants it covers: the victim and other family
    members who need support. `victim_signed` means she consented, signed and was offered a copy.
    `monitoring_plan` is free text (a direct identifier, never exported); `review_on` is when the
    plan is to be reviewed.
    """

    __tablename__ = "protection_plans"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    drawn_up_on: Mapped[date] = mapped_column(Date, index=True)
    author: Mapped[str | None] = mapped_column(CODE)  # code list: plan_author
    victim_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    monitoring_plan: Mapped[str | None] = mapped_column(Text)
    review_on: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="protection_plans")
    member_rows: Mapped[list[PlanMember]] = relationship(**CHILD)
    members: AssociationProxy[list[Participant]] = association_proxy(
        "member_rows", "participant", creator=lambda person: PlanMember(participant=person)
    )
    measures: Mapped[list[PlanMeasure]] = relationship(
        back_populates="plan", order_by="PlanMeasure.deadline", **CHILD
    )


class PlanMember(Base):
    """A participant of the case covered by a plan."""

    __tablename__ = "plan_members"

    plan_id: Mapped[str] = mapped_column(
        ForeignKey("protection_plans.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    participant: Mapped[Participant] = relationship()


class PlanMeasure(Timestamped, Base):
    """One protection or support measure of a plan, with who carries it out and by when.

    `measure` is a code from the service list (§1.7) or from the urgent, protection-measure or
    criminal-procedure lists (§1.10–1.12), so no single code list applies. Responsibility is
    personal (AŽC): either a user of this register (`responsible_user_id`) or a named person at
    another institution (`responsible_person`, a direct identifier, never exported). `status`
    and `done_on` against `deadline` give the "done on time" indicator; `effectiveness` is the
    art. 31 evaluation.
    """

    __tablename__ = "plan_measures"

    id: Mapped[str] = id_column()
    plan_id: Mapped[str] = mapped_column(
        ForeignKey("protection_plans.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(CODE)  # code list: plan_measure_kind
    measure: Mapped[str] = mapped_column(CODE)
    institution: Mapped[str | None] = mapped_column(CODE)  # code list: institution
    responsible_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    responsible_person: Mapped[str | None] = mapped_column(String(200))
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(CODE)  # code list: plan_measure_status
    effectiveness: Mapped[str | None] = mapped_column(CODE)  # code list: effectiveness
    done_on: Mapped[date | None] = mapped_column(Date)

    plan: Mapped[ProtectionPlan] = relationship(back_populates="measures")
    responsible_user: Mapped[User | None] = relationship()
    # Deleting a measure keeps the services it led to (the database sets their link to NULL).
    services: Mapped[list[Service]] = relationship(
        back_populates="plan_measure", passive_deletes=True
    )


class ContactEntry(Timestamped, Base):
    """One entry of the case's contact log: a contact of the centre with a person of the case or
    with an institution about it — when, how, who of the centre, with whom, and a short note.

    The log is the everyday record of casework, and "no contact for N days" is how a case going
    quiet is noticed. `note` is free text and `staff_user_id` names a colleague: both are direct
    identifiers, never exported (the export reads none of this table), never logged.
    """

    __tablename__ = "contact_log"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    contacted_on: Mapped[date] = mapped_column(Date, index=True)
    contact_type: Mapped[str] = mapped_column(CODE)  # code list: contact_type
    counterpart: Mapped[str] = mapped_column(CODE)  # code list: contact_counterpart
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    institution: Mapped[str | None] = mapped_column(CODE)  # code list: institution
    staff_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="contacts")
    staff_user: Mapped[User | None] = relationship()
