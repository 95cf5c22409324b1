"""The application's life: first run or unlock → main window → lock → unlock … → close.

The one place that owns the open Register, the windows and the idle lock. Pages and dialogs get
what they need injected (`AppContext`) and report back through `AppEvents`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from ..paths import RegisterPaths
from . import dialogs, errors
from .context import AppContext, AppEvents
from .i18n import Translators
from .lock import IdleWatcher
from .prefs import Prefs
from .restore_dialog import restore_job, when
from .tasks import TaskRunner

log = logging.getLogger(__name__)
AUTO_BACKUP_CHECK_MS = 60 * 60_000


class AppSession(QObject):
    finished = Signal(int)  # exit code: the program should end
    pages_damaged = Signal(str)  # from the background page check (any thread)

    def __init__(self, data_dir: Path, translators: Translators, prefs: Prefs) -> None:
        super().__init__()
        self.data_dir, self.translators, self.prefs = Path(data_dir), translators, prefs
        self.tasks = TaskRunner(self)
        self.tasks.busy_changed.connect(self._busy_changed)
        self.idle = IdleWatcher(self)
        self.idle.timed_out.connect(lambda: self.lock("idle"))
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(lambda: self._maybe_auto_backup("timer"))
        self.register = None
        self.first_run = None
        self.unlock = None
        self.main = None
        self._pending_lock: str | None = None
        self.pages_damaged.connect(self._pages_damaged)

    # ------------------------------------------------------------------ start
    def start(self) -> None:
        paths = RegisterPaths(self.data_dir)
        if paths.database.exists() or paths.keys.exists():
            self.show_unlock(defer_open=True)
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        from .first_run.controller import FirstRunController

        self.first_run = FirstRunController(self.data_dir, self.tasks, self.translators, self.prefs)
        self.first_run.completed.connect(self._entered)
        self.first_run.cancelled.connect(lambda: self.quit(0))
        self.first_run.show()

    def show_unlock(
        self, notice: Callable[[], str] | None = None, *, defer_open: bool = False
    ) -> None:
        from .unlock.controller import UnlockController

        if self.unlock is None:
            self.unlock = UnlockController(
                self.data_dir, self.register, self.tasks, self.translators, self.prefs
            )
            self.unlock.unlocked.connect(self._entered)
            self.unlock.quit_requested.connect(lambda: self.quit(0))
        self.unlock.register = self.register
        self.unlock.start(notice, defer_open=defer_open)

    # ------------------------------------------------------------------ unlocked
    def _entered(self, register) -> None:  # type: ignore[no-untyped-def]
        from ..services import settings as register_settings
        from ..services.documents import remove_viewing_copies
        from .main.controller import MainController

        self.register = register
        # copies handed to a viewer before a crash: this instance now holds the register
        remove_viewing_copies(self.data_dir)
        settings = register_settings.load_settings(register)
        if self.prefs.language() is None:
            self.translators.use(settings.language)
            self.prefs.set_language(settings.language)
        if self.main is not None and self.main.user.id != register.require_user().id:
            self.main.dispose()
            self.main = None
        if self.main is None:
            events = AppEvents(self)
            events.settings_changed.connect(self._settings_changed)
            events.restore_requested.connect(self._restore_requested)
            events.language_chosen.connect(self._language_chosen)
            ctx = AppContext(
                self.data_dir, register, self.tasks, self.prefs, self.translators, events
            )
            self.main = MainController(ctx)
            self.main.view.lock_requested.connect(lambda: self.lock("manual"))
            self.main.view.close_requested.connect(self.close)
        self.main.show()
        if self.first_run is not None:
            self.first_run.view.hide()
            self.first_run = None
        if self.unlock is not None:
            self.unlock.hide()
        self.idle.set_minutes(settings.idle_lock_minutes)
        self.idle.start()
        self.backup_timer.start()
        self.main.offer_drafts()
        self._maybe_auto_backup("unlock")
        if register.page_check_in_background:  # a small register was checked at unlock
            self._check_pages(register)

    def _check_pages(self, register) -> None:  # type: ignore[no-untyped-def]
        """Read every page once, beside the user: a damaged page is reported at once instead of
        making every unlock of a large register wait ≈10 s (SQLite's quick_check)."""

        def run() -> None:
            try:
                problems = register.check_pages()
            except Exception:  # a lock in the middle, or a bug: logged, never a crash
                log.exception("background page check failed")
                return
            if problems:
                log.warning("page check found %d problem(s)", len(problems))
                self.pages_damaged.emit(problems[0])

        threading.Thread(target=run, name="page-check", daemon=True).start()

    def _pages_damaged(self, detail: str) -> None:
        parent = self.main.view if self.main is not None else None
        dialogs.warn(
            parent,
            self.tr(
                "The register database is damaged (%1). Keep working only to save what you must, "
                "then ask the administrator to restore the latest backup."
            ).replace("%1", detail),
        )

    def _settings_changed(self, settings) -> None:  # type: ignore[no-untyped-def]
        self.idle.set_minutes(settings.idle_lock_minutes)

    def _language_chosen(self, lang: str) -> None:
        from ..errors import KnownError
        from ..services import settings as register_settings
        from ..services.roles import ADMIN

        self.translators.use(lang)
        self.prefs.set_language(lang)
        if (
            self.register is not None
            and self.register.is_unlocked
            and self.register.require_user().role == ADMIN
        ):
            try:  # an administrator's choice is also the register's default for other computers
                register_settings.update_settings(self.register, language=lang)
            except KnownError as exc:
                errors.report(exc, self.main.view if self.main else None)

    # ------------------------------------------------------------------ lock
    def lock(self, reason: str = "manual") -> None:
        if self.register is None or not self.register.is_unlocked or self.main is None:
            return
        if self.tasks.busy:
            self._pending_lock = reason  # lock as soon as the running job ends
            return
        if not self.main.save_drafts(ask=reason == "manual"):
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()  # nothing stays open on screen behind the lock
        self.idle.stop()
        self.backup_timer.stop()
        self.register.lock()
        self.main.forget()
        from ..services.documents import remove_viewing_copies

        remove_viewing_copies(self.data_dir)  # what a viewer was given goes too
        self.main.hide()
        log.info("locked (%s)", reason)
        minutes = max(1, self.idle.interval_ms // 60_000)

        def notice() -> str:
            if reason == "idle":
                return self.tr(
                    "Locked after %1 minutes without activity. Nothing you typed was lost."
                ).replace("%1", str(minutes))
            return self.tr("The register is locked.")

        self.show_unlock(notice)

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._pending_lock is not None:
            reason, self._pending_lock = self._pending_lock, None
            self.lock(reason)

    # ------------------------------------------------------------------ backups
    def _maybe_auto_backup(self, moment: str, then: Callable[[], None] | None = None) -> None:
        from ..errors import KnownError
        from ..services import backup_policy

        reg = self.register
        try:
            due = reg is not None and reg.is_unlocked and backup_policy.is_due(reg, moment)
        except KnownError:
            due = False
        if not due or self.tasks.busy:
            if then:
                then()
            return

        def done(_info: object) -> None:
            if self.main is not None:
                self.main.ctx.events.backup_written.emit()
            if then:
                then()

        def failed(exc: BaseException) -> None:
            message = exc.message() if isinstance(exc, KnownError) else ""
            if not isinstance(exc, KnownError):
                errors.log_bug(exc)
            dialogs.warn(
                self.main.view if self.main else None,
                self.tr(
                    "The automatic backup could not be written. %1\nCheck the backup folder on the "
                    "Backups page."
                ).replace("%1", message),
            )
            if then:
                then()

        self.tasks.submit(
            lambda: backup_policy.run_automatic_backup(reg),
            done,
            failed,
            busy_text=self.tr("Writing the automatic backup…"),
            parent=self.main.view if self.main else None,
        )

    def _restore_requested(self, path: Path, passphrase: str) -> None:
        if self.main is None or self.register is None:
            return
        username = self.register.require_user().username
        self.idle.stop()
        self.backup_timer.stop()
        self.register.lock()
        self.main.dispose()
        self.main = None
        register, self.register = self.register, None
        self.tasks.submit(
            lambda: restore_job(register, self.data_dir, path, username, passphrase),
            self._restored,
            self._restore_crashed,
            busy_text=self.tr("Restoring the register…"),
        )

    def _restored(self, result: tuple) -> None:  # type: ignore[type-arg]
        register, info, error = result
        self.register = register
        if error is not None:
            errors.report(error, None)
            self.show_unlock()
            return
        created = getattr(info, "created_at", None)
        self.show_unlock(
            lambda: self.tr(
                "The register was restored from the backup made on %1. Unlock it to continue."
            ).replace("%1", when(created))
        )

    def _restore_crashed(self, exc: BaseException) -> None:
        errors.report(exc, None)
        self.register = None
        self.show_unlock()

    # ------------------------------------------------------------------ leaving
    def close(self) -> None:
        """The main window asks to close: keep drafts, take the on-close backup, then quit."""
        if self.tasks.busy:
            return
        if self.main is not None and self.register is not None and self.register.is_unlocked:
            self.main.save_drafts(ask=False)
            self._maybe_auto_backup("close", then=lambda: self.quit(0))
        else:
            self.quit(0)

    def quit(self, code: int = 0) -> None:
        self.idle.stop()
        self.backup_timer.stop()
        self.tasks.wait()
        if self.main is not None:
            self.main.dispose()
            self.main = None
        if self.unlock is not None:
            self.unlock.hide()
        if self.first_run is not None:
            self.first_run.view.hide()
        if self.register is not None:
            self.register.close()
            self.register = None
        self.prefs.sync()
        self.finished.emit(code)
