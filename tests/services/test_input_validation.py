"""What a user enters is checked before anything is written, with a message per field in her
language: the JMBG and what it encodes, dates (not in the future, in a sensible order), code
lists, the 12-month limit of a protection measure, references within the case."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from evidencija.db.models import AuditEntry, Incident
from evidencija.db.register import Register
from evidencija.messages import LANGS
from evidencija.services import care, cases, intake, jmbg, legal, people
from evidencija.services.dto import (
    ClosureData,
    FeedbackData,
    IncidentData,
    PersonData,
    ProtectionMeasureData,
    RiskAssessmentData,
    ServiceData,
    UrgentMeasureData,
)
from evidencija.services.validation import ValidationFailed


def at(day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(2025, 3, day, hour, minute, tzinfo=UTC)


def errors_of(failure: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {e.field: e.message_id for e in failure.value.errors}


# ---------------------------------------------------------------------------- JMBG


@pytest.mark.parametrize("number, ok", [
    ("0101985715012", False),   # one digit off
    (jmbg.make(date(1985, 1, 1), "71", 501), True),
    ("0710003730015", True),    # a published example: 7 Oct 2003, male
    ("0710003730016", False),
])
def test_jmbg_check_digit(number: str, ok: bool) -> None:
    assert jmbg.checksum_ok(number) is ok


def test_jmbg_encodes_birth_date_and_sex() -> None:
    number = jmbg.make(date(2003, 10, 7), "73", 1)
    assert jmbg.birth_date(number) == date(2003, 10, 7)
    assert jmbg.sex(number) == "MALE"
    assert jmbg.sex(jmbg.make(date(1954, 2, 28), "85", 499)) == "MALE"
    assert jmbg.sex(jmbg.make(date(1954, 2, 28), "85", 500)) == "FEMALE"
    assert jmbg.birth_date(jmbg.make(date(1954, 2, 28), "85", 500)) == date(1954, 2, 28)


def test_person_with_a_mistyped_jmbg_is_refused(register: Register, make) -> None:
    good = jmbg.make(date(1985, 1, 1), "71", 501)
    typo = good[:12] + str((int(good[12]) + 1) % 10)
    with pytest.raises(ValidationFailed) as failure:
        make.person(jmbg=typo)
    assert errors_of(failure) == {"jmbg": "jmbg_checksum"}
    with pytest.raises(ValidationFailed) as failure:
        make.person(jmbg="01019857150")
    assert errors_of(failure) == {"jmbg": "jmbg_not_13_digits"}


def test_jmbg_must_agree_with_birth_date_and_sex(register: Register, make) -> None:
    number = jmbg.make(date(1985, 1, 1), "71", 501)  # a woman born 1 Jan 1985
    with pytest.raises(ValidationFailed) as failure:
        make.person(jmbg=number, born=date(1985, 1, 2))
    assert errors_of(failure) == {"birth_date": "jmbg_birth_date_mismatch"}
    assert "01.01.1985." in failure.value.errors[0].message("sr_Latn")
    with pytest.raises(ValidationFailed) as failure:
        make.person("Marko", "Ilić", jmbg=number, sex="MALE")
    assert errors_of(failure) == {"sex": "jmbg_sex_mismatch"}
    assert make.person(jmbg=number).jmbg == number


# ---------------------------------------------------------------------------- dates


def test_dates_in_the_future_are_refused(register: Register, make) -> None:
    tomorrow = date.today() + timedelta(days=2)
    with pytest.raises(ValidationFailed) as failure:
        make.case(opened_on=tomorrow)
    assert errors_of(failure) == {"opened_on": "date_in_future"}
    case = make.case()
    with pytest.raises(ValidationFailed) as failure:
        intake.add_incident(register, case.id, IncidentData(
            occurred_at=datetime.now(UTC) + timedelta(hours=2), forms=("PHYSICAL",)))
    assert errors_of(failure) == {"occurred_at": "date_in_future"}
    # A plan's review date and a planned service lie ahead by nature.
    care.add_service(register, case.id, ServiceData(service_type="HOME_VISIT", status="PLANNED",
                                                    started_on=tomorrow))
    with pytest.raises(ValidationFailed) as failure:
        care.add_service(register, case.id, ServiceData(service_type="HOME_VISIT",
                                                        status="DELIVERED", started_on=tomorrow))
    assert errors_of(failure) == {"started_on": "date_in_future"}


def test_case_cannot_close_before_it_opened(register: Register, make) -> None:
    case = make.case(opened_on=date(2025, 3, 10))
    with pytest.raises(ValidationFailed) as failure:
        cases.close_case(register, case.id, ClosureData(closed_on=date(2025, 3, 9),
                                                        reason="GOALS_MET"))
    assert errors_of(failure) == {"closed_on": "date_before_other"}
    cases.close_case(register, case.id, ClosureData(closed_on=date(2025, 3, 10),
                                                    reason="GOALS_MET"))


def test_urgent_measure_steps_in_legal_order(register: Register, make) -> None:
    case = make.case()
    served_before_order = UrgentMeasureData(measure_type="REMOVAL_FROM_DWELLING",
                                            ordered_on=date(2025, 3, 5), served_at=at(4, 20))
    with pytest.raises(ValidationFailed) as failure:
        legal.add_urgent_measure(register, case.id, served_before_order)
    assert errors_of(failure) == {"served_at": "date_before_other"}

    decision_before_proposal = UrgentMeasureData(
        measure_type="REMOVAL_FROM_DWELLING", ordered_on=date(2025, 3, 4), served_at=at(4, 20),
        prosecutor_proposal="YES", proposal_at=at(5, 15),
        court_decision="EXTENDED_30_DAYS", decided_at=at(5, 14))
    with pytest.raises(ValidationFailed) as failure:
        legal.add_urgent_measure(register, case.id, decision_before_proposal)
    assert errors_of(failure) == {"decided_at": "decision_before_proposal"}

    fine = legal.add_urgent_measure(register, case.id, dataclasses.replace(
        decision_before_proposal, decided_at=at(5, 16)))
    # The court's extension runs 30 days from its decision.
    assert fine.extended_until == at(5, 16) + timedelta(days=30)


def test_service_cannot_end_before_it_started(register: Register, make) -> None:
    case = make.case()
    with pytest.raises(ValidationFailed) as failure:
        care.add_service(register, case.id, ServiceData(
            service_type="SHELTER_PLACEMENT", status="DELIVERED",
            started_on=date(2025, 3, 5), ended_on=date(2025, 3, 4)))
    assert errors_of(failure) == {"ended_on": "date_before_other"}


def test_protection_measure_lasts_at_most_twelve_months(register: Register, make) -> None:
    case = make.case()
    measure = ProtectionMeasureData(measure_types=("APPROACH_BAN",), outcome="ORDERED",
                                    filed_on=date(2025, 3, 2), ordered_on=date(2025, 3, 8),
                                    duration_months=13, distance_m=200)
    with pytest.raises(ValidationFailed) as failure:
        legal.add_protection_measure(register, case.id, measure)
    assert errors_of(failure) == {"duration_months": "protection_duration_max_12"}
    saved = legal.add_protection_measure(register, case.id,
                                         dataclasses.replace(measure, duration_months=12))
    assert saved.duration_months == 12
    with pytest.raises(ValidationFailed) as failure:
        legal.add_protection_measure(register, case.id, dataclasses.replace(
            measure, duration_months=6, ordered_on=date(2025, 3, 1)))
    assert errors_of(failure) == {"ordered_on": "date_before_other"}


# ---------------------------------------------------------------------------- codes and refs


def test_codes_must_exist_in_their_lists(register: Register, make) -> None:
    case = make.case()
    with pytest.raises(ValidationFailed) as failure:
        intake.add_incident(register, case.id, IncidentData(
            occurred_at=at(1), forms=("PHYSICAL", "FIZICKO"), weapon="KNIFE",
            municipality_code="RS-99999"))
    assert errors_of(failure) == {"forms": "unknown_code", "weapon": "unknown_code",
                                  "municipality_code": "unknown_municipality"}
    with pytest.raises(ValidationFailed) as failure:
        care.add_risk_assessment(register, case.id, RiskAssessmentData(
            assessed_on=at(1), assessor="POLICE",
            factors={"THREAT_TO_KILL": "MAYBE", "UNHEARD_OF": "YES"}))
    assert [e.field for e in failure.value.errors] == ["factors", "factors"]
    with pytest.raises(ValidationFailed) as failure:
        make.case(case_type="NP")
    assert errors_of(failure) == {"case_type": "unknown_code"}


def test_required_fields_and_every_problem_at_once(register: Register, make) -> None:
    case = make.case()
    with pytest.raises(ValidationFailed) as failure:
        intake.add_incident(register, case.id, IncidentData(
            occurred_at=datetime.now(UTC) + timedelta(days=1), forms=(), injury="BROKEN"))
    assert errors_of(failure) == {"occurred_at": "date_in_future", "forms": "value_required",
                                  "injury": "unknown_code"}
    with pytest.raises(ValidationFailed) as failure:
        make.person("  ", "Petrović")
    assert errors_of(failure) == {"first_name": "value_required"}


def test_failed_check_writes_nothing(register: Register, make) -> None:
    case = make.case()
    with register.session() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(ValidationFailed):
        intake.add_incident(register, case.id, IncidentData(occurred_at=at(1), forms=("NOPE",)))
    with register.session() as s:
        assert s.scalar(select(func.count()).select_from(Incident)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before


def test_file_number_is_unique(register: Register, make) -> None:
    make.case(file_number="551-7/2025")
    with pytest.raises(ValidationFailed) as failure:
        make.case(file_number=" 551-7/2025 ")
    assert errors_of(failure) == {"file_number": "file_number_taken"}


def test_records_link_only_within_their_case(register: Register, make) -> None:
    one, other = make.case(), make.case()
    stranger = make.victim_in(other.id)
    with pytest.raises(ValidationFailed) as failure:
        care.add_service(register, one.id, ServiceData(service_type="INFORMATION",
                                                       participant_id=stranger))
    assert errors_of(failure) == {"participant_id": "unknown_reference"}


def test_feedback_rating_is_one_to_five(register: Register, make) -> None:
    case = make.case()
    with pytest.raises(ValidationFailed) as failure:
        legal.add_feedback(register, case.id, FeedbackData(given_on=date(2025, 3, 3),
                                                           satisfaction=6))
    assert errors_of(failure) == {"satisfaction": "satisfaction_1_to_5"}


def test_status_cannot_be_set_to_closed_by_an_edit(register: Register, make) -> None:
    case = make.case()
    with pytest.raises(ValidationFailed) as failure:
        cases.update_case(register, case.id, dataclasses.replace(case, status="PASSIVE"))
    assert errors_of(failure) == {"status": "status_set_by_closure"}


def test_plan_measure_done_on_time_must_be_done_by_its_deadline(register: Register, make) -> None:
    from evidencija.services.dto import PlanData, PlanMeasureData

    case = make.case()
    plan = care.add_plan(register, case.id, PlanData(drawn_up_on=date(2025, 3, 3)))
    late = PlanMeasureData(kind="SUPPORT", measure="PSYCHOSOCIAL_SUPPORT", status="DONE_ON_TIME",
                           deadline=date(2025, 3, 10), done_on=date(2025, 3, 12))
    with pytest.raises(ValidationFailed) as failure:
        care.add_plan_measure(register, plan.id, late)
    assert errors_of(failure) == {"status": "done_after_deadline"}
    care.add_plan_measure(register, plan.id, dataclasses.replace(late, status="DONE_LATE"))


# ---------------------------------------------------------------------------- messages


def test_messages_are_translated_and_complete(register: Register, make) -> None:
    with pytest.raises(ValidationFailed) as failure:
        make.person(jmbg="0101985715013", birth_date=None, phone="  ")
    texts = {lang: failure.value.message(lang) for lang in LANGS}
    assert len(set(texts.values())) == len(LANGS)
    for lang, text in texts.items():
        assert "jmbg" in text
        assert not re.search(r"\{\w+\}", text), (lang, text)
    assert "контролна" in texts["sr_Cyrl"]


def test_person_data_round_trips(register: Register, make) -> None:
    person = make.person(disabilities=("SENSORY", "PHYSICAL"), ethnicity="ROMA",
                         address=" Kneza Miloša 5 ")
    assert person.disabilities == ("PHYSICAL", "SENSORY")
    assert person.address == "Kneza Miloša 5"
    again = people.update_person(register, person.id, PersonData(
        **{f.name: getattr(person, f.name) for f in dataclasses.fields(PersonData)}))
    assert again == person
