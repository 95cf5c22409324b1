"""Start-up, the error hook, the recovery-key path and switching language from the settings."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from ui_support import ADMIN_PASSPHRASE, create_register, unlock

from evidencija.errors import DiskFull
from evidencija.i18n import build
from evidencija.services import settings as register_settings
from evidencija.ui import app as ui_app
from evidencija.ui import errors
from evidencija.ui.unlock.recovery import RecoveryDialog


def test_run_gui_installs_the_hook_and_shows_the_first_run_wizard(
    qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    shown: list[str] = []
    made: list[Any] = []
    real_create = ui_app.create_session

    def fake_exec() -> int:
        shown.extend(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
        return 0

    def create(*args: Any) -> Any:
        made.append(real_create(*args))
        return made[-1]

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setattr(ui_app, "create_session", create)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert ui_app.run_gui(tmp_path / "fresh", "en") == 0
    assert sys.excepthook is errors._hook
    assert "FirstRunWizard" in shown
    session = made[0]
    session.finished.disconnect()  # run_gui tied it to QApplication.exit
    session.quit(0)
    session.first_run.view.really_close()
    session.translators.clear()
    qapp.setQuitOnLastWindowClosed(True)


def test_known_errors_get_a_plain_message_and_bugs_a_logged_trace(
    qapp: Any, answers: Any, caplog: Any
) -> None:
    errors.report(DiskFull(path="/media/usb"))
    assert answers.seen[-1].startswith("There is not enough disk space for /media/usb.")
    typed = "".join(["Jelena Markov", "ić ", "0101990", "715007"])  # values, not source text
    try:
        raise ValueError(typed)
    except ValueError as exc:
        errors.report(exc)
    assert "Something went wrong" in answers.seen[-1]
    logged = caplog.text
    assert "ValueError" in logged and "test_app.py" in logged
    assert "Marković" not in logged and "0101990715007" not in logged


def test_recovery_key_sets_a_new_admin_passphrase(
    qtbot: Any, make_session: Any, data_dir: Path, monkeypatch: Any
) -> None:
    from evidencija.db.register import Register

    register, key = Register.create(
        data_dir,
        centre_code="C",
        centre_name="Centar",
        admin_username="admin",
        admin_display_name="Ana",
        passphrase=ADMIN_PASSPHRASE,
    )
    register.close()
    monkeypatch.setattr(RecoveryDialog, "open", RecoveryDialog.show)
    session = make_session(data_dir)
    session.start()
    qtbot.waitUntil(lambda: session.unlock.ready)
    session.unlock.view.recovery_requested.emit()
    dialog = session.unlock.recovery.view
    wrong = key[:-1] + ("0" if key[-1] != "0" else "1")
    dialog.key.setText(wrong)
    dialog.next_button.click()
    qtbot.waitUntil(
        lambda: dialog.error.text() and "wait" not in dialog.error.text(), timeout=10_000
    )
    assert "mistyped (group 8)" in dialog.error.text()
    dialog.key.setText(key.lower().replace("-", " "))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=10_000)
    dialog.admin.setCurrentText("admin")
    dialog.passphrase.first.setText("Nova-lozinka-posle-oporavka")
    dialog.passphrase.second.setText("Nova-lozinka-posle-oporavka")
    dialog.next_button.click()
    qtbot.waitUntil(
        lambda: session.main is not None and session.main.view.isVisible(), timeout=10_000
    )
    session.lock("manual")
    unlock(qtbot, session, "admin", "Nova-lozinka-posle-oporavka")


def test_admin_switches_language_live_and_sets_the_register_default(
    qtbot: Any,
    make_session: Any,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    create_register(data_dir)
    qm = tmp_path / "qm"
    qm.mkdir()
    for lang in build.LANGS:
        shutil.copy(build.ts_path(lang), qm)
    build.lrelease(qm)
    session = make_session(data_dir)
    session.translators.qm_dir = qm
    session.translators.use("en")
    session.start()
    main = unlock(qtbot, session)
    main.view.show_page("users")
    users = main.page("users").view
    assert users.heading.title.text() == "Users & settings"
    users.language.setCurrentIndex(users.language.findData("sr_Cyrl"))
    qtbot.waitUntil(lambda: users.heading.title.text() == "Корисници и подешавања", timeout=3_000)
    assert main.view.nav.item(main.view.page_keys().index("cases")).text() == "Случајеви"
    assert "Последња исправна резервна копија" in main.view.backup_label.text()
    assert register_settings.load_settings(session.register).language == "sr_Cyrl"
    assert session.prefs.language() == "sr_Cyrl"
