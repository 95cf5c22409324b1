"""People and their roles in cases, and the victim–perpetrator relationships between them.

A person's identity lives once, on `Person`; a case refers to people through participations, so
the same woman can be the victim in one case and the reporter in another without being entered
twice. Entering her twice is what `find_duplicate_people` helps avoid: same JMBG, or the same
name (in any script or spelling) and birth date. A second person with a JMBG already in the
register is refused outright. Opening a person's identity data is itself recorded in the audit
trail (`view_person_identity`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.codes import code_list
from ..db.models import Participant, Person, PersonDisability, Relationship, Service
from ..db.models.care import PlanMember
from ..db.register import Register
from ..errors import PermissionDenied
from ..translit import fold
from . import audit, records
from .access import editable_case, editor, may_edit_person, reader
from .dto import (
    DuplicateCandidate,
    ParticipantInfo,
    PersonData,
    PersonIdentity,
    RelationshipData,
    RelationshipInfo,
)
from .records import Kind, created, deleted, read, to_info, values_of, write
from .search import refresh_search_text
from .validation import (
    Checker,
    DuplicatePerson,
    NotFound,
    check_fields,
    check_jmbg,
    normalised,
)

PERSON = Kind("person", Person, PersonData, PersonIdentity,
              rows={"disabilities": ("disability_rows", PersonDisability, "code")})
# Fields that feed the case search text: changing one refreshes every case of the person.
SEARCHED = ("first_name", "last_name", "jmbg")
VICTIM_ROLES = ("VICTIM", "CHILD")


def _check_person(session: Session, data: PersonData, person_id: str | None) -> None:
    checker = Checker()
    check_fields(data, checker)
    check_jmbg(data.jmbg, data.birth_date, data.sex, checker)
    if data.children_in_household is not None and data.children_in_household < 0:
        checker.add("children_in_household", "number_not_negative")
    checker.done()
    if data.jmbg is not None:
        same = session.scalar(
            select(Person).where(Person.jmbg == data.jmbg, Person.id != person_id))
        if same is not None:
            raise DuplicatePerson(existing_id=same.id, name=f"{same.first_name} {same.last_name}")


def create_person(register: Register, data: PersonData) -> PersonIdentity:
    """Enter a new person. Refused with `DuplicatePerson` (carrying `existing_id`) if someone
    with the same JMBG exists; call `find_duplicate_people` first to offer likely matches."""
    user = editor(register)
    data = normalised(data)
    with register.session(write=True) as session, session.begin():
        _check_person(session, data, None)
        person = Person()
        write(PERSON, person, values_of(PERSON, data))
        session.add(person)
        session.flush()
        audit.record(session, user_id=user.id, action="CREATE", entity="person",
                     entity_id=person.id, changes=created(read(PERSON, person)))
        return to_info(PERSON, person)


def update_person(register: Register, person_id: str, data: PersonData) -> PersonIdentity:
    """Correct a person's data; the search text of every case she is in follows."""
    user = editor(register)
    data = normalised(data)
    with register.session(write=True) as session, session.begin():
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound()
        if not may_edit_person(session, user, person_id):
            raise PermissionDenied()
        _check_person(session, data, person_id)
        before = read(PERSON, person)
        write(PERSON, person, values_of(PERSON, data))
        changes = audit.diff(before, read(PERSON, person))
        if changes:
            session.flush()
            audit.record(session, user_id=user.id, action="UPDATE", entity="person",
                         entity_id=person.id, changes=changes)
            if any(f in changes for f in SEARCHED):
                refresh_search_text(session, _case_ids(session, person_id))
        return to_info(PERSON, person)


def _case_ids(session: Session, person_id: str) -> list[str]:
    return list(session.scalars(
        select(Participant.case_id).where(Participant.person_id == person_id)))


def view_person_identity(register: Register, person_id: str) -> PersonIdentity:
    """Everything recorded about a person. Every opening is recorded (a VIEW audit entry)."""
    user = reader(register)
    with register.session(write=True) as session, session.begin():
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound()
        audit.record(session, user_id=user.id, action="VIEW", entity="person", entity_id=person.id)
        return to_info(PERSON, person)


def _name_key(first_name: str, last_name: str) -> str:
    # Folded, with "dj" read as "d": people type Đorđević as Djordjevic and as Dordevic.
    return fold(f"{first_name} {last_name}").replace("dj", "d")


def find_duplicate_people(register: Register, *, first_name: str = "", last_name: str = "",
                          birth_date: date | None = None, jmbg: str | None = None,
                          exclude_person_id: str | None = None) -> list[DuplicateCandidate]:
    """People already in the register who may be the one being entered: the same JMBG, or the
    same name (compared folded: script, case and diacritics do not matter) and birth date."""
    editor(register)
    wanted = _name_key(first_name, last_name)
    found: dict[str, tuple[Person, str]] = {}
    with register.session() as session:
        if jmbg and jmbg.strip():
            for p in session.scalars(select(Person).where(Person.jmbg == jmbg.strip())):
                found[p.id] = (p, "JMBG")
        if birth_date is not None and wanted:
            # Birth date narrows it down in SQL; the name is compared folded, here.
            for p in session.scalars(select(Person).where(Person.birth_date == birth_date)):
                if p.id not in found and _name_key(p.first_name, p.last_name) == wanted:
                    found[p.id] = (p, "NAME_BIRTH_DATE")
        found.pop(exclude_person_id or "", None)
        counts = dict(session.execute(
            select(Participant.person_id, func.count(func.distinct(Participant.case_id)))
            .where(Participant.person_id.in_(found)).group_by(Participant.person_id)
        ).all())
        return [
            DuplicateCandidate(person_id=p.id, first_name=p.first_name, last_name=p.last_name,
                               birth_date=p.birth_date, reason=reason,
                               case_count=counts.get(p.id, 0))
            for p, reason in found.values()
        ]


