"""The outbox (a tab of the Export page): each package with its state (queued / sending /
sent at … / failed: reason), Send now, Retry, Discard, Prepare e-mail for centres without SMTP,
and the SMTP settings for administrators (the password is never shown back, only whether one is
set). While SMTP is set up, a timer sends what is due every few minutes on the worker thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError
from ...outbox import queue
from ...services.roles import ADMIN, CASE_MANAGER
from .. import dialogs, errors
from ..analysis.models import RowsModel, fit_columns
from ..context import AppContext
from ..i18n import current_lang

SEND_EVERY_MS = 5 * 60 * 1000


def state_text(item: queue.OutboxItemInfo, lang: str) -> str:
    """queued / sending / sent at … / failed: reason (never a crash for an unknown reason)."""
    try:
        return item.status(lang)
    except KeyError:
        return f"{item.state}: {item.last_error or ''} {item.last_error_detail or ''}".strip()


class OutboxView(QWidget):
    retranslated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setObjectName("outboxItems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.status = QLabel(wordWrap=True)
        self.send_button = QPushButton()
        self.retry_button = QPushButton()
        self.discard_button = QPushButton()
        self.prepare_button = QPushButton()
        self.by_hand_button = QPushButton()
        buttons = QHBoxLayout()
        for b in (
            self.send_button,
            self.retry_button,
            self.discard_button,
            self.prepare_button,
            self.by_hand_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch()
        # --- settings
        self.settings_box = QGroupBox()
        self.ngo_address = QLineEdit()
        self.sender_address = QLineEdit()
        self.smtp_host = QLineEdit()
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_security = QComboBox()
        for code in ("starttls", "tls", "none"):
            self.smtp_security.addItem(code, code)
        self.smtp_username = QLineEdit()
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.clear_password = QCheckBox()
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 600)
        self.save_settings = QPushButton()
        self.form = QFormLayout(self.settings_box)
        self.labels = [QLabel() for _ in range(8)]
        for label, field in zip(
            self.labels,
            (
                self.ngo_address,
                self.sender_address,
                self.smtp_host,
                self.smtp_port,
                self.smtp_security,
                self.smtp_username,
                self.smtp_password,
                self.timeout,
            ),
            strict=True,
        ):
            self.form.addRow(label, field)
        self.form.addRow("", self.clear_password)
        self.form.addRow("", self.save_settings)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.settings_box)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send now"))
        self.retry_button.setText(self.tr("Retry"))
        self.discard_button.setText(self.tr("Discard"))
        self.prepare_button.setText(self.tr("Prepare e-mail"))
        self.by_hand_button.setText(self.tr("Mark as sent by hand"))
        self.settings_box.setTitle(self.tr("Sending by e-mail (administrators)"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Organisation's address:"),
                self.tr("Sender address:"),
                self.tr("SMTP server:"),
                self.tr("Port:"),
                self.tr("Security:"),
                self.tr("User name:"),
                self.tr("Password:"),
                self.tr("Timeout (seconds):"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.clear_password.setText(self.tr("Remove the stored password"))
        self.save_settings.setText(self.tr("Save settings"))
        self.retranslated.emit()


class OutboxController(QObject):
    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.user = ctx.register.require_user()
        self.view = OutboxView()
        self.items: list[queue.OutboxItemInfo] = []
        self.settings: Any = None
        self.sending = False
        v = self.view
        v.settings_box.setVisible(self.user.role == ADMIN)
        may_queue = self.user.role in queue.MAY_QUEUE
        v.discard_button.setVisible(may_queue)
        v.by_hand_button.setVisible(may_queue)
        v.send_button.clicked.connect(self.send_now)
        v.retry_button.clicked.connect(self.retry)
        v.discard_button.clicked.connect(self.discard)
        v.prepare_button.clicked.connect(self.prepare_email)
        v.by_hand_button.clicked.connect(self.mark_sent_by_hand)
        v.save_settings.clicked.connect(self.save_settings)
        v.table.selectionModel().selectionChanged.connect(self._update_buttons)
        v.retranslated.connect(self._render)
        self.timer = QTimer(
            self.view
        )  # owned by the widget: deleted with the window, on the UI thread
        self.timer.setInterval(SEND_EVERY_MS)
        self.timer.timeout.connect(self.send_in_background)
        self.timer.start()
        _ = CASE_MANAGER

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        reg = self.ctx.register
        if not reg.is_unlocked:
            return
        from ...outbox.settings import mail_settings

        try:
            self.items = queue.list_items(reg)
            self.settings = mail_settings(reg)
        except KnownError as exc:
            errors.report(exc, self.view)
            return
        if not self.timer.isActive():
            self.timer.start()
        self._fill_settings()
        self._render()

    def forget(self) -> None:
        self.timer.stop()
        self.items = []
        self.view.model.clear()
        self.view.smtp_password.clear()

    def _fill_settings(self) -> None:
        s, v = self.settings, self.view
        if s is None:
            return
        v.ngo_address.setText(s.ngo_address)
        v.sender_address.setText(s.sender_address)
        v.smtp_host.setText(s.smtp_host)
        v.smtp_port.setValue(s.smtp_port)
        v.smtp_security.setCurrentIndex(max(0, v.smtp_security.findData(s.smtp_security)))
        v.smtp_username.setText(s.smtp_username)
        v.smtp_password.clear()
        v.clear_password.setChecked(False)
        v.timeout.setValue(s.timeout_seconds)

    def _render(self) -> None:
        v, lang = self.view, current_lang()
        selected = self.selected()
        v.model.set_rows(
            [
                self.tr("File"),
                self.tr("Month"),
                self.tr("Attempts"),
                self.tr("Size (KB)"),
                self.tr("State"),
            ],
            [
                (i.file_name, i.period, i.attempts, round(i.size / 1024, 1), state_text(i, lang))
                for i in self.items
            ],
            tips=[f"SHA-256 {i.sha256}" for i in self.items],
        )
        fit_columns(v.table, stretch=4)
        if selected is not None:
            for row, item in enumerate(self.items):
                if item.id == selected.id:
                    v.table.selectRow(row)
        s = self.settings
        if s is not None:
            v.smtp_password.setPlaceholderText(
                self.tr("(a password is stored; type to replace it)")
                if s.has_password
                else self.tr("(no password stored)")
            )
            if s.smtp_configured:
                v.status.setText(
                    self.tr(
                        "Packages are sent by e-mail to %1 automatically, every few minutes."
                    ).replace("%1", s.ngo_address)
                )
            else:
                v.status.setText(
                    self.tr(
                        "Sending by e-mail is not set up: use Prepare e-mail to send a package "
                        "from your own mail program, then mark it as sent by hand."
                    )
                )
        self._update_buttons()

    def selected(self) -> queue.OutboxItemInfo | None:
        rows = (
            self.view.table.selectionModel().selectedRows()
            if self.view.table.selectionModel()
            else []
        )
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def _update_buttons(self, *_: Any) -> None:
        v, item = self.view, self.selected()
        unsent = item is not None and item.state in ("queued", "interrupted", "failed")
        configured = bool(self.settings and self.settings.smtp_configured)
        v.send_button.setEnabled(
            configured and not self.sending and any(i.state in queue.WAITING for i in self.items)
        )
        v.retry_button.setEnabled(unsent)
        v.discard_button.setEnabled(unsent)
        v.prepare_button.setEnabled(unsent)
        v.by_hand_button.setEnabled(unsent)

    # ------------------------------------------------------------------ sending
    def send_now(self) -> None:
        self._send(quiet=False)

    def send_in_background(self) -> None:
        """The timer: only when SMTP is set up and nothing else is running."""
        reg = self.ctx.register
        if (
            not reg.is_unlocked
            or self.sending
            or self.ctx.tasks.busy
            or self.settings is None
            or not self.settings.smtp_configured
        ):
            return
        if not any(i.state in queue.WAITING for i in self.items):
            return
        self._send(quiet=True)

    def _send(self, quiet: bool) -> None:
        reg = self.ctx.register
        self.sending = True
        self._update_buttons()

        def done(results: list[queue.SendResult]) -> None:
            self.sending = False
            self.refresh()
            self.changed.emit()
            if not quiet:
                sent = sum(1 for r in results if r.delivered)
                dialogs.inform(
                    self.view,
                    self.tr("Sent: %1 of %2.")
                    .replace("%1", str(sent))
                    .replace("%2", str(len(results))),
                )

        def failed(exc: BaseException) -> None:
            self.sending = False
            self.refresh()
            if not quiet:
                errors.report(exc, self.view)

        self.ctx.tasks.submit(lambda: queue.send_due(reg), done, failed)

    def _act(self, fn: Any) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            fn(self.ctx.register, item.id)
        except KnownError as exc:
            errors.report(exc, self.view)
        self.refresh()
        self.changed.emit()

    def retry(self) -> None:
        self._act(queue.retry)
        if self.settings is not None and self.settings.smtp_configured:
            self.send_in_background()

    def discard(self) -> None:
        item = self.selected()
        if item is None or not dialogs.ask(
            self.view,
            self.tr("Take %1 out of the outbox? It will not be sent.").replace(
                "%1", item.file_name
            ),
            self.tr("Discard"),
        ):
            return
        self._act(queue.discard)

    def mark_sent_by_hand(self) -> None:
        item = self.selected()
        if item is None or not dialogs.ask(
            self.view,
            self.tr("Did you send %1 from your own mail program?").replace("%1", item.file_name),
            self.tr("Yes, it was sent"),
        ):
            return
        self._act(queue.mark_sent_by_hand)

    def prepare_email(self) -> None:
        from ...outbox.mailto import prepare_email

        item = self.selected()
        if item is None:
            return
        try:
            prepared = prepare_email(self.ctx.register, item.id, lang=current_lang())
        except KnownError as exc:
            errors.report(exc, self.view)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(prepared.folder)))
        QDesktopServices.openUrl(QUrl(prepared.url))
        self.last_prepared = prepared
        dialogs.inform(self.view, prepared.hint)

    # ------------------------------------------------------------------ settings
    def save_settings(self) -> None:
        from ...outbox.settings import update_mail_settings

        v = self.view
        changes: dict[str, Any] = {
            "ngo_address": v.ngo_address.text(),
            "sender_address": v.sender_address.text(),
            "smtp_host": v.smtp_host.text(),
            "smtp_port": v.smtp_port.value(),
            "smtp_security": v.smtp_security.currentData(),
            "smtp_username": v.smtp_username.text(),
            "timeout_seconds": v.timeout.value(),
        }
        if v.clear_password.isChecked():
            changes["smtp_password"] = ""
        elif v.smtp_password.text():
            changes["smtp_password"] = v.smtp_password.text()
        try:
            self.settings = update_mail_settings(self.ctx.register, **changes)
        except KnownError as exc:
            errors.report(exc, self.view)
            return
        v.smtp_password.clear()
        self.refresh()
        dialogs.inform(v, self.tr("The e-mail settings were saved."))
