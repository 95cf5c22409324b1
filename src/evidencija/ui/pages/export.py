"""The Export page: the month's anonymised export previewed sheet by sheet with its disclosure
report, written (signed and encrypted for the NGO) with progress and Cancel, queued in the outbox;
the export history; and the outbox itself (`pages.outbox`).

Administrators only prepare exports; everyone else sees why, and still sees the outbox."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError
from ...export.errors import ExportCancelled
from ...export.period import Period
from ...services import clock
from ...services.roles import ADMIN
from .. import dialogs, errors, files
from ..analysis.models import RowsModel, fit_columns
from ..analysis.progress import CancellableProgress
from ..context import AppContext
from ..i18n import current_lang
from .base import Page
from .heading import Heading
from .outbox import OutboxController

MONTHS_OFFERED = 36


def title() -> str:
    return QCoreApplication.translate("Navigation", "Export")


def month_choices(today: date | None = None, count: int = MONTHS_OFFERED) -> list[str]:
    """Last month first, then back in time (the current month is not over yet)."""
    last = Period.last_month(today)
    return [str(last.shift(-i)) for i in range(count)]


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ExportView(QWidget):
    retranslated = Signal()

    def __init__(self, outbox: QWidget) -> None:
        super().__init__()
        self.heading = Heading()
        self.tabs = QTabWidget()
        # --- prepare
        self.prepare = QWidget()
        self.not_allowed = QLabel(
            wordWrap=True, alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self.not_allowed.setObjectName("exportNotAllowed")
        self.month_label = QLabel()
        self.month = QComboBox()
        self.month.setObjectName("exportMonth")
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.month_label)
        row.addWidget(self.month)
        row.addWidget(self.preview_button)
        row.addWidget(self.save_button)
        row.addStretch()
        self.recipient_box = QGroupBox()
        self.recipient_status = QLabel(wordWrap=True)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText("age1…")
        self.recipient_save = QPushButton()
        rbox = QVBoxLayout(self.recipient_box)
        rbox.addWidget(self.recipient_status)
        rline = QHBoxLayout()
        rline.addWidget(self.recipient, 1)
        rline.addWidget(self.recipient_save)
        rbox.addLayout(rline)
        self.never_exported = QLabel(wordWrap=True)
        self.sheets = QTabWidget()
        self.sheets.setObjectName("exportSheets")
        self.disclosure = QTextBrowser()
        self.disclosure.setObjectName("exportDisclosure")
        self.disclosure_box = QGroupBox()
        dl = QVBoxLayout(self.disclosure_box)
        dl.setContentsMargins(4, 4, 4, 4)
        dl.addWidget(self.disclosure)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.sheets)
        split.addWidget(self.disclosure_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 360])
        self.placeholder = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(self.prepare)
        lay.addWidget(self.not_allowed)
        lay.addLayout(row)
        lay.addWidget(self.recipient_box)
        lay.addWidget(self.never_exported)
        lay.addWidget(self.placeholder)
        lay.addWidget(split, 1)
        self.split = split
        # --- history
        self.history_model = RowsModel(self)
        self.history = _table(self.history_model)
        self.history.setObjectName("exportHistory")
        self.tabs.addTab(self.prepare, "")
        self.tabs.addTab(outbox, "")
        self.tabs.addTab(self.history, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.sheet_models: list[RowsModel] = []
        self.retranslate()

    def set_admin(self, admin: bool) -> None:
        self.not_allowed.setVisible(not admin)
        for w in (
            self.month_label,
            self.month,
            self.preview_button,
            self.save_button,
            self.recipient_box,
            self.never_exported,
            self.split,
        ):
            w.setVisible(admin)
        self.placeholder.setVisible(admin)
        self.tabs.setTabVisible(2, admin)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(
            self.tr("Monthly export"),
            self.tr("The anonymised monthly workbook for the coordinating organisation"),
        )
        self.tabs.setTabText(0, self.tr("Prepare"))
        self.tabs.setTabText(1, self.tr("Outbox"))
        self.tabs.setTabText(2, self.tr("History"))
        self.not_allowed.setText(
            self.tr(
                "Only an administrator can prepare the monthly export, because it leaves the "
                "centre. Ask your administrator; the outbox shows what was sent."
            )
        )
        self.month_label.setText(self.tr("Month:"))
        self.preview_button.setText(self.tr("Preview"))
        self.save_button.setText(self.tr("Save export…"))
        self.recipient_box.setTitle(self.tr("Coordinating organisation (NGO) recipient"))
        self.recipient_save.setText(self.tr("Save recipient"))
        self.disclosure_box.setTitle(self.tr("Disclosure report"))
        self.placeholder.setText(
            self.tr(
                "Choose the month and press Preview: every sheet is shown exactly as it will be "
                "written, with what was generalised or suppressed and why."
            )
        )
        self.retranslated.emit()


class ExportPage(Page):
    key = "export"
    changed = Signal()  # an export was written or the outbox changed

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.outbox = OutboxController(ctx)
        self.outbox.changed.connect(self.changed)
        self.user = ctx.register.require_user()
        self.is_admin = self.user.role == ADMIN
        self.view = ExportView(self.outbox.view)
        self.view.set_admin(self.is_admin)
        self.preview: Any = None
        self.recipients: list[str] = []
        self.last_result: Any = None
        self.history: list[Any] = []
        self.never: list[str] = []
        v = self.view
        for p in month_choices(clock.today()):
            v.month.addItem(p, p)
        v.month.currentIndexChanged.connect(self._month_changed)
        v.preview_button.clicked.connect(self.run_preview)
        v.save_button.clicked.connect(self.save)
        v.recipient_save.clicked.connect(self.save_recipient)
        v.retranslated.connect(self._render)

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        reg = self.ctx.register
        if not reg.is_unlocked:
            return
        self.outbox.refresh()
        if not self.is_admin:
            return
        from ...export import api
        from ...outbox.reminder import never_exported_months

        try:
            self.recipients = api.get_recipients(reg)
            self.history = api.export_history(reg)
            self.never = never_exported_months(reg)
        except KnownError as exc:
            errors.report(exc, self.view)
            return
        self._render()

    def forget(self) -> None:
        self.preview = None
        self.view.history_model.clear()
        self._show_sheets()
        self.outbox.forget()

    def period(self) -> str:
        return str(self.view.month.currentData())

    def _month_changed(self) -> None:
        self.preview = None
        self._show_sheets()
        self._render()

    def _render(self) -> None:
        if not self.is_admin:
            return
        v = self.view
        if self.recipients:
            v.recipient_status.setText(
                self.tr(
                    "The export is encrypted for the coordinating organisation (recipients: %1); "
                    "only it can open the file."
                ).replace("%1", str(len(self.recipients)))
            )
        else:
            v.recipient_status.setText(
                "⚠ "
                + self.tr(
                    "No recipient is set: the export cannot be encrypted. Paste the organisation's "
                    "age recipient (it starts with age1) below."
                )
            )
        if not v.recipient.hasFocus():
            v.recipient.setText(self.recipients[0] if self.recipients else "")
        never = self.never
        v.never_exported.setVisible(bool(never))
        if never:
            v.never_exported.setText(
                self.tr("Months never exported: %1").replace("%1", ", ".join(never))
            )
        v.save_button.setEnabled(self.preview is not None and self.preview.period == self.period())
        v.placeholder.setVisible(self.preview is None)
        v.split.setVisible(self.preview is not None)
        rows = [
            (
                h.period,
                _moment(h.created_at),
                h.username,
                h.file_name,
                h.sha256[:16] + "…",
                self.tr("encrypted") if h.encrypted else self.tr("plain workbook"),
            )
            for h in reversed(self.history)
        ]
        v.history_model.set_rows(
            [
                self.tr("Month"),
                self.tr("When"),
                self.tr("Who"),
                self.tr("File"),
                self.tr("Fingerprint (SHA-256)"),
                self.tr("Form"),
            ],
            rows,
            tips=[f"SHA-256 {h.sha256}" for h in reversed(self.history)],
        )
        fit_columns(v.history, stretch=3)
        self._show_disclosure()

    # ------------------------------------------------------------------ recipient
    def save_recipient(self) -> None:
        from ...export import api

        text = self.view.recipient.text().strip()
        try:
            self.recipients = api.set_recipients(self.ctx.register, [text] if text else [])
        except KnownError as exc:
            errors.report(exc, self.view)
            return
        self._render()

    # ------------------------------------------------------------------ preview
    def run_preview(self) -> None:
        from ...export import api

        reg, period = self.ctx.register, self.period()
        progress = CancellableProgress(
            self.view,
            self.tr("Preview"),
            self.tr("Preparing the preview of %1…").replace("%1", period),
        )

        def job() -> Any:
            return api.preview_export(
                reg, period, progress=progress.report, cancel=progress.cancelled
            )

        def done(preview: Any) -> None:
            progress.close()
            self.preview = preview
            self._show_sheets()
            self._render()

        def failed(exc: BaseException) -> None:
            progress.close()
            if not isinstance(exc, ExportCancelled):
                errors.report(exc, self.view)

        self.ctx.tasks.submit(job, done, failed)

    def _show_sheets(self) -> None:
        v = self.view
        while v.sheets.count():
            w = v.sheets.widget(0)
            v.sheets.removeTab(0)
            w.deleteLater()
        v.sheet_models = []
        if self.preview is None:
            v.disclosure.clear()
            return
        for sheet in self.preview.sheets:
            model = RowsModel(v)
            model.set_rows(sheet.columns, sheet.rows)
            v.sheet_models.append(model)
            table = _table(model)
            table.setObjectName(f"sheet_{sheet.name}")
            fit_columns(table, max_width=260)
            index = v.sheets.addTab(table, f"{sheet.name} ({len(sheet.rows)})")
            v.sheets.setTabToolTip(
                index, sheet.title_en if current_lang() == "en" else sheet.title_sr
            )

    def _show_disclosure(self) -> None:
        p = self.preview
        if p is None:
            return
        d = p.disclosure
        esc = _escape
        lines = [
            "<h3>"
            + esc(
                self.tr("Month %1, centre %2").replace("%1", p.period).replace("%2", p.centre_code)
            )
            + "</h3>",
            "<p>"
            + esc(
                self.tr("Victim records: %1; suppressed: %2 (%3); generalised: %4 (%5).")
                .replace("%1", str(d.records))
                .replace("%2", str(d.suppressed))
                .replace("%3", f"{d.suppressed_share:.1%}")
                .replace("%4", str(d.generalised))
                .replace("%5", f"{d.generalised_share:.1%}")
            )
            + "</p>",
            "<p>"
            + esc(
                self.tr("Smallest group: k = %1 required; generalisation level %2 (%3).")
                .replace("%1", str(d.k))
                .replace("%2", str(d.level))
                .replace("%3", d.level_description)
            )
            + "</p>",
            "<p>"
            + esc(
                self.tr(
                    "Aggregate tables: %1 cells, %2 small counts and %3 further cells suppressed."
                )
                .replace("%1", str(d.aggregate_cells))
                .replace("%2", str(d.aggregate_primary))
                .replace("%3", str(d.aggregate_secondary))
            )
            + "</p>",
        ]
        if d.suppressed_share > 0.2:
            lines.append(
                "<p><b>⚠ "
                + esc(
                    self.tr(
                        "More than a fifth of the victim records are suppressed: the month is "
                        "small. The aggregate tables still count them."
                    )
                )
                + "</b></p>"
            )
        lines.append("<ol>")
        for step in d.steps:
            lines.append(f"<li><b>{esc(step.stage)}</b> ({step.records}): {esc(step.detail)}</li>")
        lines.append("</ol>")
        if d.k_note:
            lines.append(f"<p><i>{esc(d.k_note)}</i></p>")
        self.view.disclosure.setHtml("\n".join(lines))

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        plain = False
        if not self.recipients:
            choice = dialogs.message(
                self.view,
                self.tr(
                    "No recipient of the coordinating organisation is set, so the export cannot "
                    "be encrypted. An unencrypted workbook can be read by anyone who gets the "
                    "file: carry it only by hand, on an encrypted medium. Write an unencrypted "
                    "workbook anyway?"
                ),
                [self.tr("Cancel"), self.tr("Write unencrypted workbook")],
                icon=QMessageBox.Icon.Warning,
            )
            if choice != 1:
                return
            plain = True
        folder = files.folder(self.view, self.tr("Choose where to write the export"), Path.home())
        if folder is None:
            return
        self.write(folder, plain)

    def write(self, folder: Path, plain: bool = False) -> None:
        from ...export import api
        from ...outbox import queue

        reg, period = self.ctx.register, self.period()
        progress = CancellableProgress(
            self.view, self.tr("Export"), self.tr("Writing the export of %1…").replace("%1", period)
        )

        def job() -> Any:
            result = api.run_export(
                reg,
                period,
                folder,
                plain=plain,
                progress=progress.report,
                cancel=progress.cancelled,
            )
            queued = None
            if result.encrypted:
                queued = queue.enqueue_file(reg, result.path)
            return result, queued

        def done(out: Any) -> None:
            progress.close()
            result, queued = out
            self.last_result = result
            self.refresh()
            self.changed.emit()
            text = (
                self.tr("The export was written to %1.\nFingerprint (SHA-256): %2")
                .replace("%1", str(result.path))
                .replace("%2", result.sha256)
            )
            if queued is not None:
                text += "\n\n" + self.tr(
                    "It is in the outbox and will be sent to the coordinating organisation."
                )
            else:
                text += "\n\n" + self.tr("It is not encrypted, so it was not put in the outbox.")
            dialogs.inform(self.view, text)

        def failed(exc: BaseException) -> None:
            progress.close()
            if isinstance(exc, ExportCancelled):
                dialogs.inform(self.view, self.tr("The export was cancelled; nothing was written."))
            else:
                errors.report(exc, self.view)

        self.ctx.tasks.submit(job, done, failed)


def _moment(value: str) -> str:
    """An ISO time from the history as the interface shows times (local, in its format)."""
    from datetime import datetime

    try:
        return clock.format_moment(datetime.fromisoformat(value))
    except (TypeError, ValueError):
        return value


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
