"""Backups without the command line: back up now, the automatic policy, restore (verified first)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...errors import KnownError
from ...services import backup_policy
from ...services import settings as register_settings
from ...services.roles import ADMIN, CASE_MANAGER
from .. import dialogs, errors, files
from ..context import AppContext, DraftData
from ..restore_dialog import RestoreDialog, when
from .backups_view import BackupsView
from .base import Page

POLICY_FORM = "settings:backup"


def title() -> str:
    return QCoreApplication.translate("Navigation", "Backups")


class BackupsPage(Page):
    key = "backups"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.view = BackupsView()
        role = ctx.register.require_user().role
        self.is_admin = role == ADMIN
        self.view.set_permissions(back_up=role in (ADMIN, CASE_MANAGER), admin=self.is_admin)
        self.saved = register_settings.RegisterSettings()
        self.last_good = None
        v = self.view
        v.now_button.clicked.connect(self.back_up_now)
        v.choose_folder.clicked.connect(self.choose_folder)
        v.save_button.clicked.connect(self.save_policy)
        v.restore_button.clicked.connect(self.restore)
        v.retranslated.connect(self._render)
        ctx.events.backup_written.connect(self.refresh)

    def refresh(self) -> None:
        reg = self.ctx.register
        if not reg.is_unlocked:
            return
        self.saved = register_settings.load_settings(reg)
        self.last_good = backup_policy.last_good_backup(reg)
        v = self.view
        v.mode.setCurrentIndex(max(0, v.mode.findData(self.saved.backup_mode)))
        v.folder.setText(self.saved.backup_folder)
        v.keep.setValue(self.saved.backup_keep)
        self._render()

    def _render(self) -> None:
        self.view.last_good.setText(
            when(self.last_good) if self.last_good else self.tr("No verified backup yet")
        )

    # ------------------------------------------------------------------ actions
    def back_up_now(self) -> None:
        start = Path(self.view.folder.text() or Path.home())
        folder = files.folder(self.view, self.tr("Choose where to write the backup"), start)
        if folder is None:
            return
        reg = self.ctx.register
        self.ctx.tasks.submit(
            lambda: backup_policy.backup_now(reg, folder),
            self._written,
            busy_text=self.tr("Writing and verifying the backup…"),
            parent=self.view,
        )

    def _written(self, info: Any) -> None:
        self.ctx.events.backup_written.emit()
        dialogs.inform(
            self.view,
            self.tr("The backup was written and verified:\n%1").replace("%1", str(info.path)),
        )

    def choose_folder(self) -> None:
        start = Path(self.view.folder.text() or Path.home())
        folder = files.folder(self.view, self.tr("Choose the folder for automatic backups"), start)
        if folder is not None:
            self.view.folder.setText(str(folder))

    def save_policy(self) -> None:
        v = self.view
        try:
            self.saved = register_settings.update_settings(
                self.ctx.register,
                backup_mode=v.mode.currentData(),
                backup_folder=v.folder.text(),
                backup_keep=v.keep.value(),
            )
        except KnownError as exc:
            if v.mode.currentData() != "off" and not v.folder.text():
                dialogs.warn(self.view, self.tr("Choose a folder for the automatic backups first."))
            else:
                errors.report(exc, self.view)
            return
        from ...services.drafts import discard_draft

        discard_draft(self.ctx.register, POLICY_FORM)
        self.ctx.events.settings_changed.emit(self.saved)
        dialogs.inform(self.view, self.tr("Automatic backups were saved."))

    def restore(self) -> None:
        path = files.open_file(
            self.view,
            self.tr("Choose a backup file"),
            Path(self.view.folder.text() or Path.home()),
            self.tr("Evidencija backups (*.evbackup);;All files (*)"),
        )
        if path is None:
            return
        reg = self.ctx.register
        self.ctx.tasks.submit(
            lambda: backup_policy.inspect_backup(reg, path),
            self._confirm_restore,
            busy_text=self.tr("Verifying the backup…"),
            parent=self.view,
        )

    def _confirm_restore(self, info: Any) -> None:
        user = self.ctx.register.require_user()
        dialog = RestoreDialog(
            info, verified=True, username=user.username, username_fixed=True, parent=self.view
        )
        if dialog.exec() == RestoreDialog.DialogCode.Accepted:
            self.ctx.events.restore_requested.emit(info.path, dialog.passphrase.text())

    def save_shortcut(self) -> None:
        if self.is_admin and self.unsaved_drafts():
            self.save_policy()

    # ------------------------------------------------------------------ drafts
    def _form(self) -> dict[str, Any]:
        v = self.view
        return {
            "backup_mode": v.mode.currentData(),
            "backup_folder": v.folder.text(),
            "backup_keep": v.keep.value(),
        }

    def unsaved_drafts(self) -> list[DraftData]:
        saved = {
            "backup_mode": self.saved.backup_mode,
            "backup_folder": self.saved.backup_folder,
            "backup_keep": self.saved.backup_keep,
        }
        if self.is_admin and self._form() != saved:
            return [DraftData(POLICY_FORM, self._form())]
        return []

    def clear_unsaved(self) -> None:
        v = self.view
        v.mode.setCurrentIndex(max(0, v.mode.findData(self.saved.backup_mode)))
        v.folder.setText(self.saved.backup_folder)
        v.keep.setValue(self.saved.backup_keep)

    def restore_draft(self, form_key: str, payload: dict[str, Any]) -> bool:
        if form_key != POLICY_FORM or not self.is_admin:
            return False
        v = self.view
        v.mode.setCurrentIndex(max(0, v.mode.findData(payload.get("backup_mode"))))
        v.folder.setText(str(payload.get("backup_folder", "")))
        v.keep.setValue(int(payload.get("backup_keep", self.saved.backup_keep)))
        return True
