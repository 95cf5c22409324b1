"""Every write leaves an audit entry with who, what and each field before and after; opening
identity data leaves a VIEW entry; the chain stays intact through many writes and shows any
tampering with a stored entry."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from evidencija.db.models import AuditEntry
from evidencija.db.register import Register
from evidencija.services import audit, care, casefile, intake, legal, people
from evidencija.services.dto import IncidentData, RiskAssessmentData, UrgentMeasureData


def entries(register: Register, **where: str) -> list[AuditEntry]:
    with register.session() as s:
        stmt = select(AuditEntry).order_by(AuditEntry.seq)
        for column, value in where.items():
            stmt = stmt.where(getattr(AuditEntry, column) == value)
        return list(s.scalars(stmt))


def test_update_records_each_changed_field_before_and_after(register: Register, make,
                                                            staff: dict[str, str]) -> None:
    case = make.case()
    incident = intake.add_incident(register, case.id, IncidentData(
        occurred_at=datetime(2025, 3, 1, 22, tzinfo=UTC), forms=("PHYSICAL",), weapon="NONE"))
    intake.update_incident(register, incident.id, dataclasses.replace(
        incident, weapon="COLD_WEAPON", forms=("PHYSICAL", "PSYCHOLOGICAL"), injury="LIGHT"))

    created, updated = entries(register, entity="incident")
    assert created.action == "CREATE" and updated.action == "UPDATE"
    assert updated.user_id == staff["vesna"]
    assert updated.entity_id == incident.id
    assert json.loads(updated.changes) == {
        "weapon": ["NONE", "COLD_WEAPON"],
        "forms": [["PHYSICAL"], ["PHYSICAL", "PSYCHOLOGICAL"]],
        "injury": [None, "LIGHT"],
    }
    assert json.loads(created.changes)["case_id"] == [None, case.id]


def test_saving_unchanged_data_writes_no_entry(register: Register, make) -> None:
    case = make.case()
    assessment = care.add_risk_assessment(register, case.id, RiskAssessmentData(
        assessed_on=datetime(2025, 3, 2, 9, tzinfo=UTC), assessor="POLICE", level="HIGH",
        factors={"THREAT_TO_KILL": "YES", "POSSESSES_WEAPON": "UNKNOWN"}))
    count = len(entries(register))
    care.update_risk_assessment(register, assessment.id, assessment)
    assert len(entries(register)) == count
    care.update_risk_assessment(register, assessment.id, dataclasses.replace(
        assessment, factors={"THREAT_TO_KILL": "YES", "POSSESSES_WEAPON": "NO"}))
    last = entries(register)[-1]
    assert json.loads(last.changes) == {"factors": [
        {"POSSESSES_WEAPON": "UNKNOWN", "THREAT_TO_KILL": "YES"},
        {"POSSESSES_WEAPON": "NO", "THREAT_TO_KILL": "YES"},
    ]}


def test_delete_keeps_what_was_deleted(register: Register, make) -> None:
    case = make.case()
    measure = legal.add_urgent_measure(register, case.id, UrgentMeasureData(
        measure_type="CONTACT_APPROACH_BAN", order_number="HM-17/25",
        served_at=datetime(2025, 3, 4, 20, tzinfo=UTC)))
    legal.delete_urgent_measure(register, measure.id)
    last = entries(register)[-1]
    assert (last.action, last.entity, last.entity_id) == ("DELETE", "urgent_measure", measure.id)
    changes = json.loads(last.changes)
    assert changes["order_number"] == ["HM-17/25", None]
    assert changes["case_id"] == [case.id, None]


def test_opening_identity_data_is_recorded(register: Register, make, as_user,
                                           staff: dict[str, str]) -> None:
    person = make.person()
    as_user("citalac")
    seen = people.view_person_identity(register, person.id)
    assert seen.jmbg == person.jmbg
    last = entries(register)[-1]
    assert (last.action, last.entity, last.entity_id, last.user_id) == (
        "VIEW", "person", person.id, staff["citalac"])


def test_opening_a_case_file_is_recorded(register: Register, make) -> None:
    case = make.case()
    make.victim_in(case.id)
    casefile.get_case_file(register, case.id)
    last = entries(register)[-1]
    assert (last.action, last.entity, last.entity_id) == ("VIEW", "case", case.id)


def test_chain_intact_after_many_writes_and_broken_by_tampering(register: Register,
                                                                make) -> None:
    for n in range(12):
        case = make.case()
        victim = make.victim_in(case.id, "Ana", f"Ilić{n}", born=date(1980, 1, 1 + n))
        incident = intake.add_incident(register, case.id, IncidentData(
            occurred_at=datetime(2025, 3, 1, 22, tzinfo=UTC), forms=("PHYSICAL",)))
        intake.update_incident(register, incident.id, dataclasses.replace(incident,
                                                                          injury="LIGHT"))
        people.remove_participant(register, victim)
    with register.session() as s:
        report = audit.verify_chain(s)
    assert report.intact and report.entries > 60

    target = entries(register, entity="incident", action="UPDATE")[3]
    with register.session() as s, s.begin():
        # Someone with the key edits history directly: the injury was "serious" after all.
        s.execute(text("UPDATE audit_log SET changes = :c WHERE seq = :seq"),
                  {"c": target.changes.replace("LIGHT", "SERIOUS"), "seq": target.seq})
    with register.session() as s:
        report = audit.verify_chain(s)
    assert not report.intact
    assert report.first_broken_seq == target.seq


def test_deleting_an_audit_entry_breaks_the_chain(register: Register, make) -> None:
    for _ in range(3):
        make.case()
    victim_seq = entries(register, entity="case")[1].seq
    with register.session() as s, s.begin():
        s.execute(text("DELETE FROM audit_log WHERE seq = :seq"), {"seq": victim_seq})
    with register.session() as s:
        assert audit.verify_chain(s).first_broken_seq == victim_seq + 1


def test_nothing_is_deleted_along_with_a_record_unrecorded(register: Register, make) -> None:
    from evidencija.errors import KnownError
    from evidencija.services.dto import PlanData, PlanMeasureData, ServiceData

    case = make.case()
    plan = care.add_plan(register, case.id, PlanData(drawn_up_on=date(2025, 3, 5)))
    measure = care.add_plan_measure(register, plan.id, PlanMeasureData(
        kind="SUPPORT", measure="FREE_LEGAL_AID", deadline=date(2025, 3, 20)))
    service = care.add_service(register, case.id, ServiceData(
        service_type="FREE_LEGAL_AID", plan_measure_id=measure.id))
    with pytest.raises(KnownError) as failure:
        care.delete_plan(register, plan.id)
    assert failure.value.message_id == "plan_has_measures"
    with pytest.raises(KnownError) as failure:
        care.delete_plan_measure(register, measure.id)
    assert failure.value.message_id == "plan_measure_in_use"

    care.update_service(register, service.id, dataclasses.replace(service, plan_measure_id=None))
    care.delete_plan_measure(register, measure.id)
    care.delete_plan(register, plan.id)
    deleted = [(e.entity, e.entity_id) for e in entries(register, action="DELETE")]
    assert deleted == [("plan_measure", measure.id), ("protection_plan", plan.id)]
