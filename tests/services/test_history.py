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
