"""Unlock, lock (Ctrl+L and idle), drafts across a lock, and the ways out of a register that
cannot be opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_support import ADMIN_PASSPHRASE, create_register, unlock

from evidencija.db.register import Register
from evidencija.services import drafts


def test_wrong_passphrase_says_so_without_saying_which(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir)
    session = make_session(data_dir)
    session.start()
    view = session.unlock.view
    for username, passphrase in (("admin", "not-the-passphrase"), ("nobody", ADMIN_PASSPHRASE)):
        view.username.setText(username)
        view.passphrase.setText(passphrase)
        qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.unlock_button.isEnabled(), timeout=10_000)
        assert view.error.text() == "Wrong username or passphrase."
        assert view.passphrase.text() == ""
        assert session.main is None
    main = unlock(qtbot, session)
    assert main.view.isVisible() and not view.isVisible()


def test_ctrl_l_locks_and_unlock_returns_to_the_same_window(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    main.view.show_page("backups")
    qtbot.keyClick(main.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not session.register.is_unlocked
    assert not main.view.isVisible()
    assert session.unlock.view.isVisible()
    assert "locked" in session.unlock.view.notice.text()
    assert session.unlock.view.username.text() == "admin"
    again = unlock(qtbot, session)
    assert again is main and main.view.current_key() == "backups"
    assert session.register.is_unlocked


def test_idle_lock_keeps_unsaved_typing_as_an_encrypted_draft(
    qtbot: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(data_dir)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    users = main.page("users")
    main.view.show_page("users")
    users.view.new_username.setText("marko")
    users.view.new_name.setText("Marko Jovanović")

    session.idle.set_timeout_ms(50)  # the test hook: minutes become milliseconds
    qtbot.waitUntil(lambda: not session.register.is_unlocked, timeout=5_000)
    assert "without activity" in session.unlock.view.notice.text()
    assert users.view.new_username.text() == ""  # nothing left on screen behind the lock
    raw = (data_dir / "register.db").read_bytes()
    assert b"Jovanovi" not in raw and "Jovanović".encode() not in raw

    session.idle.set_timeout_ms(60_000)
    unlock(qtbot, session)
    assert "unsaved changes" in answers.texts()  # offered back, and the first answer restores
    assert users.view.new_username.text() == "marko"
    assert users.view.new_name.text() == "Marko Jovanović"
    assert main.view.current_key() == "users"
    assert drafts.load_drafts(session.register) == []


def test_read_only_user_sees_no_edit_controls(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir, citalac="READ_ONLY")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "citalac", "Druga-lozinka-2026")
    main.view.show_page("users")
    users = main.page("users").view
    assert users.table.model().rowCount() == 2  # the list is visible …
    assert not users.add_box.isVisible()  # … but nothing to change it
    assert not users.disable_button.isVisible() and not users.reset_button.isVisible()
    assert not users.idle_minutes.isEnabled() and not users.save_settings_button.isVisible()
    assert users.admin_only_note.isVisible()
    assert users.change_own_button.isVisible()  # one's own passphrase, yes
    main.view.show_page("backups")
    backups = main.page("backups").view
    assert not backups.now_button.isVisible() and not backups.restore_box.isVisible()
    main.view.show_page("cases")
    assert not main.page("cases").view.new_button.isVisible()


def test_register_in_use_offers_try_again_and_quit(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir)
    holder = Register.open(data_dir)  # another window holds the register
    try:
        session = make_session(data_dir)
        session.start()
        view = session.unlock.view
        assert view.isVisible()  # the window comes first, the register folder right after
        qtbot.waitUntil(lambda: session.unlock.ready)
        assert view.pages.currentIndex() == view.PROBLEM
        assert "already open" in view.problem.text()
        assert view.retry_button.isVisibleTo(view) and not view.restore_button.isVisibleTo(view)
    finally:
        holder.close()
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == view.FORM


def test_damaged_register_offers_restore_from_backup(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir)
    db = data_dir / "register.db"
    raw = bytearray(db.read_bytes())
    raw[5000] ^= 0xFF
    db.write_bytes(bytes(raw))
    session = make_session(data_dir)
    session.start()
    unlock_view = session.unlock.view
    unlock_view.username.setText("admin")
    unlock_view.passphrase.setText(ADMIN_PASSPHRASE)
    unlock_view.unlock_requested.emit()
    qtbot.waitUntil(lambda: unlock_view.pages.currentIndex() == unlock_view.PROBLEM, timeout=10_000)
    assert "damaged" in unlock_view.problem.text()
    assert unlock_view.restore_button.isVisibleTo(unlock_view)
    assert session.main is None


def test_a_large_register_is_checked_beside_the_user_after_unlock(
    qtbot: Any, make_session: Any, data_dir: Path, monkeypatch: Any
) -> None:
    """Above the size limit unlock does not read every page first; the check runs afterwards
    on its own connection, and locking waits for it to let go of the database."""
    monkeypatch.setattr(Register, "BACKGROUND_CHECK_BYTES", 0)  # every register counts as large
    checked: list[list[str]] = []
    real_check = Register.check_pages

    def spy(self: Register) -> list[str]:
        result = real_check(self)
        checked.append(result)
        return result

    monkeypatch.setattr(Register, "check_pages", spy)
    create_register(data_dir)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    qtbot.waitUntil(lambda: checked == [[]], timeout=10_000)  # ran, found nothing
    qtbot.keyClick(main.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not session.register.is_unlocked and session.register._page_checker is None
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: len(checked) == 2, timeout=10_000)
    assert checked[1] == []
