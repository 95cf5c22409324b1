"""What the main window does: build the pages the services allow, keep the status bar current,
keep unsaved edits as drafts before a lock or a close, and offer them back after unlock."""

from __future__ import annotations

import importlib.util
import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStyle

from ...errors import KnownError
from ...services import backup_policy, drafts
from ...services import settings as register_settings
from ...services.access import EDITORS
from .. import dialogs, errors
from ..context import AppContext
from ..pages.base import Page
from ..reference import code_label
from ..restore_dialog import when
from .window import MainWindow

log = logging.getLogger(__name__)
STALE_AFTER = timedelta(days=7)


def _has_services(*names: str) -> bool:
    return all(importlib.util.find_spec(f"evidencija.services.{n}") is not None for n in names)


def _placeholder(ctx: AppContext, key: str) -> Page:
    from ..pages.placeholder import PlaceholderPage

    texts = {
        "cases": (
            lambda: QCoreApplication.translate("Navigation", "Cases"),
            lambda: QCoreApplication.translate(
                "Placeholder",
                "The case list and the case file come in the next step of "
                "this version. Nothing is missing from your register: cases are kept safely.",
            ),
        ),
        "deadlines": (
            lambda: QCoreApplication.translate("Navigation", "Deadlines"),
            lambda: QCoreApplication.translate(
                "Placeholder",
                "The list of deadlines (overdue, today, this week) comes "
                "together with the case list in the next step.",
            ),
        ),
        "export": (
            lambda: QCoreApplication.translate("Navigation", "Export"),
            lambda: QCoreApplication.translate(
                "Placeholder",
                "The monthly anonymised export is not part of this version "
                "yet. When it is, this page will prepare the spreadsheet for the "
                "coordinating organisation and show what it contains before it is sent.",
            ),
        ),
    }
    title, text = texts[key]
    return PlaceholderPage(ctx, key, title, text)


