"""A dialog for a new passphrase (reset someone's, or change one's own with the current one)."""

from __future__ import annotations

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

from ..widgets.passphrase import PassphrasePair


class PassphraseDialog(QDialog):
    def __init__(self, username: str, *, ask_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username, self.ask_current = username, ask_current
        self.intro = QLabel(wordWrap=True)
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current_label = QLabel()
        self.current_label.setBuddy(self.current)
        self.pair = PassphrasePair()
        self.pair.set_username(username)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        if ask_current:
            form = QFormLayout()
            form.addRow(self.current_label, self.current)
            layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.pair.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self.setMinimumWidth(480)
        self.retranslate()

    def _update(self) -> None:
        self.ok.setEnabled(
            self.pair.acceptable and (not self.ask_current or bool(self.current.text()))
        )

    def set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.ask_current:
            self.setWindowTitle(self.tr("Change my passphrase"))
            self.intro.setText(self.tr("Type your current passphrase, then the new one twice."))
        else:
            self.setWindowTitle(self.tr("Set a new passphrase"))
            self.intro.setText(
                self.tr(
                    "Set a new passphrase for %1 and tell it to them in person. The account is "
                    "enabled again if it was disabled."
                ).replace("%1", self.username)
            )
        self.current_label.setText(self.tr("&Current passphrase:"))
        self.ok.setText(self.tr("&Save passphrase"))
        self.cancel.setText(self.tr("Cancel"))
        self._update()
