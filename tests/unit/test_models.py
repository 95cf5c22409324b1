"""The register's schema holds a whole case, gives it back through the relationships, deletes a
case with everything that belongs to it (and nothing else), and refuses impossible values."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from evidencija.db.models import (
    Base,
    Case,
    CaseDocument,
    Closure,
    ContactEntry,
    CriminalProceeding,
    DocumentContent,
    DraftEdit,
    Feedback,
    Incident,
    Meeting,
    Participant,
    Person,
    PlanMeasure,
    ProtectionMeasure,
    ProtectionPlan,
    Referral,
    Relationship,
    Report,
    RiskAssessment,
    Service,
    UrgentMeasure,
    User,
)

# Tables that outlive a case: people, staff and register-wide data.
NOT_CASE_DATA = {
    "persons",
    "person_disabilities",
    "users",
    "centre",
    "settings",
    "audit_log",
    "municipalities",
    "outbox_items",
    "outbox_settings",
    # the coordination mechanisms are the centre's, not a case's
    "mechanisms",
    "mechanism_members",
    "mechanism_meetings",
    "mechanism_attendance",
    "mechanism_decisions",
}


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2025, 3, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def engine() -> Iterator[Engine]:
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection: Any, _record: Any) -> None:
        # As the real register does: without it SQLite ignores ON DELETE CASCADE.
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


def add_case(session: Session) -> str:
    """One case with something in every table; returns the case id."""
    worker = User(username="mmarkovic", display_name="Milica Marković", role="CASEWORKER")
    victim_person = Person(
        first_name="Jelena",
        last_name="Petrović",
        jmbg="0101985715012",
        sex="FEMALE",
        birth_date=date(1985, 1, 1),
        has_disability="YES",
        disabilities=["PHYSICAL"],
        safe_contact=True,
    )
    perpetrator_person = Person(
        first_name="Marko",
        last_name="Petrović",
        sex="MALE",
        substance_misuse="YES",
        weapon_access="NO",
    )
    case = Case(
        file_number="551-02-17/2025",
        centre_municipality_code="70645",
        victim_municipality_code="70645",
        opened_on=date(2025, 3, 2),
        case_manager=worker,
        case_type="DOMESTIC",
        status="OPEN",
        response_priority="IMMEDIATE",
        repeat_case="NO",
        first_contact_at=at(2, 15),
        search_text="jelena petrovic marko petrovic 551-02-17/2025",
    )
    victim = Participant(person=victim_person, role="VICTIM")
    perpetrator = Participant(person=perpetrator_person, role="PERPETRATOR")
    case.participants = [victim, perpetrator]
    case.relationships = [
        Relationship(
            victim=victim,
            perpetrator=perpetrator,
            relation="SPOUSE",
            living_together="YES",
            custody_dispute="NO",
        )
    ]
    case.reports = [
        Report(
            received_at=at(2, 9),
            channel="PHONE",
            reporter_type="POLICE",
            intake_worker=worker,
            victim_consent="YES",
            immediate_intervention=True,
        )
    ]
    case.incidents = [
        Incident(
            occurred_at=at(1, 22),
            municipality_code="70645",
            location_type="SHARED_HOME",
            settlement="Grošnica",
            injury="LIGHT",
            forms=["PHYSICAL", "PSYCHOLOGICAL"],
        )
    ]
    assessment = RiskAssessment(
        assessed_on=at(2, 11),
        assessor="POLICE",
        level="HIGH",
        imminent_danger=True,
        victim_view="HIGH",
        sent_to=["PROSECUTION", "COURT"],
    )
    assessment.factors["R_THREAT_TO_KILL"] = "YES"
    assessment.factors["R_WEAPON"] = "NO"
    case.risk_assessments = [assessment]
    measure = PlanMeasure(
        kind="SUPPORT",
        measure="PSYCHOSOCIAL_SUPPORT",
        institution="CSR",
        responsible_user=worker,
        deadline=date(2025, 3, 20),
        status="PLANNED",
    )
    plan = ProtectionPlan(
        drawn_up_on=date(2025, 3, 4), author="GKS", victim_signed=True, measures=[measure]
    )
    plan.members.append(victim)
    case.protection_plans = [plan]
    case.services = [
        Service(
            service_type="PSYCHOSOCIAL_SUPPORT",
            provider_type="CSR",
            participant=victim,
            started_on=date(2025, 3, 5),
            status="IN_PROGRESS",
            plan_measure=measure,
        )
    ]
    case.meetings = [
        Meeting(
            meeting_type="GKS_MEETING",
            held_on=date(2025, 3, 4),
            chair="PROSECUTION",
            victim_present=True,
            case_list="NEW",
            institutions=["POLICE", "CSR", "PROSECUTION"],
            decisions=["PLAN_MADE", "PROPOSE_EXTENSION"],
        )
    ]
    case.urgent_measures = [
        UrgentMeasure(
            measure_type="REMOVAL_FROM_HOME",
            order_number="PU-KG 12/25",
            ordered_on=date(2025, 3, 2),
            served_at=at(2, 10),
            prosecutor_proposal="YES",
            proposal_at=at(3, 8),
            court_decision="EXTENDED_30_DAYS",
            decided_at=at(3, 16),
            extended_until=datetime(2025, 4, 2, 10, tzinfo=UTC),
        )
    ]
    case.protection_measures = [
        ProtectionMeasure(
            measure_types=["EVICTION", "APPROACH_BAN"],
            distance_m=200,
            plaintiff="CSR_GUARDIANSHIP",
            duration_months=12,
        )
    ]
    case.criminal_proceedings = [
        CriminalProceeding(
            complaint_filed="YES",
            complaint_on=date(2025, 3, 3),
            filed_by="POLICE",
            offences=["KZ194", "KZ138"],
            sanctions=["SUSPENDED"],
        )
    ]
    case.referrals = [
        Referral(
            direction="SENT_TO",
            institution_type="FREE_LEGAL_AID",
            purpose="LEGAL",
            referred_on=date(2025, 3, 5),
            consent_to_share="YES",
        )
    ]
    case.feedback = [Feedback(given_on=date(2025, 3, 28), feels_safer="MORE", satisfaction=5)]
    case.contacts = [
        ContactEntry(
            contacted_on=date(2025, 3, 6),
            contact_type="PHONE",
            counterpart="INSTITUTION",
            institution="POLICE",
            staff_user=worker,
            note="...",
        )
    ]
    case.documents = [
        CaseDocument(doc_type="COURT_DECISION", title="Rešenje", file_name="resenje.pdf",
                     media_type="application/pdf", size_bytes=9, sha256="0" * 64,
                     content=DocumentContent(data=b"%PDF-1.7\n"))
    ]
    case.closure = Closure(closed_on=date(2025, 3, 31), reason="GOALS_MET")
    case.drafts = [DraftEdit(user=worker, form_key="closure:new", payload='{"note": "..."}')]
    session.add(case)
    session.commit()
    return case.id


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in Base.metadata.tables.items()
        }


def test_a_whole_case_reads_back_through_its_relationships(engine: Engine) -> None:
    with Session(engine) as session:
        case_id = add_case(session)

    with Session(engine) as session:
        case = session.get_one(Case, case_id)
        assert case.version_id == 1
        assert case.case_manager is not None
        assert case.case_manager.username == "mmarkovic"
        assert case.drafts[0].form_key == "closure:new"
        roles = {p.role: p.person for p in case.participants}
        assert roles["VICTIM"].first_name == "Jelena"
        assert roles["VICTIM"].disabilities == ["PHYSICAL"]
        pair = case.relationships[0]
        assert (pair.victim.person.first_name, pair.perpetrator.person.first_name) == (
            "Jelena",
            "Marko",
        )
        assert pair.relation == "SPOUSE"
        assert case.reports[0].intake_worker is not None
        assert case.reports[0].intake_worker.username == "mmarkovic"
        assert case.reports[0].received_at == at(2, 9)  # comes back timezone-aware
        assert sorted(case.incidents[0].forms) == ["PHYSICAL", "PSYCHOLOGICAL"]
        assessment = case.risk_assessments[0]
        assert dict(assessment.factors) == {"R_THREAT_TO_KILL": "YES", "R_WEAPON": "NO"}
        assert sorted(assessment.sent_to) == ["COURT", "PROSECUTION"]
        plan = case.protection_plans[0]
        assert [m.person.first_name for m in plan.members] == ["Jelena"]
        service = case.services[0]
        assert service.participant is roles["VICTIM"].participations[0]
        assert service.plan_measure is plan.measures[0]
        assert plan.measures[0].services == [service]
        assert sorted(case.meetings[0].decisions) == ["PLAN_MADE", "PROPOSE_EXTENSION"]
        assert len(case.meetings[0].institutions) == 3
        assert case.urgent_measures[0].court_decision == "EXTENDED_30_DAYS"
        assert sorted(case.protection_measures[0].measure_types) == ["APPROACH_BAN", "EVICTION"]
        assert sorted(case.criminal_proceedings[0].offences) == ["KZ138", "KZ194"]
        assert case.criminal_proceedings[0].sanctions == ["SUSPENDED"]
        assert case.referrals[0].institution_type == "FREE_LEGAL_AID"
        assert case.feedback[0].satisfaction == 5
        assert case.closure is not None
        assert case.closure.reason == "GOALS_MET"

    # Multi-select values are rows that SQL can count.
    with engine.connect() as conn:
        forms = conn.execute(text("SELECT code FROM incident_forms ORDER BY code")).scalars()
        assert list(forms) == ["PHYSICAL", "PSYCHOLOGICAL"]


@pytest.mark.parametrize("loaded", [True, False], ids=["children-loaded", "nothing-loaded"])
def test_deleting_a_case_removes_its_records_but_not_the_people(
    engine: Engine, loaded: bool
) -> None:
    with Session(engine) as session:
        case_id = add_case(session)
    before = counts(engine)
    assert all(n > 0 for name, n in before.items() if name not in NOT_CASE_DATA)

    with Session(engine) as session:
        case = session.get_one(Case, case_id)
        if loaded:  # the ORM deletes what it holds, in an order the foreign keys accept
            for rel in Case.__mapper__.relationships:
                getattr(case, rel.key)
            for plan in case.protection_plans:
                _ = plan.members, plan.measures
        session.delete(case)
        session.commit()

    after = counts(engine)
    left_over = {name: n for name, n in after.items() if n and name not in NOT_CASE_DATA}
    assert left_over == {}
    assert after["persons"] == 2
    assert after["person_disabilities"] == 1
    assert after["users"] == 1


def test_a_person_still_in_a_case_cannot_be_deleted(engine: Engine) -> None:
    with Session(engine) as session:
        add_case(session)
        person = session.scalars(select(Person).where(Person.first_name == "Marko")).one()
        session.delete(person)
        with pytest.raises(IntegrityError):
            session.flush()


def test_a_person_holds_each_role_once_per_case(engine: Engine) -> None:
    with Session(engine) as session:
        case = session.get_one(Case, add_case(session))
        victim = next(p.person for p in case.participants if p.role == "VICTIM")
        case.participants.append(Participant(person=victim, role="REPORTER"))
        session.flush()  # another role in the same case is fine
        case.participants.append(Participant(person=victim, role="VICTIM"))
        with pytest.raises(IntegrityError):
            session.flush()


def test_a_protection_measure_lasts_at_most_12_months(engine: Engine) -> None:
    with Session(engine) as session:
        case = session.get_one(Case, add_case(session))
        case.protection_measures.append(ProtectionMeasure(duration_months=13))
        with pytest.raises(IntegrityError, match="duration_at_most_12_months"):
            session.flush()


def test_satisfaction_is_1_to_5(engine: Engine) -> None:
    with Session(engine) as session:
        case = session.get_one(Case, add_case(session))
        case.feedback.append(Feedback(given_on=date(2025, 4, 1), satisfaction=6))
        with pytest.raises(IntegrityError, match="satisfaction_1_to_5"):
            session.flush()


def test_saving_a_stale_copy_of_a_case_fails(engine: Engine) -> None:
    with Session(engine) as session:
        case = session.get_one(Case, add_case(session))
        case.status = "ACTIVE_GKS"
        session.commit()
        assert case.version_id == 2

        # A colleague saves the case meanwhile; this session's copy is now stale.
        session.connection().execute(text("UPDATE cases SET version_id = version_id + 1"))
        case.status = "PASSIVE"
        with pytest.raises(StaleDataError):
            session.flush()