def build_pages(ctx: AppContext) -> list[tuple[Page, object, QStyle.StandardPixmap]]:
    """The pages in navigation order, each with its title and icon."""
    from ..pages import backups, my_work, users

    pages: list[tuple[Page, object, QStyle.StandardPixmap]] = [
        (my_work.MyWorkPage(ctx), my_work.title, QStyle.StandardPixmap.SP_DialogApplyButton)
    ]
    if _has_services("cases", "search"):
        from ..pages import cases

        pages.append(
            (cases.CasesPage(ctx), cases.title, QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
    else:
        page = _placeholder(ctx, "cases")
        pages.append((page, page.view._title, QStyle.StandardPixmap.SP_FileDialogDetailedView))
    if _has_services("deadlines"):
        from ..pages import deadlines

        pages.append(
            (
                deadlines.DeadlinesPage(ctx),
                deadlines.title,
                QStyle.StandardPixmap.SP_MessageBoxWarning,
            )
        )
    else:
        page = _placeholder(ctx, "deadlines")
        pages.append((page, page.view._title, QStyle.StandardPixmap.SP_MessageBoxWarning))
    from ..pages import export, statistics

    pages.append((export.ExportPage(ctx), export.title, QStyle.StandardPixmap.SP_ArrowUp))
    pages.append(
        (
            statistics.StatisticsPage(ctx),
            statistics.title,
            QStyle.StandardPixmap.SP_FileDialogInfoView,
        )
    )
    pages.append((users.UsersPage(ctx), users.title, QStyle.StandardPixmap.SP_DirHomeIcon))
    pages.append((backups.BackupsPage(ctx), backups.title, QStyle.StandardPixmap.SP_DriveHDIcon))
    return pages


def start_page(role: str) -> str:
    """The page a window opens on: My work for those who carry cases (a caseworker her own, a
    case manager the whole centre's), the case list for an administrator or a reader."""
    return "my_work" if role in EDITORS else "cases"


class MainController(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.user = ctx.register.require_user()
        self.view = MainWindow()
        self.pages: list[Page] = []
        for page, title, icon in build_pages(ctx):
            self.pages.append(page)
            self.view.add_page(page.key, title, icon, page.view)
        self.view.show_page(start_page(self.user.role))
        self.view.nav.currentRowChanged.connect(self._page_shown)
        self._shortcuts()
        self.view.retranslated.connect(self.refresh_status)
        ctx.events.backup_written.connect(self.refresh_status)
        ctx.prefs.restore_geometry(self.view, "main")
        export_page = self.page("export")
        if export_page is not None and hasattr(export_page, "changed"):
            export_page.changed.connect(self.refresh_reminder)
        self.view.banner_action.connect(lambda: self.view.show_page("export"))
        self.view.retranslated.connect(self.refresh_reminder)
        # The reminder follows the calendar: checked again when the day changes.
        self._reminder_day = None
        self._day_timer = QTimer(self.view)  # deleted with the window, on the UI thread
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._day_tick)
        self._day_timer.start()

    def _shortcuts(self) -> None:
        """Ctrl+F search and Ctrl+N new case (the full intake flow) go to the case list; Ctrl+S
        saves the open form. Ctrl+Shift+N, the quick case-only form, lives on the cases page."""
        for keys, action in (
            ("Ctrl+F", self._search),
            ("Ctrl+N", self._new_case),
            ("Ctrl+S", self._save),
        ):
            QShortcut(QKeySequence(keys), self.view, activated=action)
        for number in range(1, len(self.pages) + 1):
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self.view,
                activated=lambda row=number - 1: self.view.nav.setCurrentRow(row),
            )

    def _search(self) -> None:
        page = self.page("cases")
        if page is not None and hasattr(page, "focus_search"):
            self.view.show_page("cases")
            page.focus_search()

    def _new_case(self) -> None:
        page = self.page("cases")
        if page is not None and getattr(page, "may_create", False):
            self.view.show_page("cases")
            page.new_case_flow()

    def _save(self) -> None:
        current = self.page(self.view.current_key())
        if current is not None and hasattr(current, "save_shortcut"):
            current.save_shortcut()

    def forget(self) -> None:
        for page in self.pages:
            page.forget()
        self.view.set_banner(None)

    def page(self, key: str) -> Page | None:
        return next((p for p in self.pages if p.key == key), None)

    def show(self) -> None:
        self.refresh_all()
        dialogs.bring_to_front(self.view)

    def hide(self) -> None:
        self.ctx.prefs.save_geometry(self.view, "main")
        self.view.hide()

    def dispose(self) -> None:
        self.hide()
        self.view.really_close()
        self.view.deleteLater()

    def refresh_all(self) -> None:
        for page in self.pages:
            page.refresh()
        self.refresh_status()
        self.refresh_reminder()

    # ------------------------------------------------------------------ reminder
    def _day_tick(self) -> None:
        from ...services import clock

        if self.ctx.register.is_unlocked and clock.today() != self._reminder_day:
            self.refresh_reminder()

    def refresh_reminder(self) -> None:
        """The banner from the first day of a month until last month's export is sent."""
        from ...outbox.reminder import reminder_for
        from ...services import clock
        from ..i18n import current_lang

        if not self.ctx.register.is_unlocked:
            self.view.set_banner(None)
            return
        today = clock.today()
        self._reminder_day = today
        try:
            reminder = reminder_for(self.ctx.register, today)
        except KnownError as exc:
            log.warning("reminder not shown: %s", exc.message_id)
            reminder = None
        self.reminder = reminder
        self.view.set_banner(reminder.text(current_lang()) if reminder is not None else None)

    def _page_shown(self, row: int) -> None:
        if 0 <= row < len(self.pages) and self.ctx.register.is_unlocked:
            self.pages[row].refresh()

    def refresh_status(self) -> None:
        reg, v = self.ctx.register, self.view
        v.user_label.setText(
            f"{self.user.display_name} · {code_label('user_role', self.user.role)}"
        )
        if not reg.is_unlocked:
            return
        centre = register_settings.centre_info(reg)
        v.centre_label.setText(f"{centre.code} · {centre.name}")
        self.ctx.prefs.set_centre_title(f"{centre.name} ({centre.code})")
        last = backup_policy.last_good_backup(reg)
        if last is None:
            text = "⚠ " + self.tr("Last good backup: none yet")
        elif datetime.now(UTC) - last > STALE_AFTER:
            text = "⚠ " + self.tr("Last good backup: %1").replace("%1", when(last))
        else:
            text = self.tr("Last good backup: %1").replace("%1", when(last))
        v.backup_label.setText(text)

    # ------------------------------------------------------------------ drafts
    def save_drafts(self, *, ask: bool) -> bool:
        """Keep every unsaved edit as an encrypted draft and clear the forms.

        If a draft cannot be saved, the form keeps its content; with `ask` the person chooses
        whether to lock anyway (False = stay unlocked)."""
        reg = self.ctx.register
        failed = False
        for page in self.pages:
            pending = page.unsaved_drafts()
            try:
                for d in pending:
                    drafts.save_draft(reg, d.form_key, d.payload, d.case_id)
            except KnownError as exc:
                log.warning("draft not saved: %s", exc.message_id)
                failed = True
                continue
            if pending:
                page.clear_unsaved()
        if failed and ask:
            return dialogs.ask(
                self.view,
                self.tr(
                    "Some unsaved changes could not be kept as a draft. They stay on screen behind "
                    "the lock. Lock anyway?"
                ),
                self.tr("Lock anyway"),
                self.tr("Stay"),
            )
        return True

    def offer_drafts(self) -> None:
        reg = self.ctx.register
        found = drafts.load_drafts(reg)
        if not found:
            return
        latest = max(d.saved_at for d in found)
        restore = dialogs.ask(
            self.view,
            self.tr(
                "You have unsaved changes from %1, kept safely when the register was locked or "
                "closed. Put them back into their forms?"
            ).replace("%1", when(latest)),
            self.tr("Put them back"),
            self.tr("Discard them"),
        )
        for d in found:
            owner = None
            if restore:
                owner = next(
                    (p for p in self.pages if p.restore_draft(d.form_key, d.payload)), None
                )
                if owner is not None:
                    self.view.show_page(owner.key)
            if owner is not None or not restore:
                try:
                    drafts.discard_draft(reg, d.form_key)
                except KnownError as exc:
                    errors.report(exc, self.view)
