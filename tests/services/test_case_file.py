"""The case file comes back whole, as plain data, in one call; edits based on a stale copy are
refused."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import DeclarativeBase

from evidencija.db.register import Register
from evidencija.services import care, casefile, cases, intake, legal, people
from evidencija.services.dto import (
    CaseFile,
    ClosureData,
    CriminalProceedingData,
    FeedbackData,
    IncidentData,
    MeetingData,
    PlanData,
    PlanMeasureData,
    ProtectionMeasureData,
    ReferralData,
    RelationshipData,
    ReportData,
    RiskAssessmentData,
    ServiceData,
    UrgentMeasureData,
)
from evidencija.services.validation import EditedElsewhere


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2025, 3, day, hour, tzinfo=UTC)


def test_complete_case_file(register: Register, make, staff: dict[str, str]) -> None:
    case = make.case(case_manager_id=staff["marko"], internal_team=True)
    victim = make.victim_in(case.id)
    him = make.person("Dragan", "Petrović", born=date(1982, 6, 1), sex="MALE")
    perpetrator = people.add_participant(register, case.id, him.id, "PERPETRATOR").id
    people.add_relationship(register, case.id, RelationshipData(
        victim_id=victim, perpetrator_id=perpetrator, relation="SPOUSE", living_together="YES"))
    intake.add_report(register, case.id, ReportData(received_at=at(1, 9), channel="PHONE",
                                                    reporter_type="POLICE",
                                                    intake_worker_id=staff["jovana"]))
    intake.add_incident(register, case.id, IncidentData(
        occurred_at=at(1, 2), forms=("PHYSICAL", "PSYCHOLOGICAL"), weapon="COLD_WEAPON",
        municipality_code="RS-70645", children_present="YES"))
    care.add_risk_assessment(register, case.id, RiskAssessmentData(
        assessed_on=at(1, 11), assessor="POLICE", level="HIGH", imminent_danger=True,
        factors={"THREAT_TO_KILL": "YES", "POSSESSES_WEAPON": "NO"}, sent_to=("CSR", "COURT")))
    plan = care.add_plan(register, case.id, PlanData(drawn_up_on=date(2025, 3, 5),
                                                     member_ids=(victim,)))
    measure = care.add_plan_measure(register, plan.id, PlanMeasureData(
        kind="SUPPORT", measure="PSYCHOSOCIAL_SUPPORT", deadline=date(2025, 3, 20),
        responsible_user_id=staff["marko"]))
    care.add_service(register, case.id, ServiceData(
        service_type="PSYCHOSOCIAL_SUPPORT", status="IN_PROGRESS", participant_id=victim,
        started_on=date(2025, 3, 6), plan_measure_id=measure.id))
    care.add_meeting(register, case.id, MeetingData(
        meeting_type="GKS_MEETING", held_on=date(2025, 3, 5), chair="PROSECUTION",
        institutions=("POLICE", "CSR", "BASIC_PROSECUTION"), decisions=("PLAN_DRAWN_UP",)))
    legal.add_urgent_measure(register, case.id, UrgentMeasureData(
        measure_type="REMOVAL_FROM_DWELLING", ordered_on=date(2025, 3, 1), served_at=at(1, 4)))
    legal.add_protection_measure(register, case.id, ProtectionMeasureData(
        measure_types=("EVICTION",), plaintiff="CSR_GUARDIANSHIP_AUTHORITY",
        filed_on=date(2025, 3, 3), outcome="PENDING"))
    legal.add_criminal_proceeding(register, case.id, CriminalProceedingData(
        complaint_filed="YES", complaint_on=date(2025, 3, 1), filed_by="POLICE",
        offences=("DOMESTIC_VIOLENCE",)))
    legal.add_referral(register, case.id, ReferralData(
        direction="SENT_TO", institution_type="SHELTER", referred_on=date(2025, 3, 2),
        consent_to_share="YES"))
    legal.add_feedback(register, case.id, FeedbackData(given_on=date(2025, 3, 25),
                                                       feels_safer="MORE", satisfaction=4))

    f = casefile.get_case_file(register, case.id)
    assert isinstance(f, CaseFile)
    assert f.case.internal_team and f.case_manager_name == "Marko Marković"
    assert [(p.role, p.last_name) for p in f.participants] == [("PERPETRATOR", "Petrović"),
                                                              ("VICTIM", "Petrović")]
    assert f.relationships[0].living_together == "YES"
    assert f.reports[0].intake_worker_id == staff["jovana"]
    assert f.incidents[0].forms == ("PHYSICAL", "PSYCHOLOGICAL")
    assert f.risk_assessments[0].factors == {"POSSESSES_WEAPON": "NO", "THREAT_TO_KILL": "YES"}
    assert f.risk_assessments[0].sent_to == ("COURT", "CSR")
    assert f.plans[0].member_ids == (victim,)
    assert f.plans[0].measures[0].id == measure.id
    assert f.services[0].plan_measure_id == measure.id
    assert f.meetings[0].institutions == ("BASIC_PROSECUTION", "CSR", "POLICE")
    assert f.urgent_measures[0].served_at == at(1, 4)
    assert f.protection_measures[0].measure_types == ("EVICTION",)
    assert f.criminal_proceedings[0].offences == ("DOMESTIC_VIOLENCE",)
    assert f.referrals[0].institution_type == "SHELTER"
    assert f.feedback[0].satisfaction == 4
    assert f.closure is None and not f.closed
    assert not _holds_orm_objects(f)

    cases.close_case(register, case.id, ClosureData(closed_on=date(2025, 4, 1),
                                                    reason="GOALS_MET"))
    assert casefile.get_case_file(register, case.id).closure.reason == "GOALS_MET"  # type: ignore[union-attr]


def _holds_orm_objects(value: object) -> bool:
    if isinstance(value, DeclarativeBase):
        return True
    if dataclasses.is_dataclass(value):
        return any(_holds_orm_objects(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, tuple | list):
        return any(_holds_orm_objects(v) for v in value)
    if isinstance(value, dict):
        return any(_holds_orm_objects(v) for v in value.values())
    return False


def test_dtos_are_frozen(register: Register, make) -> None:
    case = make.case()
    with pytest.raises(dataclasses.FrozenInstanceError):
        case.file_number = "x"  # type: ignore[misc]


def test_stale_edit_is_refused(register: Register, make, as_user, staff: dict[str, str]) -> None:
    case = make.case(case_manager_id=staff["marko"])
    cases.update_case(register, case.id, dataclasses.replace(case, internal_team=True),
                      expected_version=case.version_id)
    with pytest.raises(EditedElsewhere):
        cases.update_case(register, case.id, dataclasses.replace(case, repeat_case="YES"),
                          expected_version=case.version_id)
    assert cases.get_case(register, case.id).repeat_case is None
