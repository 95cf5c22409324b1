"""Who may read and write which case: the role rules, applied by every use case.

Everyone signed in reads every case (an administrator too: she answers for the register).
Case managers edit every case and assign case managers; caseworkers edit the cases they manage
and read the others; read-only users and administrators do not edit case data. A closed case
is read-only for everyone until a case manager (or its caseworker) reopens it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Case, Closure, Participant
from ..db.register import CurrentUser, Register
from ..errors import PermissionDenied
from .roles import CASE_MANAGER, CASEWORKER, require
from .validation import CaseClosed, NotFound

EDITORS = (CASE_MANAGER, CASEWORKER)


def reader(register: Register) -> CurrentUser:
    """Any signed-in user may read."""
    return register.require_user()


def editor(register: Register) -> CurrentUser:
    """A user who may enter case data at all (a case manager or a caseworker)."""
    return require(register, *EDITORS)


def may_edit(user: CurrentUser, case_manager_id: str | None) -> bool:
    """Whether `user` may change a case managed by `case_manager_id`."""
    if user.role == CASE_MANAGER:
        return True
    return user.role == CASEWORKER and case_manager_id == user.id


def editable_case(session: Session, user: CurrentUser, case_id: str, *,
                  closed_ok: bool = False) -> Case:
    """The case, if `user` may change it; PermissionDenied, NotFound or CaseClosed otherwise."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound()
    if not may_edit(user, case.case_manager_id):
        raise PermissionDenied()
    if not closed_ok and is_closed(session, case_id):
        raise CaseClosed(file_number=case.file_number)
    return case


def is_closed(session: Session, case_id: str) -> bool:
    return session.scalar(select(Closure.id).where(Closure.case_id == case_id)) is not None


def may_edit_person(session: Session, user: CurrentUser, person_id: str) -> bool:
    """A person's identity is shared by every case they are in: a case manager may edit it,
    a caseworker if she manages one of those cases (or the person is in none yet)."""
    if user.role == CASE_MANAGER:
        return True
    if user.role != CASEWORKER:
        return False
    managers = set(
        session.scalars(
            select(Case.case_manager_id).join(Participant).where(Participant.person_id == person_id)
        )
    )
    return not managers or user.id in managers
