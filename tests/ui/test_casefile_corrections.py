"""Correcting what was entered wrongly, from the case file: a person's identity (errors next to
the field, the new name in the case file and the case list), a record deleted after a question
naming it (gone from its section, refusals explained), the case given to another manager; and a
read-only user (or a caseworker on someone else's case) can do none of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from test_casefile import _first, open_case, seed_case
from ui_support import ADMIN_PASSPHRASE, USER_PASSPHRASE, create_register, unlock

from evidencija.db.register import Register
from evidencija.services import cases as case_service
from evidencija.services import users
from evidencija.services.dto import ClosureData
from evidencija.ui.widgets.jmbg_check import JmbgCheck


def select(sv: Any, match: Any) -> Any:
    """Select the first row of section view `sv` whose record satisfies `match`."""
    row = next(i for i, r in enumerate(sv.model.rows) if match(r))
    sv.table.setFocus()
    sv.table.selectRow(row)
    return sv.model.rows[row]


def column(sv: Any, col: int) -> list[str]:
    return [sv.model.index(r, col).data() for r in range(sv.model.rowCount())]


def deletions(register: Any) -> list[str]:
    """What the audit trail holds as deleted, oldest first."""
    from sqlalchemy import select

    from evidencija.db.models import AuditEntry

    with register.session() as s:
        return list(
            s.scalars(
                select(AuditEntry.entity).where(AuditEntry.action == "DELETE").order_by(AuditEntry.seq)
            )
        )


def start(qtbot: Any, make_session: Any, data_dir: Path, username: str = "vodja") -> Any:
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, username, USER_PASSPHRASE)
    return session, main


def test_identity_corrected_with_errors_next_to_the_field(
    qtbot: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session, main = start(qtbot, make_session, data_dir)
    case_id = seed_case(session.register)
    page = main.page("cases")
    cf = open_case(qtbot, page, case_id)
    people_view = cf.view.sections["people"]
    assert not people_view.correct_button.isHidden()
    assert not people_view.correct_button.isEnabled()  # nothing selected yet
    cf.show_identity()
    qtbot.waitUntil(lambda: "Ana Đorđević" in cf.view.identity.text(), timeout=10_000)
    select(people_view, lambda p: p.role == "VICTIM")
    assert people_view.correct_button.isEnabled()
    # Enter on the person opens her identity, read through the audited view
    qtbot.keyClick(people_view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cf.dialog is not None, timeout=10_000)
    dialog, form = cf.dialog, cf.dialog.form
    assert form.value("last_name") == "Đorđević" and form.value("address") == "Ulica 1"
    assert "role" not in form.widgets  # her role belongs to the case, not to her identity
    # a mistyped JMBG: marked while typing, refused next to its field, nothing saved
    qtbot.keyClicks(form.widgets["jmbg"], "0101990710007")
    assert "check digit" in dialog.findChild(JmbgCheck).text()
    dialog.save()
    qtbot.waitUntil(lambda: form.errors["jmbg"].isVisibleTo(form), timeout=10_000)
    assert form.errors["jmbg"].text() and cf.dialog is dialog
    # corrected: the surname fixed, the JMBG left out
    form.set_value("jmbg", None)
    form.set_value("last_name", "Petrović")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cf.dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: "A. P." in column(people_view, 1), timeout=10_000)
    assert "Ana Petrović" in cf.view.identity.text()
    assert "Ulica 1" in cf.view.identity.text()  # what was not in question is kept
    history = cf.view.history.toPlainText()
    assert "UPDATE" in history and "last_name" in history
    # the case list shows the new name too
    cf.view.back_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, page.model.VICTIMS).data() == "Ana Petrović"
    assert not answers.seen  # no message box on the way


def test_record_deleted_after_a_question_naming_it(
    qtbot: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session, main = start(qtbot, make_session, data_dir)
    case_id = seed_case(session.register)
    cf = open_case(qtbot, main.page("cases"), case_id)
    incidents = cf.view.sections["incidents"]
    assert not incidents.delete_button.isHidden() and not incidents.delete_button.isEnabled()
    select(incidents, lambda _r: True)
    assert incidents.delete_button.isEnabled()
    # the Delete key asks first; Cancel leaves everything as it was
    answers.queue.append("Cancel")
    qtbot.keyClick(incidents.table, Qt.Key.Key_Delete)
    question = answers.seen[-1]
    assert "Incidents" in question and incidents.model.index(0, 1).data() in question
    qtbot.wait(200)
    assert incidents.model.rowCount() == 1
    # confirmed: gone from its section
    incidents.delete_button.click()
    qtbot.waitUntil(lambda: incidents.model.rowCount() == 0, timeout=10_000)
    assert not incidents.empty.isHidden()
    assert "Delete" in answers.seen[-1]
    assert deletions(session.register) == ["incident"]  # the audit trail keeps it
    # a referral, by the button
    referrals = cf.view.sections["referrals"]
    select(referrals, lambda _r: True)
    referrals.delete_button.click()
    qtbot.waitUntil(lambda: referrals.model.rowCount() == 0, timeout=10_000)
    # a record the service refuses to delete: the reason in a message, the record stays
    plans = cf.view.sections["plans"]
    select(plans, lambda _r: True)
    seen = len(answers.seen)
    plans.delete_button.click()
    qtbot.waitUntil(lambda: len(answers.seen) == seen + 2, timeout=10_000)
    assert "measures" in answers.seen[-1]
    assert plans.model.rowCount() == 1
    # a person is taken out of the case (she stays in the register)
    people_view = cf.view.sections["people"]
    assert "case" in people_view.delete_button.text()
    select(people_view, lambda p: p.role == "PERPETRATOR")
    people_view.delete_button.click()
    qtbot.waitUntil(lambda: people_view.model.rowCount() == 1, timeout=10_000)
    assert "Remove" in answers.seen[-1] and "Perpetrator" in answers.seen[-1]
    assert [p.role for p in cf.case_file.participants] == ["VICTIM"]
    assert deletions(session.register) == ["incident", "referral", "participant"]


def test_deletion_shows_in_the_history(
    qtbot: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session, main = start(qtbot, make_session, data_dir)
    case_id = seed_case(session.register)
    cf = open_case(qtbot, main.page("cases"), case_id)
    assert "DELETE" not in cf.view.history.toPlainText()
    incidents = cf.view.sections["incidents"]
    select(incidents, lambda _r: True)
    incidents.delete_button.click()
    qtbot.waitUntil(lambda: incidents.model.rowCount() == 0, timeout=10_000)
    assert "DELETE" in cf.view.history.toPlainText()


def test_case_given_to_another_manager(
    qtbot: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(
        data_dir, vodja="CASE_MANAGER", marko="CASEWORKER", citalac="READ_ONLY", bivsa="CASEWORKER"
    )
    admin = Register.open(data_dir)
    try:
        admin.unlock("admin", ADMIN_PASSPHRASE)
        users.disable_user(admin, "bivsa")  # she left the centre
    finally:
        admin.close()
    session, main = start(qtbot, make_session, data_dir)
    case_id = seed_case(session.register)
    page = main.page("cases")
    cf = open_case(qtbot, page, case_id)
    assert not cf.view.manager_button.isHidden()
    cf.view.manager_button.click()
    qtbot.waitUntil(lambda: cf.dialog is not None, timeout=10_000)
    form = cf.dialog.form
    combo = form.widgets["case_manager_id"]
    offered = [combo.itemText(i) for i in range(combo.count())]
    # only active users who may manage cases
    assert any("Marko" in t for t in offered) and any("Vodja" in t for t in offered)
    assert not any(name in t for t in offered for name in ("Citalac", "Bivsa", "Administrator"))
    # nobody chosen: said next to the field
    form.set_value("case_manager_id", None)
    cf.dialog.save()
    qtbot.waitUntil(lambda: form.errors["case_manager_id"].isVisibleTo(form), timeout=10_000)
    marko = next(combo.itemData(i) for i in range(combo.count()) if "Marko" in combo.itemText(i))
    form.set_value("case_manager_id", marko)
    cf.dialog.save()
    qtbot.waitUntil(
        lambda: cf.case_file is not None and cf.case_file.case.case_manager_id == marko,
        timeout=10_000,
    )
    assert "Case manager: Marko" in cf.view.heading.subtitle.text()
    assert "UPDATE" in cf.view.history.toPlainText()
    cf.view.back_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, page.model.MANAGER).data() == "Marko"
    # Marko now edits the case but, a caseworker, does not assign it
    session.lock("manual")
    main = unlock(qtbot, session, "marko", USER_PASSPHRASE)
    cf = open_case(qtbot, main.page("cases"), case_id)
    assert not cf.view.sections["services"].add_button.isHidden()
    assert not cf.view.sections["services"].delete_button.isHidden()
    assert cf.view.manager_button.isHidden()
    cf.change_manager()
    qtbot.wait(200)
    assert cf.dialog is None


def test_read_only_user_cannot_correct_delete_or_reassign(
    qtbot: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER", citalac="READ_ONLY", marko="CASEWORKER")
    session, main = start(qtbot, make_session, data_dir)
    case_id = seed_case(session.register)
    session.lock("manual")
    for username in ("citalac", "marko"):  # read-only; a caseworker on someone else's case
        main = unlock(qtbot, session, username, USER_PASSPHRASE)
        cf = open_case(qtbot, main.page("cases"), case_id)
        for sv in cf.view.sections.values():
            assert sv.delete_button.isHidden() and sv.correct_button.isHidden(), sv.section.key
        assert cf.view.manager_button.isHidden()
        # even by the keyboard or called directly: no question, no dialog, nothing deleted
        incidents = cf.view.sections["incidents"]
        select(incidents, lambda _r: True)
        qtbot.keyClick(incidents.table, Qt.Key.Key_Delete)
        cf.delete(incidents)
        people_view = cf.view.sections["people"]
        select(people_view, lambda _r: True)
        qtbot.keyClick(people_view.table, Qt.Key.Key_Return)
        cf.correct_identity(people_view)
        cf.change_manager()
        qtbot.wait(200)
        assert cf.dialog is None and not answers.seen
        assert incidents.model.rowCount() == 1
        cf.close()
        session.lock("manual")
    # a closed case: nothing is corrected there either, even by its case manager
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    case_service.close_case(
        session.register, case_id, ClosureData(closed_on=date.today(), reason=_first("closure_reason"))
    )
    cf = open_case(qtbot, main.page("cases"), case_id)
    assert cf.case_file.closed
    assert all(sv.delete_button.isHidden() for sv in cf.view.sections.values())
    assert cf.view.sections["people"].correct_button.isHidden()
    assert cf.view.manager_button.isHidden()


def test_correction_being_typed_survives_a_lock(
    qtbot: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER", marko="CASEWORKER")
    session, main = start(qtbot, make_session, data_dir)
    case_id = seed_case(session.register)
    cf = open_case(qtbot, main.page("cases"), case_id)
    select(cf.view.sections["people"], lambda p: p.role == "VICTIM")
    cf.view.sections["people"].correct_button.click()
    qtbot.waitUntil(lambda: cf.dialog is not None, timeout=10_000)
    cf.dialog.form.set_value("last_name", "Petrović")
    session.lock("idle")
    assert cf.dialog is None  # identity data is not left on the screen of a locked register
    unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    qtbot.waitUntil(lambda: cf.dialog is not None, timeout=10_000)
    assert cf.dialog.form.value("last_name") == "Petrović"
    assert cf.dialog.form.value("first_name") == "Ana"
    cf.dialog.reject()
    # the case manager being chosen, likewise
    cf.change_manager()
    qtbot.waitUntil(lambda: cf.dialog is not None, timeout=10_000)
    combo = cf.dialog.form.widgets["case_manager_id"]
    marko = next(combo.itemData(i) for i in range(combo.count()) if "Marko" in combo.itemText(i))
    cf.dialog.form.set_value("case_manager_id", marko)
    session.lock("idle")
    unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    qtbot.waitUntil(lambda: cf.dialog is not None, timeout=10_000)
    assert cf.dialog.form.value("case_manager_id") == marko
