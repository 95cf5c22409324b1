"""The case list and the quick new-case form from the keyboard: Ctrl+Shift+N, typed dates, Ctrl+S, Ctrl+F,
search as you type, validation next to the field, and a half-typed case kept across a lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_support import USER_PASSPHRASE, create_register, unlock


def type_date(qtbot: Any, field: Any, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


def test_new_case_from_the_keyboard_then_found_by_search(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    page = main.page("cases")
    main.view.show_page("users")
    # Ctrl+N from anywhere: the full new-case flow on the cases page …
    qtbot.keyClick(main.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert main.view.current_key() == "cases"
    assert page.view.pages.currentWidget() is page.flow.view
    # … Ctrl+Shift+N: the quick form for the case alone.
    qtbot.keyClick(main.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = page.view.form
    assert page.view.pages.currentWidget() is form
    qtbot.keyClicks(form.file_number, "553-7/2026")
    type_date(qtbot, form.opened_on, "03022026")  # the dots come by themselves
    assert form.opened_on.edit.text() == "03.02.2026."
    form.centre_municipality.setCurrentIndex(form.centre_municipality.findData("RS-70645"))
    qtbot.keyClick(main.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.view.pages.currentIndex() == page.view.LIST
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "553-7/2026"
    assert page.model.index(0, 1).data() == "03.02.2026."

    qtbot.keyClick(main.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.view.search.hasFocus() or page.view.search.selectedText() == page.view.search.text()
    page.view.search.setText("nothing-like-this")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2_000)
    assert page.view.empty.isVisible() and "No case matches" in page.view.empty.text()
    assert page.view.count.text() == "Cases found: 0"

    # a date that does not exist, then the same file number again: refused next to the field
    qtbot.keyClick(main.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(form.file_number, "553-8/2026")
    type_date(qtbot, form.opened_on, "31.02.2026.")
    page.save_new_case()
    assert (
        form.errors["opened_on"].isVisibleTo(form)
        and "dd.mm.yyyy" in form.errors["opened_on"].text()
    )
    page.cancel_new_case()

    qtbot.keyClick(main.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(form.file_number, "553-7/2026")
    form.centre_municipality.setCurrentIndex(form.centre_municipality.findData("RS-70645"))
    page.save_new_case()
    assert form.errors["file_number"].isVisibleTo(form)
    assert "already in use" in form.errors["file_number"].text()


def test_half_typed_case_survives_a_lock(qtbot: Any, make_session: Any, data_dir: Path) -> None:
    create_register(data_dir, marko="CASEWORKER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "marko", USER_PASSPHRASE)
    page = main.page("cases")
    page.new_case()
    page.view.form.file_number.setText("553-99/2026")
    type_date(qtbot, page.view.form.opened_on, "15.01.2026.")
    session.lock("idle")
    assert page.view.form.file_number.text() == ""
    assert page.view.pages.currentIndex() == page.view.LIST
    unlock(qtbot, session, "marko", USER_PASSPHRASE)
    assert page.view.pages.currentIndex() == page.view.FORM
    assert page.view.form.file_number.text() == "553-99/2026"
    assert page.view.form.opened_on.edit.text() == "15.01.2026."


def test_admin_reads_cases_but_does_not_open_them(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    page = main.page("cases")
    assert not page.view.new_button.isVisibleTo(page.view)
    qtbot.keyClick(main.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.view.pages.currentIndex() == page.view.LIST
