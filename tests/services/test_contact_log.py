"""The contact log: a caseworker writes down each contact (when, how, with whom) with a short
note; it is checked like every record, audited, belongs to the case file, and its note never
reaches the monthly export."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from evidencija.db.models import AuditEntry
from evidencija.services import care, casefile
from evidencija.services.dto import ContactData
from evidencija.services.validation import ValidationFailed


def test_a_contact_is_recorded_by_the_colleague_who_had_it(register, make, staff) -> None:
    case = make.case()
    victim = make.victim_in(case.id)
    entry = care.add_contact(register, case.id, ContactData(
        contacted_on=date(2025, 3, 4), contact_type="PHONE", counterpart="VICTIM",
        participant_id=victim, note="Dogovorena poseta u četvrtak."))  # fmt: skip
    assert entry.staff_user_id == staff["vesna"]  # the one signed in, unless another is named
    cf = casefile.get_case_file(register, case.id)
    assert [(c.contacted_on, c.note, c.staff_user_id) for c in cf.contacts] == [
        (date(2025, 3, 4), "Dogovorena poseta u četvrtak.", staff["vesna"])
    ]
    assert cf.contacts[0].staff_user_name  # shown by name in the case file


def test_an_institution_is_named_and_a_note_stays_short(register, make) -> None:
    case = make.case()
    with pytest.raises(ValidationFailed) as failed:
        care.add_contact(register, case.id, ContactData(
            contacted_on=date(2025, 3, 4), contact_type="MEETING", counterpart="INSTITUTION",
            note="x" * (care.NOTE_MAX_CHARS + 1)))  # fmt: skip
    assert {e.field for e in failed.value.errors} == {"institution", "note"}
    assert casefile.get_case_file(register, case.id).contacts == ()  # nothing written


def test_a_contact_in_the_future_is_refused(register, make) -> None:
    case = make.case()
    with pytest.raises(ValidationFailed):
        care.add_contact(register, case.id, ContactData(
            contacted_on=date(2099, 1, 1), contact_type="PHONE", counterpart="VICTIM"))  # fmt: skip


def test_every_change_is_in_the_audit_trail(register, make) -> None:
    case = make.case()
    entry = care.add_contact(register, case.id, ContactData(
        contacted_on=date(2025, 3, 4), contact_type="OFFICE", counterpart="FAMILY"))  # fmt: skip
    care.update_contact(register, entry.id, ContactData(
        contacted_on=date(2025, 3, 5), contact_type="OFFICE", counterpart="FAMILY"))  # fmt: skip
    care.delete_contact(register, entry.id)
    with register.session() as session:
        actions = list(session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "contact").order_by(AuditEntry.seq)))
    assert actions == ["CREATE", "UPDATE", "DELETE"]
