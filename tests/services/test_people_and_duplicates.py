"""A person is entered once and can take part in several cases, in different roles; entering
her again is caught (same JMBG, or the same name in any spelling and the same birth date)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import func, select

from evidencija.db.models import Person, Relationship
from evidencija.db.register import Register
from evidencija.services import casefile, jmbg, people
from evidencija.services.dto import PersonData, RelationshipData
from evidencija.services.validation import DuplicatePerson, ValidationFailed


def test_same_jmbg_is_refused_with_the_existing_person(register: Register, make) -> None:
    number = jmbg.make(date(1990, 5, 17), "71", 612)
    first = make.person("Ana", "Nikolić", born=date(1990, 5, 17), jmbg=number)
    with pytest.raises(DuplicatePerson) as failure:
        make.person("Ana", "Nikolic", born=date(1990, 5, 17), jmbg=number)
    assert failure.value.params["existing_id"] == first.id
    assert "Ana Nikolić" in failure.value.message("sr_Latn")
    with register.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_changing_a_jmbg_to_another_persons_is_refused(register: Register, make) -> None:
    one = make.person("Ana", "Nikolić", born=date(1990, 5, 17))
    two = make.person("Vera", "Ilić", born=date(1990, 5, 17))
    fields = {f.name: getattr(two, f.name) for f in dataclasses.fields(PersonData)}
    with pytest.raises(DuplicatePerson) as failure:
        people.update_person(register, two.id, PersonData(**{**fields, "jmbg": one.jmbg}))
    assert failure.value.params["existing_id"] == one.id


@pytest.mark.parametrize("typed_first, typed_last", [
    ("Dragana", "Đorđević"),
    ("DRAGANA", "djordjevic"),
    ("dragana", "Dordevic"),
    ("Драгана", "Ђорђевић"),
])
def test_same_name_in_any_spelling_and_birth_date_is_offered(
    register: Register, make, typed_first: str, typed_last: str
) -> None:
    existing = make.person("Dragana", "Đorđević", born=date(1979, 11, 3))
    make.person("Dragana", "Đorđević", born=date(1980, 11, 3), with_jmbg=False)  # not her
    found = people.find_duplicate_people(register, first_name=typed_first, last_name=typed_last,
                                         birth_date=date(1979, 11, 3))
    assert [(c.person_id, c.reason) for c in found] == [(existing.id, "NAME_BIRTH_DATE")]


def test_duplicate_candidates_by_jmbg_and_their_case_count(register: Register, make) -> None:
    person = make.person("Ana", "Nikolić", born=date(1990, 5, 17))
    for _ in range(2):
        case = make.case()
        people.add_participant(register, case.id, person.id, "VICTIM")
    found = people.find_duplicate_people(register, first_name="Anica", last_name="Nikolić",
                                         jmbg=person.jmbg)
    assert [(c.person_id, c.reason, c.case_count) for c in found] == [(person.id, "JMBG", 2)]
    assert people.find_duplicate_people(register, first_name="Ana", last_name="Nikolić",
                                        birth_date=date(1990, 5, 17),
                                        exclude_person_id=person.id) == []


def test_one_person_in_several_cases_in_different_roles(register: Register, make) -> None:
    mother = make.person("Milica", "Stanković", born=date(1961, 4, 2))
    first, second = make.case(), make.case()
    people.add_participant(register, first.id, mother.id, "VICTIM")
    people.add_participant(register, second.id, mother.id, "REPORTER")
    people.add_participant(register, second.id, mother.id, "LEGAL_REPRESENTATIVE")
    with pytest.raises(ValidationFailed) as failure:
        people.add_participant(register, second.id, mother.id, "REPORTER")
    assert failure.value.fields() == {"role"}
    roles = {p.role for p in casefile.get_case_file(register, second.id).participants}
    assert roles == {"REPORTER", "LEGAL_REPRESENTATIVE"}
    # Identity is kept once: a correction shows in both cases.
    fields = {f.name: getattr(mother, f.name) for f in dataclasses.fields(PersonData)}
    people.update_person(register, mother.id, PersonData(**{**fields, "last_name": "Stanić"}))
    for case in (first, second):
        names = {p.last_name for p in casefile.get_case_file(register, case.id).participants}
        assert names == {"Stanić"}


def test_relationship_joins_a_victim_and_a_perpetrator_of_the_case(register: Register,
                                                                   make) -> None:
    case = make.case()
    victim = make.victim_in(case.id)
    him = make.person("Dragan", "Petrović", born=date(1982, 6, 1), sex="MALE")
    perpetrator = people.add_participant(register, case.id, him.id, "PERPETRATOR").id
    reporter = people.add_participant(register, case.id, make.person("Vesna", "Kostić").id,
                                      "REPORTER").id
    rel = people.add_relationship(register, case.id, RelationshipData(
        victim_id=victim, perpetrator_id=perpetrator, relation="FORMER_SPOUSE",
        living_together="NO", custody_dispute="YES"))
    assert rel.relation == "FORMER_SPOUSE"
    with pytest.raises(ValidationFailed) as failure:
        people.add_relationship(register, case.id, RelationshipData(
            victim_id=victim, perpetrator_id=perpetrator, relation="SPOUSE"))
    assert failure.value.fields() == {"perpetrator_id"}
    with pytest.raises(ValidationFailed) as failure:
        people.add_relationship(register, case.id, RelationshipData(
            victim_id=victim, perpetrator_id=reporter, relation="SPOUSE"))
    assert [e.message_id for e in failure.value.errors] == ["relationship_not_perpetrator"]


def test_removing_a_participant_takes_her_relationships(register: Register, make) -> None:
    case = make.case()
    victim = make.victim_in(case.id)
    him = make.person("Dragan", "Petrović", born=date(1982, 6, 1), sex="MALE")
    perpetrator = people.add_participant(register, case.id, him.id, "PERPETRATOR").id
    people.add_relationship(register, case.id, RelationshipData(
        victim_id=victim, perpetrator_id=perpetrator, relation="SPOUSE"))
    people.remove_participant(register, perpetrator)
    case_file = casefile.get_case_file(register, case.id)
    assert [p.role for p in case_file.participants] == ["VICTIM"]
    assert case_file.relationships == ()
    with register.session() as s:
        assert s.scalar(select(func.count()).select_from(Relationship)) == 0
        assert s.get(Person, him.id) is not None  # the person stays in the register
