"""The legal track of a case and the victim's view of the help: urgent measures, family-law
protection measures, criminal proceedings, referrals and feedback (data dictionary §1.10–1.14).

The order of legal steps is checked as the law sets it: an urgent order is served after it is
made, the prosecutor proposes after service, the court decides after the proposal; a protection
measure lasts at most 12 months (Family Law art. 198).
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from ..db import codes
from ..db.models import (
    Case,
    CriminalProceeding,
    Feedback,
    Municipality,
    ProceedingOffence,
    ProceedingSanction,
    ProtectionMeasure,
    ProtectionMeasureType,
    Referral,
    UrgentMeasure,
)
from ..db.register import Register
from . import legal_clocks, records
from .dto import (
    CriminalProceedingData,
    CriminalProceedingInfo,
    FeedbackData,
    FeedbackInfo,
    ProtectionMeasureData,
    ProtectionMeasureInfo,
    ReferralData,
    ReferralInfo,
    UrgentMeasureData,
    UrgentMeasureInfo,
)
from .records import Kind
from .validation import Checker

EXTENSION = legal_clocks.CLOCKS["EXTENDED_MEASURE_END"].period  # ZSNP art. 21
MAX_PROTECTION_MONTHS = 12  # Family Law art. 198


def _urgent_rule(checker: Checker, session: Session, case: Case, parent: object,
                 data: UrgentMeasureData, current: object) -> None:
    law = legal_clocks.law_of(data.measure_type)
    # A new measure is one of the centre's jurisdiction: a Kosovo centre records Kosovo orders
    # (and runs their clocks), a Serbian centre ZSNP measures. Older records keep their type.
    centre = session.get(Municipality, case.centre_municipality_code) \
        if case.centre_municipality_code else None
    if current is None and centre is not None and centre.jurisdiction != law:
        checker.add("measure_type", "measure_of_another_jurisdiction")
    if data.court_decision is not None and \
            codes.code_list("urgent_court_decision").get(data.court_decision).group != law:
        checker.add("court_decision", "decision_not_for_this_order")
    if law == "XK":
        _kosovo_order_rule(checker, data)
        return
    checker.order("ordered_on", data.ordered_on, "served_at", data.served_at)
    checker.order("served_at", data.served_at, "proposal_at", data.proposal_at)
    checker.order("proposal_at", data.proposal_at, "decided_at", data.decided_at,
                  "decision_before_proposal")
    checker.order("served_at", data.served_at, "decided_at", data.decided_at)
    checker.order("decided_at", data.decided_at, "extended_until", data.extended_until)
    checker.order("served_at", data.served_at, "breach_on", data.breach_on)
    if data.court_decision is not None and data.court_decision != "NO_PROPOSAL" \
            and data.decided_at is None:
        checker.add("decided_at", "value_required")
    if data.appeal_outcome is not None and data.appeal_by in (None, "NONE"):
        checker.add("appeal_by", "value_required")


def _kosovo_order_rule(checker: Checker, data: UrgentMeasureData) -> None:
    """A Kosovo court order: petition, then decision, then service; a police interim order is
    served when it is made. No prosecutor's proposal or appeal fields belong to them."""
    checker.order("ordered_on", data.ordered_on, "served_at", data.served_at)
    checker.order("proposal_at", data.proposal_at, "decided_at", data.decided_at,
                  "decision_before_petition")
    checker.order("decided_at", data.decided_at, "served_at", data.served_at)
    checker.order("decided_at", data.decided_at, "extended_until", data.extended_until)
    if data.court_decision is not None and data.decided_at is None:
        checker.add("decided_at", "value_required")


def _derive_extension(data: UrgentMeasureData) -> UrgentMeasureData:
    if data.court_decision == "EXTENDED_30_DAYS" and data.decided_at and not data.extended_until:
        return dataclasses.replace(data, extended_until=data.decided_at + EXTENSION)
    return data


def _protection_rule(checker: Checker, session: Session, case: Case, parent: object,
                     data: ProtectionMeasureData, current: object) -> None:
    if data.duration_months is not None and not 1 <= data.duration_months <= MAX_PROTECTION_MONTHS:
        checker.add("duration_months", "protection_duration_max_12")
    if data.distance_m is not None and data.distance_m <= 0:
        checker.add("distance_m", "number_positive")
    checker.order("filed_on", data.filed_on, "ordered_on", data.ordered_on)
    checker.order("ordered_on", data.ordered_on, "extended_on", data.extended_on)
    checker.order("ordered_on", data.ordered_on, "ended_on", data.ended_on)
    if data.outcome == "ORDERED":
        for name in ("ordered_on", "duration_months"):
            if getattr(data, name) is None:
                checker.add(name, "value_required")
    if data.extended and data.extended_on is None:
        checker.add("extended_on", "value_required")
    if data.ended_early and data.ended_on is None:
        checker.add("ended_on", "value_required")


