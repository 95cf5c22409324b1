"""First run: the wizard creates the register, shows the recovery key once, asks for a part of it
back, and ends in the main window with the centre and the administrator shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from ui_support import ADMIN_PASSPHRASE

from evidencija.db import recovery
from evidencija.paths import RegisterPaths
from evidencija.ui import files


def fill_wizard(qtbot: Any, session: Any, passphrase: str = ADMIN_PASSPHRASE) -> Any:
    wizard = session.first_run.view
    qtbot.waitExposed(wizard)
    wizard.next()  # language page
    wizard.centre.code.setText("CSR-NS")
    wizard.centre.name.setText("Centar za socijalni rad Novi Sad")
    wizard.next()
    page = wizard.admin
    qtbot.keyClicks(page.username, "jelena")
    page.display_name.setText("Jelena Marković")  # QTest types ASCII only
    qtbot.keyClicks(page.passphrase.first, passphrase)
    qtbot.keyClicks(page.passphrase.second, passphrase)
    return wizard


def test_first_run_creates_register_and_opens_main_window(
    qtbot: Any, make_session: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    session = make_session(tmp_path / "new")
    session.start()
    wizard = fill_wizard(qtbot, session)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=10_000)
    assert RegisterPaths(tmp_path / "new").exists()

    key = wizard.recovery.key
    recovery.parse_key(key)  # a well-formed key with valid check characters
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.recovery.confirm.setText("WRONG1")
    assert not finish.isEnabled()
    assert "not group 3" in wizard.recovery.verdict.text()

    pdf = tmp_path / "key.pdf"
    monkeypatch.setattr(files, "save_file", lambda *a: pdf)
    qtbot.mouseClick(wizard.recovery.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")

    wizard.recovery.confirm.setText(key.split("-")[2].lower())
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    main = session.main.view
    qtbot.waitExposed(main)
    status = " ".join(
        label.text() for label in (main.user_label, main.centre_label, main.backup_label)
    )
    assert "Jelena Marković" in status and "Administrator" in status
    assert "CSR-NS" in status and "Novi Sad" in status
    assert "Last good backup: none yet" in status
    assert main.page_keys() == ["my_work", "cases", "deadlines", "export", "statistics", "users", "backups"]


def test_weak_passphrase_is_refused_with_reasons(
    qtbot: Any, make_session: Any, tmp_path: Path
) -> None:
    session = make_session(tmp_path / "new")
    session.start()
    wizard = fill_wizard(qtbot, session, passphrase="jelena1")
    verdict = wizard.admin.passphrase.verdict.text()
    assert "at least 10 characters" in verdict
    assert "contains the username" in verdict
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert not RegisterPaths(tmp_path / "new").exists()
