"""What the first-run wizard does: switch language, create the register off the UI thread, print or
save the recovery key, and refuse to lose the key silently when the wizard is closed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWizard

from ...errors import KnownError
from .. import dialogs, errors, files
from ..i18n import Translators, current_lang
from ..prefs import Prefs
from ..reference import municipality_choices
from ..tasks import TaskRunner
from . import recovery_print
from .view import FirstRunWizard


class FirstRunController(QObject):
    completed = Signal(object)  # the new, unlocked Register
    cancelled = Signal()

    def __init__(
        self, data_dir: Path, tasks: TaskRunner, translators: Translators, prefs: Prefs
    ) -> None:
        super().__init__()
        self.data_dir, self.tasks, self.translators, self.prefs = (
            data_dir,
            tasks,
            translators,
            prefs,
        )
        self.register = None
        self.created_at: datetime | None = None
        self.view = FirstRunWizard(current_lang(), municipality_choices())
        self.view.intro.language_chosen.connect(self._set_language)
        self.view.admin.create_requested.connect(self._create)
        self.view.recovery.print_requested.connect(self._print)
        self.view.recovery.pdf_requested.connect(self._save_pdf)
        self.view.close_requested.connect(self._close)
        self.view.accepted.connect(self._finish)

    def show(self) -> None:
        dialogs.bring_to_front(self.view)

    def _set_language(self, lang: str) -> None:
        self.translators.use(lang)
        self.prefs.set_language(lang)

    # ------------------------------------------------------------------ creating
    def _create(self) -> None:
        from ...db.register import Register

        centre, admin = self.view.centre, self.view.admin
        args = {
            "centre_code": centre.code.text().strip(),
            "centre_name": centre.name.text().strip(),
            "municipality_code": centre.municipality_code(),
            "admin_username": admin.username.text().strip(),
            "admin_display_name": admin.display_name.text().strip(),
            "passphrase": admin.passphrase.passphrase(),
        }
        admin.set_busy(True)
        self.view.button(QWizard.WizardButton.CommitButton).setEnabled(False)
        self.tasks.submit(
            lambda: Register.create(self.data_dir, **args), self._created, self._failed
        )

    def _created(self, result: tuple[object, str]) -> None:
        self.register, key = result
        self.created_at = datetime.now()
        self.view.recovery.set_key(key)
        self.view.admin.created = True
        self.view.admin.set_busy(False)
        self.view.admin.passphrase.clear()
        self.view.next()

    def _failed(self, exc: BaseException) -> None:
        self.view.admin.set_busy(False)
        self.view.button(QWizard.WizardButton.CommitButton).setEnabled(True)
        if isinstance(exc, KnownError):
            self.view.admin.show_error(exc.message(current_lang()))
        else:
            self.view.admin.show_error("")
            errors.report(exc, self.view)

    # ------------------------------------------------------------------ the key
    def _centre_title(self) -> str:
        return f"{self.view.centre.name.text().strip()} ({self.view.centre.code.text().strip()})"

    def _print(self) -> None:
        recovery_print.print_sheet(
            self.view,
            self.view.recovery.key,
            self._centre_title(),
            self.created_at or datetime.now(),
        )

    def _save_pdf(self) -> None:
        start = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        path = files.save_file(
            self.view,
            self.tr("Save the recovery key as PDF"),
            start / "evidencija-recovery-key.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        recovery_print.save_pdf(
            path, self.view.recovery.key, self._centre_title(), self.created_at or datetime.now()
        )
        dialogs.inform(
            self.view,
            self.tr(
                "Saved to %1. Move this file to a USB stick kept locked away, and delete it from "
                "this computer."
            ).replace("%1", str(path)),
        )

    # ------------------------------------------------------------------ leaving
    def _close(self) -> None:
        if self.register is not None:
            leave = dialogs.ask(
                self.view,
                self.tr(
                    "The register has been created, but you have not confirmed the recovery "
                    "key. It will not be shown again. Close anyway?"
                ),
                self.tr("Close without the key"),
                self.tr("Go back"),
            )
            if not leave:
                return
            self.view.really_close()
            self._finish()
            return
        self.view.really_close()
        self.cancelled.emit()

    def _finish(self) -> None:
        username = self.view.admin.username.text().strip().lower()
        self.prefs.set_last_username(username)
        self.prefs.set_centre_title(self._centre_title())
        self.view.hide()
        register, self.register = self.register, None
        self.completed.emit(register)
