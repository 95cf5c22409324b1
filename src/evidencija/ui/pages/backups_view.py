"""Layout of the Backups page: the last good backup, back up now, automatic backups, restore."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.settings import KEEP_RANGE
from .heading import Heading


class BackupsView(QWidget):
    retranslated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading()
        self.last_box = QGroupBox()
        self.last_good = QLabel()
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 3)
        font.setWeight(QFont.Weight.Bold)
        self.last_good.setFont(font)
        self.last_hint = QLabel(wordWrap=True)
        last_layout = QVBoxLayout(self.last_box)
        last_layout.addWidget(self.last_good)
        last_layout.addWidget(self.last_hint)

        self.now_box = QGroupBox()
        self.now_text = QLabel(wordWrap=True)
        self.now_button = QPushButton()
        now_layout = QHBoxLayout(self.now_box)
        now_layout.addWidget(self.now_text, 1)
        now_layout.addWidget(self.now_button)

        self.auto_box = QGroupBox()
        self.mode = QComboBox()
        self.folder = QLineEdit(readOnly=True)
        self.choose_folder = QPushButton()
        self.keep = QSpinBox(minimum=KEEP_RANGE[0], maximum=KEEP_RANGE[1])
        self.save_button = QPushButton()
        self.auto_note = QLabel(wordWrap=True)
        self.auto_labels = [QLabel() for _ in range(3)]
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        auto_form = QFormLayout(self.auto_box)
        auto_form.addRow(self.auto_labels[0], self.mode)
        auto_form.addRow(self.auto_labels[1], folder_row)
        auto_form.addRow(self.auto_labels[2], self.keep)
        auto_form.addRow("", self.save_button)
        auto_form.addRow(self.auto_note)
        self.auto_labels[0].setBuddy(self.mode)
        self.auto_labels[1].setBuddy(self.choose_folder)
        self.auto_labels[2].setBuddy(self.keep)

        self.restore_box = QGroupBox()
        self.restore_text = QLabel(wordWrap=True)
        self.restore_button = QPushButton()
        restore_layout = QHBoxLayout(self.restore_box)
        restore_layout.addWidget(self.restore_text, 1)
        restore_layout.addWidget(self.restore_button)

        self.role_note = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for box in (self.last_box, self.now_box, self.auto_box, self.restore_box):
            layout.addWidget(box)
        layout.addWidget(self.role_note)
        layout.addStretch()
        self.retranslate()

    def set_permissions(self, *, back_up: bool, admin: bool) -> None:
        self.now_button.setVisible(back_up)
        for w in (self.mode, self.choose_folder, self.keep):
            w.setEnabled(admin)
        self.save_button.setVisible(admin)
        self.auto_note.setVisible(not admin)
        self.restore_box.setVisible(admin)
        self.role_note.setVisible(not back_up)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(
            self.tr("Backups"),
            self.tr(
                "A backup is an encrypted copy of the whole register. It can be opened only with a "
                "passphrase or the recovery key of this register."
            ),
        )
        self.last_box.setTitle(self.tr("Last good backup"))
        self.last_hint.setText(self.tr("Every backup is reopened and checked before it counts."))
        self.now_box.setTitle(self.tr("Back up now"))
        self.now_text.setText(self.tr("Write a backup to a folder or a USB drive you choose."))
        self.now_button.setText(self.tr("&Back up now…"))
        self.auto_box.setTitle(self.tr("Automatic backups"))
        current = self.mode.currentData()
        self.mode.clear()
        for code, text in (
            ("off", self.tr("Off")),
            ("daily", self.tr("Daily")),
            ("on_close", self.tr("When the program closes")),
        ):
            self.mode.addItem(text, code)
        self.mode.setCurrentIndex(max(0, self.mode.findData(current)))
        self.auto_labels[0].setText(self.tr("&When:"))
        self.auto_labels[1].setText(self.tr("&Folder:"))
        self.auto_labels[2].setText(self.tr("&Keep the last:"))
        self.keep.setSuffix(" " + self.tr("backups"))
        self.folder.setPlaceholderText(self.tr("no folder chosen"))
        self.choose_folder.setText(self.tr("C&hoose…"))
        self.save_button.setText(self.tr("&Save automatic backups"))
        self.auto_note.setText(self.tr("Only an administrator can change automatic backups."))
        self.restore_box.setTitle(self.tr("Restore"))
        self.restore_text.setText(
            self.tr(
                "Replace this register with a backup. The backup is verified and its contents "
                "shown before you confirm."
            )
        )
        self.restore_button.setText(self.tr("&Restore from backup…"))
        self.role_note.setText(self.tr("Backups are made by administrators and case managers."))
        self.retranslated.emit()
