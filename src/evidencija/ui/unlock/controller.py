"""What the unlock window does: open the register folder, unlock off the UI thread, and offer the
right way out when the register cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...errors import (
    DamagedRegister,
    ForeignFile,
    KnownError,
    MigrationFailed,
    NetworkShare,
    NewerRegister,
    RegisterInUse,
    RegisterMissing,
    WrongCredentials,
)
from .. import dialogs, errors, files
from ..i18n import Translators, current_lang
from ..prefs import Prefs
from ..restore_dialog import RestoreDialog, info_from_manifest, restore_job, when
from ..tasks import TaskRunner
from .view import UnlockView

# known error → (offer "Restore from backup…", offer "Try again")
_WAYS_OUT: list[tuple[type[KnownError], bool, bool]] = [
    (RegisterInUse, False, True),
    (NetworkShare, False, False),
    (NewerRegister, False, False),
    (DamagedRegister, True, False),
    (ForeignFile, True, False),
    (MigrationFailed, True, False),
    (RegisterMissing, True, False),
]


class UnlockController(QObject):
    unlocked = Signal(object)  # the unlocked Register
    quit_requested = Signal()

    def __init__(
        self, data_dir: Path, register, tasks: TaskRunner, translators: Translators, prefs: Prefs
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.data_dir, self.register, self.tasks = data_dir, register, tasks
        self.translators, self.prefs = translators, prefs
        self.view = UnlockView(current_lang())
        self._notice: Callable[[], str] = lambda: ""
        self._error: Callable[[], str] = lambda: ""
        self._problem: KnownError | None = None
        self.view.unlock_requested.connect(self.unlock)
        self.view.recovery_requested.connect(self._recovery)
        self.view.restore_requested.connect(self._restore)
        self.view.retry_requested.connect(self.start)
        self.view.quit_requested.connect(self.quit_requested)
        self.view.language_chosen.connect(self._set_language)
        self.view.retranslated.connect(self._render)
        prefs.restore_geometry(self.view, "unlock")

    # ------------------------------------------------------------------ entry points
    def start(self, notice: Callable[[], str] | None = None, *, defer_open: bool = False) -> None:
        """Show the window and open the register folder if it is not open yet.

        With `defer_open` (program start) the window appears first and the folder is opened on
        the next turn of the event loop: that is when the database layer is first imported.
        """
        self._notice = notice or (lambda: "")
        self._error = lambda: ""
        self._problem = None
        self.view.username.setText(self.view.username.text() or self.prefs.last_username())
        self.view.passphrase.clear()
        self.view.set_busy(False)
        if self.register is None and defer_open:
            self._render()
            dialogs.bring_to_front(self.view)
            QTimer.singleShot(0, self._open_and_render)
            return
        self._open()
        self._render()
        dialogs.bring_to_front(self.view)

    @property
    def ready(self) -> bool:
        """The folder was opened (or found unusable): the window shows the form or the problem."""
        return self.register is not None or self._problem is not None

    def _open(self) -> None:
        if self.register is not None:
            return
        from ...db.register import Register

        try:
            self.register = Register.open(self.data_dir)
        except KnownError as exc:
            self._problem = exc

    def _open_and_render(self) -> None:
        self._open()
        self._render()

    def unlock(self) -> None:
        username, passphrase = self.view.username.text().strip(), self.view.passphrase.text()
        if not username or not passphrase or self.tasks.busy:
            return
        self._open()
        if self.register is None:
            self._render()
            return
        self.view.set_busy(True)
        register = self.register
        self.tasks.submit(
            # A large register is checked beside the user after unlock (AppSession), not before.
            lambda: register.unlock(
                username, passphrase, verify=not register.page_check_in_background
            ),
            self._unlocked,
            self._failed,
        )

    def hide(self) -> None:
        self.prefs.save_geometry(self.view, "unlock")
        self.view.hide()

    # ------------------------------------------------------------------ results
    def _unlocked(self, _user: object) -> None:
        self.view.set_busy(False)
        self.view.passphrase.clear()
        self.prefs.set_last_username(self.register.user.username)
        self.hide()
        self.unlocked.emit(self.register)

    def _failed(self, exc: BaseException) -> None:
        self.view.set_busy(False)
        self.view.passphrase.clear()
        if isinstance(exc, WrongCredentials):
            # The core's message: it never says whether the username or the passphrase was wrong.
            self._error = lambda: exc.message(current_lang())
        elif isinstance(exc, KnownError) and self._way_out(exc) is not None:
            self._problem = exc
        elif isinstance(exc, KnownError):
            self._error = lambda: exc.message(current_lang())
        else:
            errors.report(exc, self.view)
        self._render()

    @staticmethod
    def _way_out(exc: KnownError) -> tuple[bool, bool] | None:
        for kind, restore, retry in _WAYS_OUT:
            if isinstance(exc, kind):
                return restore, retry
        return None

    def _render(self) -> None:
        self.view.set_notice(self._notice())
        title = self.prefs.centre_title()
        self.view.centre.setText(title)
        self.view.centre.setVisible(bool(title))
        if self._problem is not None:
            restore, retry = self._way_out(self._problem) or (False, False)
            self.view.show_problem(
                self._problem.message(current_lang()), restore=restore, retry=retry
            )
        else:
            self.view.show_form(error=self._error())

    def _set_language(self, lang: str) -> None:
        self.translators.use(lang)
        self.prefs.set_language(lang)

    # ------------------------------------------------------------------ other ways in
    def _recovery(self) -> None:
        if self.register is None or self.tasks.busy:
            return
        from .recovery import RecoveryController

        self.recovery = RecoveryController(
            self.register, self.tasks, self.view, self._unlocked_by_recovery
        )
        self.recovery.exec()

    def _unlocked_by_recovery(self, register: object) -> None:
        self._unlocked(None)

    def _restore(self) -> None:
        path = files.open_file(
            self.view,
            self.tr("Choose a backup file"),
            Path.home(),
            self.tr("Evidencija backups (*.evbackup);;All files (*)"),
        )
        if path is None:
            return
        from ...db.backup import open_backup

        self.tasks.submit(
            lambda: open_backup(path),
            lambda result: self._confirm_restore(path, result[0]),
            busy_text=self.tr("Checking the backup…"),
            parent=self.view,
        )

    def _confirm_restore(self, path: Path, manifest: dict[str, object]) -> None:
        info = info_from_manifest(path, manifest)
        dialog = RestoreDialog(
            info,
            verified=False,
            username=self.prefs.last_username(),
            username_fixed=False,
            parent=self.view,
        )
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return
        username, passphrase = dialog.username.text().strip(), dialog.passphrase.text()
        register, self.register = self.register, None
        self.tasks.submit(
            lambda: restore_job(register, self.data_dir, path, username, passphrase),
            self._restored,
            self._restore_crashed,
            busy_text=self.tr("Restoring the register…"),
            parent=self.view,
        )

    def _restored(self, result: tuple[object, object, KnownError | None]) -> None:
        register, info, error = result
        self.register = register
        if error is not None:
            errors.report(error, self.view)
            self.start()
            return
        created = getattr(info, "created_at", None)
        self.start(
            lambda: self.tr(
                "The register was restored from the backup made on %1. Unlock it to continue."
            ).replace("%1", when(created))
        )

    def _restore_crashed(self, exc: BaseException) -> None:
        errors.report(exc, self.view)
        self.register = None
        self.start()
