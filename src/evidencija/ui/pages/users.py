"""Users & settings: list, add, disable, reset; idle lock and language; centre; own passphrase.

The services enforce who may do what; this page mirrors it so that a person sees only the
controls they may use.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...db.keys import normalise_username
from ...errors import KnownError
from ...services import settings as register_settings
from ...services import users as users_service
from ...services.roles import ADMIN
from .. import dialogs, errors
from ..context import AppContext, DraftData
from ..i18n import current_lang
from ..reference import code_choices, code_label, municipality_label
from .base import Page
from .passphrase_dialog import PassphraseDialog
from .users_model import UsersModel
from .users_view import UsersView

NEW_USER_FORM = "user:new"
SETTINGS_FORM = "settings:register"


def title() -> str:
    return QCoreApplication.translate("Navigation", "Users & settings")


class UsersPage(Page):
    key = "users"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.view = UsersView()
        self.model = UsersModel(self.view)
        self.view.table.setModel(self.model)
        self.settings = register_settings.RegisterSettings()
        user = ctx.register.require_user()
        self.is_admin = user.role == ADMIN
        self.view.set_admin(self.is_admin)
        v = self.view
        v.add_button.clicked.connect(self.add_user)
        v.clear_button.clicked.connect(self.clear_unsaved)
        v.disable_button.clicked.connect(self.disable_selected)
        v.reset_button.clicked.connect(self.reset_selected)
        v.change_own_button.clicked.connect(self.change_own_passphrase)
        v.save_settings_button.clicked.connect(self.save_settings)
        v.language.currentIndexChanged.connect(self._language_picked)
        v.table.selectionModel().selectionChanged.connect(self._update_buttons)
        v.new_username.textChanged.connect(v.new_passphrase.set_username)
        v.retranslated.connect(self._render_labels)
        self._fill_roles()
        self._update_buttons()

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        reg = self.ctx.register
        if not reg.is_unlocked:
            return
        selected = self._selected()
        self.model.set_users(users_service.list_users(reg))
        if selected is not None:
            self.view.table.selectRow(self.model.row_of(selected.username))
        self.settings = register_settings.load_settings(reg)
        self.view.idle_minutes.setValue(self.settings.idle_lock_minutes)
        self.view.quiet_days.setValue(self.settings.quiet_case_days)
        self.centre = register_settings.centre_info(reg)
        self._render_labels()
        self._update_buttons()

    def _render_labels(self) -> None:
        self.model.retranslate()
        self._fill_roles()
        v = self.view
        v.language.blockSignals(True)
        v.language.setCurrentIndex(max(0, v.language.findData(current_lang())))
        v.language.blockSignals(False)
        centre = getattr(self, "centre", None)
        if centre is not None:
            v.centre_code.setText(centre.code)
            v.centre_name.setText(centre.name)
            v.centre_municipality.setText(municipality_label(centre.municipality_code))
        user = self.ctx.register.user
        if user is not None:
            v.account.setText(
                f"{user.display_name} ({user.username})\n{code_label('user_role', user.role)}"
            )

    def _fill_roles(self) -> None:
        combo, current = self.view.new_role, self.view.new_role.currentData()
        combo.blockSignals(True)
        combo.clear()
        try:
            for code, label in code_choices("user_role"):
                combo.addItem(label, code)
        except (ImportError, KeyError):
            for code in ("CASEWORKER", "CASE_MANAGER", "READ_ONLY", "ADMIN"):
                combo.addItem(code, code)
        combo.setCurrentIndex(max(0, combo.findData(current or "CASEWORKER")))
        combo.blockSignals(False)

    def _selected(self) -> users_service.UserInfo | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self._selected()
        me = self.ctx.register.user
        self.view.disable_button.setEnabled(bool(user and user.active and me and user.id != me.id))
        self.view.reset_button.setEnabled(user is not None)

    # ------------------------------------------------------------------ actions
    def _fail_inline(self, exc: BaseException) -> None:
        self.view.add_box.setEnabled(True)
        if isinstance(exc, KnownError):
            self.view.add_error.setText(exc.message(current_lang()))
        else:
            errors.report(exc, self.view)

    def add_user(self) -> None:
        v = self.view
        try:
            username = normalise_username(v.new_username.text())
        except KnownError:
            v.add_error.setText(
                self.tr(
                    "The username may use a–z, 0–9, dot, dash and underscore (2 to 64 characters)."
                )
            )
            v.new_username.setFocus()
            return
        if not v.new_passphrase.acceptable:
            v.add_error.setText(self.tr("Choose an acceptable passphrase and type it twice."))
            v.new_passphrase.first.setFocus()
            return
        name, role, passphrase = (
            v.new_name.text().strip(),
            v.new_role.currentData(),
            v.new_passphrase.passphrase(),
        )
        v.add_error.clear()
        v.add_box.setEnabled(False)
        reg = self.ctx.register
        self.ctx.tasks.submit(
            lambda: users_service.add_user(reg, username, name, role, passphrase),
            self._added,
            self._fail_inline,
            busy_text=self.tr("Adding the user…"),
            parent=self.view,
        )

    def _added(self, user: users_service.UserInfo) -> None:
        self.view.add_box.setEnabled(True)
        self.clear_unsaved()
        self._discard_draft(NEW_USER_FORM)
        self.refresh()
        self.view.table.selectRow(self.model.row_of(user.username))
        dialogs.inform(
            self.view,
            self.tr("%1 was added. Tell them their passphrase in person.").replace(
                "%1", user.username
            ),
        )

    def disable_selected(self) -> None:
        user = self._selected()
        if user is None:
            return
        if not dialogs.ask(
            self.view,
            self.tr("Disable %1? They will no longer be able to unlock the register.").replace(
                "%1", user.username
            ),
            self.tr("Disable"),
        ):
            return
        try:
            users_service.disable_user(self.ctx.register, user.username)
        except KnownError as exc:
            errors.report(exc, self.view)
        self.refresh()

    def _passphrase_dialog(self, username: str, *, own: bool) -> None:
        dialog = PassphraseDialog(username, ask_current=own, parent=self.view)
        reg = self.ctx.register

        def job() -> None:
            if own:
                users_service.change_own_passphrase(reg, dialog.current.text(), dialog.pair.passphrase())
            else:
                users_service.reset_passphrase(reg, username, dialog.pair.passphrase())

        def done(_: object) -> None:
            dialog.accept()
            self.refresh()
            dialogs.inform(self.view, self.tr("The passphrase was changed."))

        def failed(exc: BaseException) -> None:
            dialog.set_busy(False)
            if isinstance(exc, KnownError):
                dialog.error.setText(exc.message(current_lang()))
            else:
                errors.report(exc, dialog)

        def submit() -> None:
            dialog.set_busy(True)
            self.ctx.tasks.submit(job, done, failed)

        dialog.ok.clicked.connect(submit)
        dialog.exec()

    def reset_selected(self) -> None:
        user = self._selected()
        if user is not None:
            self._passphrase_dialog(user.username, own=False)

    def change_own_passphrase(self) -> None:
        self._passphrase_dialog(self.ctx.register.require_user().username, own=True)

    def save_settings(self) -> None:
        try:
            self.settings = register_settings.update_settings(self.ctx.register, **self._edited())
        except KnownError as exc:
            errors.report(exc, self.view)
            return
        self._discard_draft(SETTINGS_FORM)
        self.ctx.events.settings_changed.emit(self.settings)

    def _language_picked(self, _index: int) -> None:
        lang = self.view.language.currentData()
        if lang and lang != current_lang():
            self.ctx.events.language_chosen.emit(lang)

    def _discard_draft(self, form_key: str) -> None:
        from ...services.drafts import discard_draft

        discard_draft(self.ctx.register, form_key)

    def forget(self) -> None:
        self.model.set_users([])

    def save_shortcut(self) -> None:
        """Ctrl+S: add the user being typed, else save changed settings."""
        if not self.is_admin:
            return
        if self.view.new_username.text().strip():
            self.add_user()
        elif self._settings_changed():
            self.save_settings()

    def _edited(self) -> dict[str, int]:
        """The register settings as the form shows them."""
        v = self.view
        return {"idle_lock_minutes": v.idle_minutes.value(), "quiet_case_days": v.quiet_days.value()}

    def _settings_changed(self) -> bool:
        return any(getattr(self.settings, k) != value for k, value in self._edited().items())

    # ------------------------------------------------------------------ drafts
    def unsaved_drafts(self) -> list[DraftData]:
        v, drafts = self.view, []
        if self.is_admin and (v.new_username.text().strip() or v.new_name.text().strip()):
            drafts.append(
                DraftData(
                    NEW_USER_FORM,
                    {
                        "username": v.new_username.text(),
                        "display_name": v.new_name.text(),
                        "role": v.new_role.currentData(),
                    },
                )
            )
        if self.is_admin and self._settings_changed():
            drafts.append(DraftData(SETTINGS_FORM, self._edited()))
        return drafts

    def clear_unsaved(self) -> None:
        v = self.view
        v.new_username.clear()
        v.new_name.clear()
        v.new_passphrase.clear()
        v.add_error.clear()
        v.new_role.setCurrentIndex(max(0, v.new_role.findData("CASEWORKER")))
        v.idle_minutes.setValue(self.settings.idle_lock_minutes)
        v.quiet_days.setValue(self.settings.quiet_case_days)

    def restore_draft(self, form_key: str, payload: dict[str, Any]) -> bool:
        v = self.view
        if form_key == NEW_USER_FORM and self.is_admin:
            v.new_username.setText(str(payload.get("username", "")))
            v.new_name.setText(str(payload.get("display_name", "")))
            v.new_role.setCurrentIndex(max(0, v.new_role.findData(payload.get("role"))))
            return True
        if form_key == SETTINGS_FORM and self.is_admin:
            v.idle_minutes.setValue(
                int(payload.get("idle_lock_minutes", self.settings.idle_lock_minutes))
            )
            v.quiet_days.setValue(int(payload.get("quiet_case_days", self.settings.quiet_case_days)))
            return True
        return False
