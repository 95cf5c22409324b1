"""The new-case flow: a case with two people, a report, an incident and a risk assessment typed in
one go, found by a search without diacritics, opened, edited, locked and unlocked; the
duplicate-person suggestion; the JMBG checked while it is typed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import USER_PASSPHRASE, create_register, unlock

from evidencija.services import jmbg as jmbg_rules

VICTIM_JMBG = jmbg_rules.make(date(1988, 4, 12), "72", 512)
PERPETRATOR_JMBG = jmbg_rules.make(date(1985, 9, 3), "72", 17)


def fill_flow(qtbot: Any, flow: Any, file_number: str) -> None:
    v = flow.view
    qtbot.keyClicks(v.case_form.widgets["file_number"], file_number)
    v.case_form.set_value("centre_municipality_code", "RS-70645")
    v.report_form.set_value("received_at", datetime.now().astimezone() - timedelta(hours=3))
    v.report_form.set_value("channel", v.report_form.widgets["channel"].itemData(1))
    flow.go(1)
    victim = v.victim.form
    qtbot.keyClicks(victim.widgets["first_name"], "Jelena")
    victim.widgets["last_name"].setText("Petrović")  # QTest types ASCII only
    qtbot.keyClicks(victim.widgets["jmbg"], VICTIM_JMBG)
    assert "✓" in v.victim.jmbg_state.text()
    assert victim.value("birth_date") == date(1988, 4, 12)  # read from the JMBG
    assert victim.value("sex") == "FEMALE"
    perp = v.perpetrator.form
    qtbot.keyClicks(perp.widgets["first_name"], "Marko")
    perp.widgets["last_name"].setText("Petrović")
    perp.set_value("birth_date", date(1985, 9, 3))
    perp.set_value("sex", "MALE")
    flow.go(2)
    v.relation_form.set_value("relation", v.relation_form.widgets["relation"].itemData(1))
    flow.go(3)
    v.incident_form.set_value("occurred_at", datetime.now().astimezone() - timedelta(hours=5))
    v.incident_form.set_value("forms", ("PHYSICAL",))
    v.incident_form.set_value("municipality_code", "RS-70645")
    flow.go(4)
    v.risk_form.set_value("assessed_on", datetime.now().astimezone() - timedelta(hours=1))
    v.risk_form.set_value("assessor", v.risk_form.widgets["assessor"].itemData(1))
    v.risk_form.set_value("level", v.risk_form.widgets["level"].itemData(1))


def test_flow_creates_case_then_search_open_edit_lock_unlock(
    qtbot: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    page = main.page("cases")
    main.view.show_page("cases")  # a case manager's window opens on My work
    qtbot.mouseClick(page.view.new_button, Qt.MouseButton.LeftButton)
    flow = page.flow
    assert page.view.pages.currentWidget() is flow.view
    assert flow.view.case_form.value("opened_on") == date.today()
    fill_flow(qtbot, flow, "553-41/2026")
    qtbot.keyClick(main.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    cf = page.case_file
    qtbot.waitUntil(lambda: cf.case_file is not None, timeout=10_000)
    assert page.view.pages.currentWidget() is cf.view
    case_file = cf.case_file
    assert case_file.case.file_number == "553-41/2026"
    assert {p.role for p in case_file.participants} == {"VICTIM", "PERPETRATOR"}
    assert len(case_file.incidents) == 1 and len(case_file.reports) == 1
    assert len(case_file.relationships) == 1 and len(case_file.risk_assessments) == 1
    assert cf.view.sections["people"].model.rowCount() == 2
    assert cf.view.sections["incidents"].model.rowCount() == 1
    # names are not on screen until asked for
    assert "Jelena" not in cf.view.sections["people"].model.index(0, 1).data()

    # back to the list, found without diacritics
    qtbot.keyClick(cf.view.tabs, Qt.Key.Key_Escape)
    assert page.view.pages.currentIndex() == page.view.LIST
    page.view.search.setText("petrovic")
    page.apply_query()
    assert page.model.rowCount() == 1
    page.open_case(0)
    qtbot.waitUntil(lambda: cf.case_file is not None, timeout=10_000)

    # edit: add a service
    services = cf.view.sections["services"]
    assert not services.add_button.isHidden()
    cf.add(services)
    dialog = cf.dialog
    form = dialog.form
    form.set_value("service_type", form.widgets["service_type"].itemData(1))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    errors = {n: e.text() for n, e in form.errors.items() if e.text()}
    assert not errors and not form.general_error.text()
    qtbot.waitUntil(lambda: services.model.rowCount() == 1, timeout=10_000)

    # lock, unlock: the case file comes back with the edit in it
    qtbot.waitUntil(lambda: not session.tasks.busy, timeout=5_000)
    # the offscreen platform leaves no window active once a dialog has closed
    main.view.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main.view, timeout=2_000)
    qtbot.keyClick(main.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not session.register.is_unlocked, timeout=5_000)
    assert cf.case_file is None and services.model.rowCount() == 0
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    qtbot.waitUntil(lambda: cf.case_file is not None, timeout=10_000)
    assert page.view.pages.currentWidget() is cf.view
    assert services.model.rowCount() == 1


def test_duplicate_person_is_offered_and_used(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    page = main.page("cases")
    page.new_case_flow()
    fill_flow(qtbot, page.flow, "553-50/2026")
    page.save_shortcut()
    qtbot.waitUntil(lambda: page.case_file.case_file is not None, timeout=10_000)
    first_victim = next(p for p in page.case_file.case_file.participants if p.role == "VICTIM")
    page.case_file.close()

    page.new_case_flow()
    flow = page.flow
    block = flow.view.victim
    qtbot.keyClicks(block.form.widgets["jmbg"], VICTIM_JMBG)
    flow.go(1)
    qtbot.waitUntil(lambda: block.use_button.isVisibleTo(flow.view), timeout=5_000)
    assert "same JMBG" in block.suggestion.text()
    assert "Petrović" in block.suggestion.text()
    # the same by name (typed without diacritics) and birth date, for the perpetrator
    other = flow.view.perpetrator
    qtbot.keyClicks(other.form.widgets["first_name"], "Marko")
    qtbot.keyClicks(other.form.widgets["last_name"], "Petrovic")
    other.form.set_value("birth_date", date(1985, 9, 3))
    qtbot.waitUntil(lambda: other.use_button.isVisibleTo(flow.view), timeout=5_000)
    assert "same name and birth date" in other.suggestion.text()
    qtbot.mouseClick(block.use_button, Qt.MouseButton.LeftButton)
    assert block.chosen is not None and not block.form.isEnabled()
    qtbot.keyClicks(flow.view.case_form.widgets["file_number"], "553-51/2026")
    flow.view.case_form.set_value("centre_municipality_code", "RS-70645")
    flow.create()
    qtbot.waitUntil(lambda: page.case_file.case_file is not None, timeout=10_000)
    victim = next(p for p in page.case_file.case_file.participants if p.role == "VICTIM")
    assert victim.person_id == first_victim.person_id


def test_jmbg_checked_inline_and_errors_next_to_fields(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    page = main.page("cases")
    page.new_case_flow()
    flow = page.flow
    wrong = VICTIM_JMBG[:12] + str((int(VICTIM_JMBG[12]) + 1) % 10)
    qtbot.keyClicks(flow.view.victim.form.widgets["jmbg"], wrong)
    assert "check digit" in flow.view.victim.jmbg_state.text()
    # no file number: refused next to the field, nothing created, the step is shown
    flow.go(3)
    flow.view.case_form.set_value("file_number", "")
    flow.create()
    assert flow.view.stack.currentIndex() == 0
    error = flow.view.case_form.errors["file_number"]
    assert error.isVisibleTo(flow.view) and error.text()
    assert flow.progress.case_id is None
