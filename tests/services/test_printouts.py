"""Every printout of a case is in its audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from evidencija.db.models import AuditEntry
from evidencija.services import printouts


def test_a_printout_is_recorded_with_the_document_and_the_user(register, make) -> None:
    case = make.case()
    printouts.record_printout(register, case.id, "PROTECTION_PLAN", copies=2)
    with register.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and entry.action == "PRINT" and entry.entity_id == case.id
    assert "PROTECTION_PLAN" in entry.changes and '"copies":[null,2]' in entry.changes
    assert entry.user_id == register.require_user().id


def test_an_unknown_document_is_refused(register, make) -> None:
    case = make.case()
    with pytest.raises(ValueError):
        printouts.record_printout(register, case.id, "SOMETHING_ELSE")
