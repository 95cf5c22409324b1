"""Backups from the window: back up now (verified), automatic backups, restore shown first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_support import ADMIN_PASSPHRASE, USER_PASSPHRASE, create_register, unlock

from evidencija.db.backup import verify_backup
from evidencija.db.register import Register
from evidencija.services import settings as register_settings
from evidencija.services import users
from evidencija.ui import files
from evidencija.ui.restore_dialog import RestoreDialog


def test_back_up_now_writes_a_verified_file(
    qtbot: Any, make_session: Any, data_dir: Path, tmp_path: Path, monkeypatch: Any, answers: Any
) -> None:
    create_register(data_dir)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(files, "folder", lambda *a: usb)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    assert "none yet" in main.view.backup_label.text()
    main.view.show_page("backups")
    page = main.page("backups")
    qtbot.mouseClick(page.view.now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.tasks.busy, timeout=20_000)
    written = list(usb.glob("*.evbackup"))
    assert len(written) == 1
    info = verify_backup(written[0], data_key=session.register.data_key)
    assert info.register_id == session.register.keyfile.register_id
    assert "written and verified" in answers.texts()
    assert "Last good backup:" in main.view.backup_label.text()
    assert "none yet" not in main.view.backup_label.text()
    assert "No verified" not in page.view.last_good.text()


def test_daily_backup_runs_at_unlock_into_the_chosen_folder(
    qtbot: Any, make_session: Any, data_dir: Path, tmp_path: Path
) -> None:
    create_register(data_dir, marko="CASEWORKER")
    folder = tmp_path / "auto"
    folder.mkdir()
    with Register.open(data_dir) as register:
        register.unlock("admin", ADMIN_PASSPHRASE)
        register_settings.update_settings(
            register, backup_mode="daily", backup_folder=str(folder), backup_keep=3
        )
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "marko", USER_PASSPHRASE)  # any user: the admin chose the folder
    qtbot.waitUntil(
        lambda: len(list(folder.glob("evidencija-auto-*.evbackup"))) == 1, timeout=20_000
    )
    qtbot.waitUntil(lambda: "none yet" not in main.view.backup_label.text(), timeout=5_000)
    session._maybe_auto_backup("timer")  # the same day: not due again
    assert not session.tasks.busy
    assert len(list(folder.glob("*.evbackup"))) == 1


def test_backup_on_close(qtbot: Any, make_session: Any, data_dir: Path, tmp_path: Path) -> None:
    create_register(data_dir)
    folder = tmp_path / "auto"
    folder.mkdir()
    with Register.open(data_dir) as register:
        register.unlock("admin", ADMIN_PASSPHRASE)
        register_settings.update_settings(
            register, backup_mode="on_close", backup_folder=str(folder)
        )
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    assert not list(folder.iterdir())
    with qtbot.waitSignal(session.finished, timeout=20_000):
        main.view.close()
    assert len(list(folder.glob("*.evbackup"))) == 1
    assert session.register is None  # closed, the register folder released
    Register.open(data_dir).close()


def test_restore_shows_the_backup_first_then_replaces_the_register(
    qtbot: Any,
    make_session: Any,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    create_register(data_dir)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(files, "folder", lambda *a: usb)
    main.page("backups").back_up_now()
    qtbot.waitUntil(lambda: not session.tasks.busy, timeout=20_000)
    backup = next(usb.glob("*.evbackup"))
    users.add_user(
        session.register, "kasnije", "Added after the backup", "CASEWORKER", USER_PASSPHRASE
    )

    shown: list[str] = []

    def confirm(dialog: RestoreDialog) -> int:
        shown.append(dialog.summary.text() + "\n" + dialog.warning.text())
        dialog.passphrase.setText(ADMIN_PASSPHRASE)
        return RestoreDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", confirm)
    monkeypatch.setattr(files, "open_file", lambda *a: backup)
    main.page("backups").restore()
    qtbot.waitUntil(lambda: session.main is None and not session.tasks.busy, timeout=30_000)
    assert (
        "Verified" in shown[0] and "Program version" in shown[0] and "Database schema" in shown[0]
    )
    assert "will be lost" in shown[0]
    assert "restored from the backup" in session.unlock.view.notice.text()
    unlock(qtbot, session)
    assert "kasnije" not in [u.username for u in users.list_users(session.register)]