def _proceeding_rule(checker: Checker, session: Session, case: Case, parent: object,
                     data: CriminalProceedingData, current: object) -> None:
    checker.order("complaint_on", data.complaint_on, "decision_on", data.decision_on)
    checker.order("decision_on", data.decision_on, "verdict_on", data.verdict_on)
    checker.order("verdict_on", data.verdict_on, "final_on", data.final_on)


def _feedback_rule(checker: Checker, session: Session, case: Case, parent: object,
                   data: FeedbackData, current: object) -> None:
    if data.satisfaction is not None and not 1 <= data.satisfaction <= 5:
        checker.add("satisfaction", "satisfaction_1_to_5")


URGENT_MEASURE = Kind("urgent_measure", UrgentMeasure, UrgentMeasureData, UrgentMeasureInfo,
                      rule=_urgent_rule, derive=_derive_extension)
PROTECTION_MEASURE = Kind(
    "protection_measure", ProtectionMeasure, ProtectionMeasureData, ProtectionMeasureInfo,
    rule=_protection_rule, rows={"measure_types": ("type_rows", ProtectionMeasureType, "code")},
)
CRIMINAL_PROCEEDING = Kind(
    "criminal_proceeding", CriminalProceeding, CriminalProceedingData, CriminalProceedingInfo,
    rule=_proceeding_rule,
    rows={"offences": ("offence_rows", ProceedingOffence, "code"),
          "sanctions": ("sanction_rows", ProceedingSanction, "code")},
)
REFERRAL = Kind("referral", Referral, ReferralData, ReferralInfo)
FEEDBACK = Kind(
    "feedback", Feedback, FeedbackData, FeedbackInfo, rule=_feedback_rule,
    extras=lambda f: {"service_type": f.service.service_type if f.service else None},
)


def add_urgent_measure(register: Register, case_id: str,
                       data: UrgentMeasureData) -> UrgentMeasureInfo:
    """Record a police urgent measure; its legal clock starts at `served_at`."""
    return records.create(register, URGENT_MEASURE, case_id, data)


def update_urgent_measure(register: Register, measure_id: str,
                          data: UrgentMeasureData) -> UrgentMeasureInfo:
    """Record the next steps (proposal, court decision, appeal, breach) of an urgent measure."""
    return records.update(register, URGENT_MEASURE, measure_id, data)


def delete_urgent_measure(register: Register, measure_id: str) -> None:
    records.delete(register, URGENT_MEASURE, measure_id)


def add_protection_measure(register: Register, case_id: str,
                           data: ProtectionMeasureData) -> ProtectionMeasureInfo:
    """Record a family-law protection measure (at most 12 months)."""
    return records.create(register, PROTECTION_MEASURE, case_id, data)


def update_protection_measure(register: Register, measure_id: str,
                              data: ProtectionMeasureData) -> ProtectionMeasureInfo:
    return records.update(register, PROTECTION_MEASURE, measure_id, data)


def delete_protection_measure(register: Register, measure_id: str) -> None:
    records.delete(register, PROTECTION_MEASURE, measure_id)


def add_criminal_proceeding(register: Register, case_id: str,
                            data: CriminalProceedingData) -> CriminalProceedingInfo:
    """Record criminal or misdemeanour proceedings; `final_on` ends the GKS review clock."""
    return records.create(register, CRIMINAL_PROCEEDING, case_id, data)


def update_criminal_proceeding(register: Register, proceeding_id: str,
                               data: CriminalProceedingData) -> CriminalProceedingInfo:
    return records.update(register, CRIMINAL_PROCEEDING, proceeding_id, data)


def delete_criminal_proceeding(register: Register, proceeding_id: str) -> None:
    records.delete(register, CRIMINAL_PROCEEDING, proceeding_id)


def add_referral(register: Register, case_id: str, data: ReferralData) -> ReferralInfo:
    """Record a referral to or from another institution."""
    return records.create(register, REFERRAL, case_id, data)


def update_referral(register: Register, referral_id: str, data: ReferralData) -> ReferralInfo:
    return records.update(register, REFERRAL, referral_id, data)


def delete_referral(register: Register, referral_id: str) -> None:
    records.delete(register, REFERRAL, referral_id)


def add_feedback(register: Register, case_id: str, data: FeedbackData) -> FeedbackInfo:
    """Record what the victim says about the help she received."""
    return records.create(register, FEEDBACK, case_id, data)


def update_feedback(register: Register, feedback_id: str, data: FeedbackData) -> FeedbackInfo:
    return records.update(register, FEEDBACK, feedback_id, data)


def delete_feedback(register: Register, feedback_id: str) -> None:
    records.delete(register, FEEDBACK, feedback_id)
