"""Roles are enforced by the services, whatever the screen offers: who may read, enter and
change case data, and who may assign a case manager."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from evidencija.db.register import CurrentUser, Register
from evidencija.errors import PermissionDenied
from evidencija.services import casefile, cases, intake, people, search
from evidencija.services.dto import CaseData, CaseQuery, IncidentData

AsUser = Callable[[str], CurrentUser]

INCIDENT = IncidentData(occurred_at=datetime(2025, 2, 27, 21, 30, tzinfo=UTC), forms=("PHYSICAL",))


def test_caseworker_edits_her_own_case_but_not_a_colleagues(
    register: Register, make, staff: dict[str, str], as_user: AsUser
) -> None:
    marko_case = make.case(case_manager_id=staff["marko"])
    jovana_case = make.case(case_manager_id=staff["jovana"])
    as_user("marko")

    cases.update_case(register, marko_case.id, dataclasses.replace(marko_case, internal_team=True))
    intake.add_incident(register, marko_case.id, INCIDENT)

    with pytest.raises(PermissionDenied):
        cases.update_case(register, jovana_case.id,
                          dataclasses.replace(jovana_case, internal_team=True))
    with pytest.raises(PermissionDenied):
        intake.add_incident(register, jovana_case.id, INCIDENT)
    assert casefile.get_case_file(register, jovana_case.id).incidents == ()


def test_caseworker_reads_other_cases(register: Register, make, staff: dict[str, str],
                                      as_user: AsUser) -> None:
    jovana_case = make.case(case_manager_id=staff["jovana"])
    as_user("marko")
    assert casefile.get_case_file(register, jovana_case.id).case.id == jovana_case.id
    assert search.count_cases(register, CaseQuery()) == 1


def test_caseworker_cannot_edit_a_record_of_another_case(
    register: Register, make, staff: dict[str, str], as_user: AsUser
) -> None:
    jovana_case = make.case(case_manager_id=staff["jovana"])
    incident = intake.add_incident(register, jovana_case.id, INCIDENT)
    as_user("marko")
    with pytest.raises(PermissionDenied):
        intake.update_incident(register, incident.id, dataclasses.replace(incident, weapon="NONE"))
    with pytest.raises(PermissionDenied):
        intake.delete_incident(register, incident.id)


@pytest.mark.parametrize("username", ["citalac", "admin"])
def test_read_only_users_and_the_admin_cannot_write_case_data(
    register: Register, make, as_user: AsUser, username: str
) -> None:
    existing = make.case()
    as_user(username)
    with pytest.raises(PermissionDenied):
        make.case()
    with pytest.raises(PermissionDenied):
        cases.update_case(register, existing.id, dataclasses.replace(existing, internal_team=True))
    with pytest.raises(PermissionDenied):
        intake.add_incident(register, existing.id, INCIDENT)
    with pytest.raises(PermissionDenied):
        make.person()
    # … but they read everything.
    assert casefile.get_case_file(register, existing.id).case.file_number == existing.file_number
    assert search.count_cases(register, CaseQuery()) == 1


def test_case_manager_assigns_a_case_manager(register: Register, make,
                                             staff: dict[str, str], as_user: AsUser) -> None:
    case = make.case()
    assigned = cases.assign_case_manager(register, case.id, staff["jovana"])
    assert assigned.case_manager_id == staff["jovana"]
    as_user("jovana")
    cases.update_case(register, case.id, dataclasses.replace(assigned, internal_team=True))


def test_caseworker_cannot_assign_or_reassign(register: Register, make, staff: dict[str, str],
                                              as_user: AsUser) -> None:
    case = make.case(case_manager_id=staff["marko"])
    as_user("marko")
    with pytest.raises(PermissionDenied):
        cases.assign_case_manager(register, case.id, staff["jovana"])
    # Nor by the back door of an ordinary save.
    with pytest.raises(PermissionDenied):
        cases.update_case(register, case.id,
                          dataclasses.replace(case, case_manager_id=staff["jovana"]))
    assert cases.get_case(register, case.id).case_manager_id == staff["marko"]


def test_caseworker_who_opens_a_case_manages_it(register: Register, make,
                                                staff: dict[str, str], as_user: AsUser) -> None:
    as_user("marko")
    case = make.case()
    assert case.case_manager_id == staff["marko"]
    with pytest.raises(PermissionDenied):
        make.case(case_manager_id=staff["jovana"])


def test_only_staff_who_handle_cases_can_be_case_managers(
    register: Register, make, staff: dict[str, str]
) -> None:
    from evidencija.services.validation import ValidationFailed

    case = make.case()
    with pytest.raises(ValidationFailed) as failure:
        cases.assign_case_manager(register, case.id, staff["citalac"])
    assert failure.value.fields() == {"case_manager_id"}


def test_caseworker_may_correct_people_of_her_cases_only(
    register: Register, make, staff: dict[str, str], as_user: AsUser
) -> None:
    from evidencija.services.dto import PersonData

    theirs = make.case(case_manager_id=staff["jovana"])
    stranger = make.person("Milena", "Ilić")
    people.add_participant(register, theirs.id, stranger.id, "VICTIM")
    as_user("marko")
    fields = {f.name: getattr(stranger, f.name) for f in dataclasses.fields(PersonData)}
    with pytest.raises(PermissionDenied):
        people.update_person(register, stranger.id, PersonData(**{**fields, "phone": "060111"}))


def test_create_case_needs_the_case_data_roles_not_just_a_session(register: Register) -> None:
    # The fixture's admin may manage users, not enter cases.
    with pytest.raises(PermissionDenied):
        cases.create_case(register, CaseData(file_number="1/2025",
                                             centre_municipality_code="RS-70645",
                                             opened_on=datetime(2025, 3, 1).date()))
