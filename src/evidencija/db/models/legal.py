"""The legal track of a case and what the victim says about the help: urgent measures, family-law
protection measures, criminal proceedings, referrals and feedback (data dictionary §1.10–1.14).

Document numbers (police orders, court decisions) are direct identifiers: anyone with access to
the police or court register can look them up. They are kept for the caseworker, never exported.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.ext.associationproxy import AssociationProxy, association_proxy
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, id_column
from .case import CHILD, CODE, Timestamped, case_fk

if TYPE_CHECKING:
    from .care import Service
    from .case import Case


class UrgentMeasure(Timestamped, Base):
    """A police urgent measure under ZSNP (removal from the dwelling, ban on contact) or its
    Kosovo counterpart, followed through its legal deadlines.

    The order runs 48 h from `served_at`; the prosecutor proposes an extension within 24 h
    (`prosecutor_proposal`, `proposal_at`); the court decides within 24 h (`court_decision`,
    `decided_at`) and an extension lasts 30 days (`extended_until`); an appeal is possible within
    3 days. These moments are kept to the minute so the app can track the deadlines.
    """

    __tablename__ = "urgent_measures"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    measure_type: Mapped[str] = mapped_column(CODE)  # code list: urgent_measure_type
    order_number: Mapped[str | None] = mapped_column(String(60))
    ordered_on: Mapped[date | None] = mapped_column(Date)
    served_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    prosecutor_proposal: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    proposal_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    court_decision: Mapped[str | None] = mapped_column(CODE)  # code list: urgent_court_decision
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    decision_number: Mapped[str | None] = mapped_column(String(60))
    extended_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    appeal_by: Mapped[str | None] = mapped_column(CODE)  # code list: appeal_by
    appeal_outcome: Mapped[str | None] = mapped_column(CODE)  # code list: appeal_outcome
    breach: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    breach_on: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="urgent_measures")


class ProtectionMeasure(Timestamped, Base):
    """A family-law protection measure against domestic violence (Family Law art. 198).

    The court may order several measure types in one decision (child rows). A measure lasts at
    most 12 months (art. 198), enforced here; it may be extended (art. 199) or end early
    (art. 200). `distance_m` is the distance set by an approach ban. `court` names the basic court
    (a place, so a quasi-identifier). `csr_opinion` records that the centre gave the court its
    findings and opinion.
    """

    __tablename__ = "protection_measures"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    distance_m: Mapped[int | None] = mapped_column(Integer)
    plaintiff: Mapped[str | None] = mapped_column(CODE)  # code list: plaintiff
    filed_on: Mapped[date | None] = mapped_column(Date)
    court: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[str | None] = mapped_column(CODE)  # code list: protection_outcome
    ordered_on: Mapped[date | None] = mapped_column(Date)
    duration_months: Mapped[int | None] = mapped_column(Integer)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extended_on: Mapped[date | None] = mapped_column(Date)
    ended_early: Mapped[bool] = mapped_column(Boolean, default=False)
    ended_on: Mapped[date | None] = mapped_column(Date)
    breach: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    csr_opinion: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        CheckConstraint("duration_months BETWEEN 1 AND 12", name="duration_at_most_12_months"),
        CheckConstraint("distance_m > 0", name="distance_positive"),
    )

    case: Mapped[Case] = relationship(back_populates="protection_measures")
    type_rows: Mapped[list[ProtectionMeasureType]] = relationship(**CHILD)
    measure_types: AssociationProxy[list[str]] = association_proxy(
        "type_rows", "code", creator=lambda code: ProtectionMeasureType(code=code)
    )


class ProtectionMeasureType(Base):
    """One measure type ordered (or sought) in a protection-measure case (multi-select)."""

    __tablename__ = "protection_measure_types"

    measure_id: Mapped[str] = mapped_column(
        ForeignKey("protection_measures.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: protection_measure_type


class CriminalProceeding(Timestamped, Base):
    """Criminal or misdemeanour proceedings against the perpetrator, from the complaint to the
    final decision (`final_on`, which also ends the GKS review of the case).

    Offences and sanctions are multi-select child rows; all of it is criminal-offence data
    (sensitive), exported only coded.
    """

    __tablename__ = "criminal_proceedings"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    complaint_filed: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    complaint_on: Mapped[date | None] = mapped_column(Date)
    filed_by: Mapped[str | None] = mapped_column(CODE)  # code list: complaint_filer
    prosecutor_decision: Mapped[str | None] = mapped_column(CODE)  # code list: prosecutor_decision
    decision_on: Mapped[date | None] = mapped_column(Date)
    verdict: Mapped[str | None] = mapped_column(CODE)  # code list: verdict
    verdict_on: Mapped[date | None] = mapped_column(Date)
    detained: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    final_on: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="criminal_proceedings")
    offence_rows: Mapped[list[ProceedingOffence]] = relationship(**CHILD)
    offences: AssociationProxy[list[str]] = association_proxy(
        "offence_rows", "code", creator=lambda code: ProceedingOffence(code=code)
    )
    sanction_rows: Mapped[list[ProceedingSanction]] = relationship(**CHILD)
    sanctions: AssociationProxy[list[str]] = association_proxy(
        "sanction_rows", "code", creator=lambda code: ProceedingSanction(code=code)
    )


class ProceedingOffence(Base):
    """One offence charged or reported in a proceeding (multi-select)."""

    __tablename__ = "proceeding_offences"

    proceeding_id: Mapped[str] = mapped_column(
        ForeignKey("criminal_proceedings.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: criminal_offence


class ProceedingSanction(Base):
    """One sanction imposed in a proceeding (multi-select)."""

    __tablename__ = "proceeding_sanctions"

    proceeding_id: Mapped[str] = mapped_column(
        ForeignKey("criminal_proceedings.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: sanction


class Referral(Timestamped, Base):
    """A referral of the victim to another institution, or from one to the centre (`direction`).

    `consent_to_share` records whether the victim agreed that her data go to the receiving
    institution (GBVIMS: files are shared only within a referral and with consent).
    `answer_received` says whether the other institution reported back.
    """

    __tablename__ = "referrals"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    direction: Mapped[str] = mapped_column(CODE)  # code list: referral_direction
    institution_type: Mapped[str] = mapped_column(CODE)  # code list: referral_institution
    purpose: Mapped[str | None] = mapped_column(CODE)  # code list: referral_purpose
    referred_on: Mapped[date] = mapped_column(Date, index=True)
    answer_received: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_to_share: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state

    case: Mapped[Case] = relationship(back_populates="referrals")


class Feedback(Timestamped, Base):
    """What the victim says about the help she received (ZSNP arts. 29 and 31: information and
    participation). Exported only in aggregate; `comment` is free text, never exported.
    `service_id` names the service the feedback is about, when it is about one (empty: the
    centre's help as a whole); deleting that service keeps the feedback.
    """

    __tablename__ = "feedback_responses"

    id: Mapped[str] = id_column()
    case_id: Mapped[str] = case_fk()
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("services.id", ondelete="SET NULL"), index=True
    )
    given_on: Mapped[date] = mapped_column(Date, index=True)
    informed_of_rights: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    took_part_in_plan: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    feels_safer: Mapped[str | None] = mapped_column(CODE)  # code list: feeling_safer
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    treated_with_respect: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    would_recommend: Mapped[str | None] = mapped_column(CODE)  # code list: tri_state
    comment: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint("satisfaction BETWEEN 1 AND 5", name="satisfaction_1_to_5"),)

    case: Mapped[Case] = relationship(back_populates="feedback")
    service: Mapped[Service | None] = relationship()
