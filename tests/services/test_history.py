"""The History section shows what happened to a case and its records, newest first."""

from __future__ import annotations

import dataclasses

from evidencija.services import history, people


def test_history_lists_changes_to_the_case_and_its_people(register, make) -> None:
    case = make.case()
    person = make.person()
    people.add_participant(register, case.id, person.id, "VICTIM")
    other = make.case()  # another case's entries must not appear
    people.view_person_identity(register, person.id)
    entries = history.case_history(register, case.id)
    assert entries, "the case's own creation is there"
    assert entries[0].at >= entries[-1].at
    assert {"CREATE", "VIEW"} <= {e.action for e in entries}
    assert all(e.entity_id != other.id for e in entries)
    created = [e for e in entries if e.entity_id == case.id and e.action == "CREATE"]
    assert created and created[0].user
    assert dataclasses.is_dataclass(entries[0])


def test_a_deleted_record_stays_in_its_case_history_and_its_case_is_hashed(register, make) -> None:
    """Once deleted, nothing in the case points at the record: the entry carries the case."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from evidencija.services import audit, intake
    from evidencija.services.dto import IncidentData

    case, other = make.case(), make.case()
    incident = intake.add_incident(register, case.id, IncidentData(
        occurred_at=datetime(2025, 3, 1, 22, tzinfo=UTC), forms=("PHYSICAL",)))
    intake.delete_incident(register, incident.id)
    deleted = [e for e in history.case_history(register, case.id)
               if e.action == "DELETE" and e.entity_id == incident.id]
    assert len(deleted) == 1 and deleted[0].changes["forms"] == [["PHYSICAL"], None]
    assert not [e for e in history.case_history(register, other.id) if e.action == "DELETE"]

    with register.session() as s:
        assert audit.verify_chain(s).intact
    with register.session() as s, s.begin():  # moving the deletion to another case is detected
        s.execute(text("UPDATE audit_log SET case_id = :other WHERE case_id = :case"),
                  {"other": other.id, "case": case.id})
    with register.session() as s:
        assert not audit.verify_chain(s).intact
