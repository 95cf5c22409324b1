"""Restoring from a backup: what the backup contains (shown first), then who confirms it."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .i18n import DATE_TIME_FORMAT, current_lang, qlocale

if TYPE_CHECKING:  # the database layer loads after the first window is shown
    from ..db.backup import BackupInfo


def when(iso: str | datetime | None) -> str:
    """A timestamp in local time, formatted for the interface language."""
    if iso is None:
        return "—"
    try:
        moment = iso if isinstance(iso, datetime) else datetime.fromisoformat(iso)
    except ValueError:
        return str(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return qlocale(current_lang()).toString(moment.replace(tzinfo=None), DATE_TIME_FORMAT)


class RestoreDialog(QDialog):
    """Shows a backup's contents and asks for the credentials that will open it."""

    def __init__(
        self,
        info: BackupInfo,
        *,
        verified: bool,
        username: str,
        username_fixed: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.info, self.verified = info, verified
        self.summary = QLabel(wordWrap=True)
        self.warning = QLabel(wordWrap=True)
        self.warning.setStyleSheet("font-weight: bold;")
        self.username = QLineEdit(username, readOnly=username_fixed)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.username_label, self.passphrase_label = QLabel(), QLabel()
        self.username_label.setBuddy(self.username)
        self.passphrase_label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.passphrase_label, self.passphrase)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._update)
        self.username.textChanged.connect(self._update)
        (self.passphrase if username else self.username).setFocus()
        self.setMinimumWidth(520)
        self.retranslate()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.username.text().strip() and self.passphrase.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        check = (
            self.tr("Verified: the backup is complete and its database opens without errors.")
            if self.verified
            else self.tr(
                "Checked: the file is complete. It will be fully verified with your "
                "passphrase before anything is replaced."
            )
        )
        rows = [
            self.tr("File: %1").replace("%1", self.info.path.name),
            self.tr("Made on: %1").replace("%1", when(self.info.created_at)),
            self.tr("Program version: %1").replace("%1", self.info.app_version),
            self.tr("Database schema: %1").replace("%1", self.info.schema_revision or "—"),
            check,
        ]
        self.summary.setText("\n".join(rows))
        self.warning.setText(
            self.tr(
                "The register on this computer will be replaced by this backup. Everything entered "
                "after %1 will be lost. The current register is kept aside until the restored one "
                "opens."
            ).replace("%1", when(self.info.created_at))
        )
        self.username_label.setText(self.tr("&Username:"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.ok.setText(self.tr("&Replace with this backup"))
        self.cancel.setText(self.tr("Cancel"))
        self._update()


def info_from_manifest(path: object, manifest: dict[str, object]) -> BackupInfo:
    from pathlib import Path

    from ..db.backup import BackupInfo

    return BackupInfo(
        Path(str(path)),
        str(manifest.get("created_at", "")),
        str(manifest.get("register_id", "")),
        manifest.get("schema_revision") and str(manifest.get("schema_revision")),
        str(manifest.get("app_version", "?")),
    )


def restore_job(current: object, data_dir: object, path: object, username: str, passphrase: str):  # type: ignore[no-untyped-def]
    """Worker job: release the register, restore the backup into its folder, open it again.

    Returns (register or None, BackupInfo or None, KnownError or None). The core keeps the current
    register aside and puts it back when the restore fails, so re-opening is always attempted.
    """
    from pathlib import Path

    from ..db.register import Register
    from ..errors import KnownError
    from ..services.maintenance import restore_register

    if current is not None:
        current.close()  # type: ignore[attr-defined]
    info, error = None, None
    try:
        info = restore_register(Path(str(data_dir)), Path(str(path)), username, passphrase)
    except KnownError as exc:
        error = exc
    try:
        register = Register.open(Path(str(data_dir)))
    except KnownError as exc:
        register, error = None, error or exc
    return register, info, error
