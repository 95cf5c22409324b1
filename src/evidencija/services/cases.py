"""The case itself: open it, edit it, assign its case manager, close it and reopen it.

A case is closed exactly when it has a closure record; its status then says PASSIVE (or
TRANSFERRED when it moved to another centre), and only `close_case` and `reopen_case` change
that. Every other write to a closed case is refused (`CaseClosed`).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Case, Closure, Report, User
from ..db.register import CurrentUser, Register
from ..errors import KnownError, PermissionDenied
from . import audit
from .access import EDITORS, editable_case, editor, reader
from .dto import CaseData, CaseInfo, ClosureData, ClosureInfo
from .records import Kind, created, deleted, read, to_info, values_of, write
from .roles import CASE_MANAGER, CASEWORKER, require
from .search import refresh_search_text
from .validation import (
    Checker,
    EditedElsewhere,
    NotFound,
    check_fields,
    check_refs,
    normalised,
)

OPEN_STATUSES = ("OPEN", "UNDER_GKS_REVIEW")
CLOSED_STATUSES = ("PASSIVE", "TRANSFERRED")

CASE = Kind("case", Case, CaseData, CaseInfo)
CLOSURE = Kind("closure", Closure, ClosureData, ClosureInfo)


def _check_case(session: Session, data: CaseData, case: Case | None) -> None:
    checker = Checker()
    check_fields(data, checker)
    check_refs(session, data, None, checker)
    if data.status in CLOSED_STATUSES:
        checker.add("status", "status_set_by_closure")
    taken = session.scalar(select(Case.id).where(Case.file_number == data.file_number))
    if taken is not None and (case is None or taken != case.id):
        checker.add("file_number", "file_number_taken", file_number=data.file_number)
    if data.earlier_reports_count is not None and data.earlier_reports_count < 0:
        checker.add("earlier_reports_count", "number_not_negative")
    if data.case_manager_id is not None:
        role = session.scalar(select(User.role).where(User.id == data.case_manager_id))
        if role is not None and role not in EDITORS:
            checker.add("case_manager_id", "user_cannot_manage_cases")
    if case is not None:
        first_report = session.scalar(
            select(Report.received_at).where(Report.case_id == case.id)
            .order_by(Report.received_at).limit(1)
        )
        checker.order("received_at", first_report, "first_contact_at", data.first_contact_at)
    checker.done()


def create_case(register: Register, data: CaseData) -> CaseInfo:
    """Open a case. A caseworker who opens one becomes its case manager; only a case manager
    may name someone else."""
    user = editor(register)
    data = normalised(data)
    if user.role == CASEWORKER:
        if data.case_manager_id not in (None, user.id):
            raise PermissionDenied()
        data = replace(data, case_manager_id=user.id)
    with register.session(write=True) as session, session.begin():
        _check_case(session, data, None)
        case = Case(search_text="")
        write(CASE, case, values_of(CASE, data))
        session.add(case)
        session.flush()
        refresh_search_text(session, [case.id])
        audit.record(session, user_id=user.id, action="CREATE", entity="case",
                     entity_id=case.id, changes=created(read(CASE, case)))
        return to_info(CASE, case)


def update_case(register: Register, case_id: str, data: CaseData, *,
                expected_version: int | None = None) -> CaseInfo:
    """Save the case's fields. `expected_version` (the `version_id` the screen loaded) makes a
    save based on a stale copy fail with `EditedElsewhere` instead of undoing a colleague's
    edit. Changing the case manager needs the case-manager role."""
    user = editor(register)
    data = normalised(data)
    with register.session(write=True) as session, session.begin():
        case = editable_case(session, user, case_id)
        if expected_version is not None and case.version_id != expected_version:
            raise EditedElsewhere()
        if data.case_manager_id != case.case_manager_id and user.role != CASE_MANAGER:
            raise PermissionDenied()
        _check_case(session, data, case)
        before = read(CASE, case)
        write(CASE, case, values_of(CASE, data))
        changes = audit.diff(before, read(CASE, case))
        if changes:
            if "file_number" in changes:
                refresh_search_text(session, [case.id])
            session.flush()
            audit.record(session, user_id=user.id, action="UPDATE", entity="case",
                         entity_id=case.id, changes=changes)
        return to_info(CASE, case)


def assign_case_manager(register: Register, case_id: str, user_id: str | None) -> CaseInfo:
    """Make `user_id` (a case manager or caseworker) the case's manager; case managers only."""
    user = require(register, CASE_MANAGER)
    with register.session(write=True) as session, session.begin():
        case = editable_case(session, user, case_id)
        checker = Checker()
        if user_id is not None:
            role = session.scalar(select(User.role).where(User.id == user_id,
                                                          User.active.is_(True)))
            if role is None:
                checker.add("case_manager_id", "unknown_reference")
            elif role not in EDITORS:
                checker.add("case_manager_id", "user_cannot_manage_cases")
        checker.done()
        if case.case_manager_id != user_id:
            audit.record(session, user_id=user.id, action="UPDATE", entity="case",
                         entity_id=case.id, changes={"case_manager_id": [case.case_manager_id,
                                                                         user_id]})
            case.case_manager_id = user_id
            session.flush()
        return to_info(CASE, case)


def close_case(register: Register, case_id: str, data: ClosureData) -> ClosureInfo:
    """Close the case with a reason; from then on it is read-only until reopened."""
    user = editor(register)
    data = normalised(data)
    with register.session(write=True) as session, session.begin():
        case = editable_case(session, user, case_id)
        checker = Checker()
        check_fields(data, checker)
        checker.order("opened_on", case.opened_on, "closed_on", data.closed_on)
        checker.done()
        closure = Closure(case_id=case.id)
        write(CLOSURE, closure, values_of(CLOSURE, data))
        session.add(closure)
        status = "TRANSFERRED" if data.reason == "MOVED_TRANSFERRED" else "PASSIVE"
        _set_status(session, user, case, status)
        session.flush()
        audit.record(session, user_id=user.id, action="CREATE", entity="closure",
                     entity_id=closure.id,
                     changes={"case_id": [None, case.id], **created(read(CLOSURE, closure))})
        return to_info(CLOSURE, closure)


def reopen_case(register: Register, case_id: str) -> CaseInfo:
    """Reopen a closed case: its closure is removed (the audit trail keeps it) and it is open
    for editing again."""
    user = editor(register)
    with register.session(write=True) as session, session.begin():
        case = editable_case(session, user, case_id, closed_ok=True)
        closure = session.scalar(select(Closure).where(Closure.case_id == case.id))
        if closure is None:
            raise KnownError("case_not_closed", file_number=case.file_number)
        audit.record(session, user_id=user.id, action="DELETE", entity="closure",
                     entity_id=closure.id,
                     changes={"case_id": [case.id, None], **deleted(read(CLOSURE, closure))},
                     case_id=case.id)
        session.delete(closure)
        _set_status(session, user, case, "OPEN")
        session.flush()
        return to_info(CASE, case)


def _set_status(session: Session, user: CurrentUser, case: Case, status: str) -> None:
    audit.record(session, user_id=user.id, action="UPDATE", entity="case", entity_id=case.id,
                 changes={"status": [case.status, status]})
    case.status = status


def get_case(register: Register, case_id: str) -> CaseInfo:
    """The case's own fields (no people: see `casefile.get_case_file`)."""
    reader(register)
    with register.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound()
        return to_info(CASE, case)
