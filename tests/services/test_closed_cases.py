"""A closed case is read-only until it is reopened: every write says so clearly and changes
nothing; reopening makes it editable again and the audit trail keeps the closure."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from evidencija.db.models import AuditEntry
from evidencija.db.register import Register
from evidencija.errors import KnownError
from evidencija.services import care, casefile, cases, intake, legal, people
from evidencija.services.dto import (
    ClosureData,
    IncidentData,
    MeetingData,
    PersonData,
    ReferralData,
)
from evidencija.services.validation import CaseClosed

INCIDENT = IncidentData(occurred_at=datetime(2025, 3, 1, 22, tzinfo=UTC), forms=("PSYCHOLOGICAL",))
CLOSURE = ClosureData(closed_on=date(2025, 4, 1), reason="GOALS_MET", note="Nasilje prestalo.")


@pytest.fixture
def closed(register: Register, make) -> dict[str, str]:
    """A case with a victim and an incident, then closed."""
    case = make.case()
    victim = make.victim_in(case.id)
    incident = intake.add_incident(register, case.id, INCIDENT)
    cases.close_case(register, case.id, CLOSURE)
    return {"case": case.id, "victim": victim, "incident": incident.id}


def writes(register: Register, ids: dict[str, str], make) -> list[Callable[[], object]]:
    case = cases.get_case(register, ids["case"])
    incident = casefile.get_case_file(register, ids["case"]).incidents[0]
    return [
        lambda: cases.update_case(register, case.id, dataclasses.replace(case, internal_team=True)),
        lambda: cases.assign_case_manager(register, case.id, None),
        lambda: intake.add_incident(register, case.id, INCIDENT),
        lambda: intake.update_incident(register, incident.id,
                                       dataclasses.replace(incident, weapon="NONE")),
        lambda: intake.delete_incident(register, incident.id),
        lambda: care.add_meeting(register, case.id, MeetingData(meeting_type="GKS_MEETING",
                                                                held_on=date(2025, 4, 2))),
        lambda: legal.add_referral(register, case.id, ReferralData(
            direction="SENT_TO", institution_type="SHELTER", referred_on=date(2025, 4, 2))),
        lambda: people.add_participant(register, case.id, make.person("Ivan", "Ivić",
                                                                      sex="MALE").id, "CHILD"),
        lambda: people.remove_participant(register, ids["victim"]),
        lambda: cases.close_case(register, case.id, CLOSURE),
    ]


def test_every_write_to_a_closed_case_is_refused(register: Register, make,
                                                 closed: dict[str, str]) -> None:
    before = casefile.get_case_file(register, closed["case"])
    for write in writes(register, closed, make):
        with pytest.raises(CaseClosed) as failure:
            write()
        assert before.case.file_number in failure.value.message("en")
        assert "reopen" in failure.value.message("en").lower()
    after = casefile.get_case_file(register, closed["case"])
    assert after == before


def test_reopening_makes_it_editable_again(register: Register, make,
                                           closed: dict[str, str]) -> None:
    reopened = cases.reopen_case(register, closed["case"])
    assert reopened.status == "OPEN"
    for write in writes(register, closed, make):
        write()  # none of them raises now
    case_file = casefile.get_case_file(register, closed["case"])
    assert case_file.closed  # the last write closed it again
    with register.session() as s:
        closure_entries = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "closure")
                                    .order_by(AuditEntry.seq)).all()
    assert closure_entries == ["CREATE", "DELETE", "CREATE"]


def test_closing_sets_the_status_and_keeps_the_reason(register: Register, make) -> None:
    case = make.case()
    closure = cases.close_case(register, case.id, ClosureData(closed_on=date(2025, 4, 1),
                                                              reason="MOVED_TRANSFERRED"))
    case_file = casefile.get_case_file(register, case.id)
    assert case_file.case.status == "TRANSFERRED"
    assert case_file.closure == closure


def test_reopening_an_open_case_is_refused(register: Register, make) -> None:
    case = make.case()
    with pytest.raises(KnownError) as failure:
        cases.reopen_case(register, case.id)
    assert failure.value.message_id == "case_not_closed"


def test_a_person_in_a_closed_case_can_still_be_corrected(register: Register, make,
                                                          closed: dict[str, str]) -> None:
    # Identity belongs to the person, who may be in other, open cases.
    person_id = casefile.get_case_file(register, closed["case"]).participants[0].person_id
    person = people.view_person_identity(register, person_id)
    fields = {f.name: getattr(person, f.name) for f in dataclasses.fields(PersonData)}
    people.update_person(register, person_id, PersonData(**{**fields, "phone": "060 123 456"}))
    assert people.view_person_identity(register, person_id).phone == "060 123 456"
