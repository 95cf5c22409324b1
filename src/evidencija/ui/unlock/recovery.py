"""The recovery-key path: type the key → choose the administrator → a new passphrase → unlocked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError
from .. import errors
from ..i18n import current_lang
from ..tasks import TaskRunner
from ..widgets.passphrase import PassphrasePair


class RecoveryDialog(QDialog):
    """View: two steps in one dialog."""

    retranslated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = QLabel(wordWrap=True)
        self.key = QLineEdit(maxLength=80)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_label = QLabel()
        self.key_label.setBuddy(self.key)
        step1 = QWidget()
        l1 = QVBoxLayout(step1)
        l1.addWidget(self.explain)
        l1.addWidget(self.key_label)
        l1.addWidget(self.key)
        l1.addStretch()

        self.admin = QComboBox(editable=True)
        self.admin_label = QLabel()
        self.admin_label.setBuddy(self.admin)
        self.passphrase = PassphrasePair()
        step2 = QWidget()
        l2 = QVBoxLayout(step2)
        form = QFormLayout()
        form.addRow(self.admin_label, self.admin)
        l2.addLayout(form)
        l2.addWidget(self.passphrase)
        l2.addStretch()

        self.steps = QStackedWidget()
        self.steps.addWidget(step1)
        self.steps.addWidget(step2)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox()
        self.next_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.key.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.admin.currentTextChanged.connect(self.passphrase.set_username)
        self.retranslate()

    def _update(self) -> None:
        if self.steps.currentIndex() == 0:
            self.next_button.setEnabled(len(self.key.text().strip()) >= 8)
        else:
            self.next_button.setEnabled(
                bool(self.admin.currentText().strip()) and self.passphrase.acceptable
            )

    def show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.buttons.setEnabled(True)
        self.error.clear()
        self.retranslate()
        (self.key if index == 0 else self.admin).setFocus()

    def set_busy(self, busy: bool) -> None:
        self.steps.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Please wait…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Use the recovery key"))
        self.explain.setText(
            self.tr(
                "Type the recovery key printed when the register was created. Dashes and spaces "
                "do not matter; a mistyped group is named so you can check it."
            )
        )
        self.key_label.setText(self.tr("Recovery &key:"))
        self.admin_label.setText(self.tr("&Administrator:"))
        self.next_button.setText(
            self.tr("&Next")
            if self.steps.currentIndex() == 0
            else self.tr("&Set passphrase and unlock")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()
        self.retranslated.emit()


class RecoveryController:
    """Runs the steps off the UI thread; `on_unlocked(register)` when the admin is back in."""

    def __init__(self, register, tasks: TaskRunner, parent: QWidget | None, on_unlocked) -> None:  # type: ignore[no-untyped-def]
        self.register, self.tasks, self.on_unlocked = register, tasks, on_unlocked
        self.view = RecoveryDialog(parent)
        self.view.next_button.clicked.connect(self._next)
        self.view.rejected.connect(self._cancelled)

    def exec(self) -> None:
        self.view.show_step(0)
        self.view.open()

    def _error(self, exc: BaseException) -> None:
        self.view.set_busy(False)
        if isinstance(exc, KnownError):
            self.view.error.setText(exc.message(current_lang()))
        else:
            errors.report(exc, self.view)

    def _next(self) -> None:
        if self.view.steps.currentIndex() == 0:
            key = self.view.key.text()
            self.view.set_busy(True)
            self.tasks.submit(
                lambda: self.register.unlock_with_recovery(key), self._key_ok, self._error
            )
            return
        username = self.view.admin.currentText().strip()
        passphrase = self.view.passphrase.passphrase()

        def job():  # type: ignore[no-untyped-def]
            from ...services.users import recover_admin

            recover_admin(self.register, username, passphrase)
            self.register.lock()
            self.register.unlock(username, passphrase)
            return self.register

        self.view.set_busy(True)
        self.tasks.submit(job, self._done, self._error)

    def _key_ok(self, _result: object) -> None:
        self.view.set_busy(False)
        self.view.key.clear()
        self.view.admin.clear()
        from ...services.users import list_admins

        self.view.admin.addItems(list_admins(self.register))
        self.view.show_step(1)

    def _done(self, register: object) -> None:
        self.view.passphrase.clear()
        self.view.done(QDialog.DialogCode.Accepted)
        self.on_unlocked(register)

    def _cancelled(self) -> None:
        # Unlocked by the key but no administrator chosen: close the database again.
        if self.register.is_unlocked and self.register.user is None:
            self.register.lock()
        self.view.key.clear()
        self.view.passphrase.clear()