# ---------------------------------------------------------------------------- participation


def participant_info(part: Participant) -> ParticipantInfo:
    p = part.person
    return ParticipantInfo(id=part.id, case_id=part.case_id, person_id=p.id, role=part.role,
                           first_name=p.first_name, last_name=p.last_name, sex=p.sex,
                           birth_date=p.birth_date)


def add_participant(register: Register, case_id: str, person_id: str, role: str) -> ParticipantInfo:
    """Put an existing person into a case in a role (victim, perpetrator, child …)."""
    user = editor(register)
    with register.session(write=True) as session, session.begin():
        editable_case(session, user, case_id)
        checker = Checker()
        if role not in code_list("participant_role"):
            checker.add("role", "unknown_code", code=role)
        if session.get(Person, person_id) is None:
            checker.add("person_id", "unknown_reference")
        elif session.scalar(select(Participant.id).where(
                Participant.case_id == case_id, Participant.person_id == person_id,
                Participant.role == role)) is not None:
            checker.add("role", "participant_role_taken")
        checker.done()
        part = Participant(case_id=case_id, person_id=person_id, role=role)
        session.add(part)
        session.flush()
        audit.record(session, user_id=user.id, action="CREATE", entity="participant",
                     entity_id=part.id,
                     changes=created({"case_id": case_id, "person_id": person_id, "role": role}))
        refresh_search_text(session, [case_id])
        return participant_info(part)


def remove_participant(register: Register, participant_id: str) -> None:
    """Take a person out of a case (the person stays in the register). Her relationships in
    the case go with her; a participant still named by a service or a plan is refused."""
    user = editor(register)
    with register.session(write=True) as session, session.begin():
        part = session.get(Participant, participant_id)
        if part is None:
            raise NotFound()
        editable_case(session, user, part.case_id)
        in_use = session.scalar(select(Service.id).where(Service.participant_id == participant_id)
                                .limit(1)) or session.scalar(
            select(PlanMember.plan_id).where(PlanMember.participant_id == participant_id).limit(1))
        if in_use is not None:
            checker = Checker()
            checker.add("participant_id", "participant_in_use")
            checker.done()
        for rel in session.scalars(select(Relationship).where(
                (Relationship.victim_id == participant_id)
                | (Relationship.perpetrator_id == participant_id))):
            audit.record(session, user_id=user.id, action="DELETE", entity="relationship",
                         entity_id=rel.id, changes=deleted(read(RELATIONSHIP, rel)),
                         case_id=part.case_id)
            session.delete(rel)
        audit.record(session, user_id=user.id, action="DELETE", entity="participant",
                     entity_id=part.id, changes=deleted({"case_id": part.case_id,
                                                         "person_id": part.person_id,
                                                         "role": part.role}),
                     case_id=part.case_id)
        case_id = part.case_id
        session.delete(part)
        session.flush()
        refresh_search_text(session, [case_id])


# ---------------------------------------------------------------------------- relationships


def _relationship_rule(checker: Checker, session: Session, case: object, parent: object,
                       data: RelationshipData, current: Relationship | None) -> None:
    if data.victim_id == data.perpetrator_id:
        checker.add("perpetrator_id", "relationship_same_person")
        return
    roles = {p.id: p.role for p in session.scalars(
        select(Participant).where(Participant.id.in_([data.victim_id, data.perpetrator_id])))}
    if roles.get(data.victim_id, "VICTIM") not in VICTIM_ROLES:
        checker.add("victim_id", "relationship_not_victim")
    if roles.get(data.perpetrator_id, "PERPETRATOR") != "PERPETRATOR":
        checker.add("perpetrator_id", "relationship_not_perpetrator")
    other = session.scalar(select(Relationship.id).where(
        Relationship.victim_id == data.victim_id,
        Relationship.perpetrator_id == data.perpetrator_id))
    if other is not None and (current is None or other != current.id):
        checker.add("perpetrator_id", "relationship_exists")


RELATIONSHIP = Kind("relationship", Relationship, RelationshipData, RelationshipInfo,
                    rule=_relationship_rule)


def add_relationship(register: Register, case_id: str, data: RelationshipData) -> RelationshipInfo:
    """Record how a victim and a perpetrator of the case are related (one row per pair)."""
    return records.create(register, RELATIONSHIP, case_id, data)


def update_relationship(register: Register, relationship_id: str,
                        data: RelationshipData) -> RelationshipInfo:
    return records.update(register, RELATIONSHIP, relationship_id, data)


def delete_relationship(register: Register, relationship_id: str) -> None:
    records.delete(register, RELATIONSHIP, relationship_id)
