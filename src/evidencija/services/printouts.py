"""Printed documents leave the register on paper: every printout is recorded in the audit trail."""

from __future__ import annotations

from ..db.models import Case
from ..db.register import Register
from . import audit
from .access import reader
from .validation import NotFound

DOCUMENTS = ("PROTECTION_PLAN", "CASE_SUMMARY")


def record_printout(register: Register, case_id: str, document: str, *, copies: int = 1) -> None:
    """Record that `document` of the case was printed or saved as PDF (who, when, what)."""
    if document not in DOCUMENTS:
        raise ValueError(f"unknown document {document}")
    user = reader(register)
    with register.session(write=True) as session, session.begin():
        if session.get(Case, case_id) is None:
            raise NotFound()
        audit.record(session, user_id=user.id, action="PRINT", entity="case", entity_id=case_id,
                     changes={"document": [None, document], "copies": [None, copies]})
