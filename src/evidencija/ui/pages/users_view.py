"""Layout of the Users & settings page: users, adding a user, register settings, the centre and
one's own account. Which parts are visible depends on the role (set by the controller)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
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

from ...services.settings import IDLE_LOCK_RANGE, QUIET_DAYS_RANGE
from ..i18n import LANGUAGE_NAMES
from ..widgets.passphrase import PassphrasePair
from .heading import Heading


class UsersView(QWidget):
    retranslated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading()

        # users
        self.users_box = QGroupBox()
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.disable_button, self.reset_button = QPushButton(), QPushButton()
        self.admin_only_note = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.disable_button)
        row.addWidget(self.reset_button)
        row.addStretch()
        users_layout = QVBoxLayout(self.users_box)
        users_layout.addWidget(self.table)
        users_layout.addLayout(row)
        users_layout.addWidget(self.admin_only_note)

        # add a user
        self.add_box = QGroupBox()
        self.new_username = QLineEdit(maxLength=64)
        self.new_name = QLineEdit(maxLength=200)
        self.new_role = QComboBox()
        self.new_passphrase = PassphrasePair()
        self.add_error = QLabel(wordWrap=True)
        self.add_error.setStyleSheet("color: #b3261e;")
        self.add_button, self.clear_button = QPushButton(), QPushButton()
        self.add_labels = [QLabel() for _ in range(3)]
        add_form = QFormLayout()
        for label, field in zip(
            self.add_labels, (self.new_username, self.new_name, self.new_role), strict=True
        ):
            label.setBuddy(field)
            add_form.addRow(label, field)
        add_buttons = QHBoxLayout()
        add_buttons.addWidget(self.add_error, 1)
        add_buttons.addWidget(self.clear_button)
        add_buttons.addWidget(self.add_button)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.addLayout(add_form)
        add_layout.addWidget(self.new_passphrase)
        add_layout.addLayout(add_buttons)

        # settings
        self.settings_box = QGroupBox()
        self.idle_minutes = QSpinBox(minimum=IDLE_LOCK_RANGE[0], maximum=IDLE_LOCK_RANGE[1])
        self.quiet_days = QSpinBox(minimum=QUIET_DAYS_RANGE[0], maximum=QUIET_DAYS_RANGE[1])
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.save_settings_button = QPushButton()
        self.settings_note = QLabel(wordWrap=True)
        self.settings_labels = [QLabel(), QLabel(), QLabel()]
        settings_form = QFormLayout(self.settings_box)
        for label, field in zip(
            self.settings_labels, (self.idle_minutes, self.quiet_days, self.language), strict=True
        ):
            label.setBuddy(field)
            settings_form.addRow(label, field)
        settings_form.addRow("", self.save_settings_button)
        settings_form.addRow(self.settings_note)

        # centre and own account
        self.centre_box = QGroupBox()
        self.centre_code, self.centre_name, self.centre_municipality = QLabel(), QLabel(), QLabel()
        self.centre_name.setWordWrap(True)
        self.centre_labels = [QLabel() for _ in range(3)]
        centre_form = QFormLayout(self.centre_box)
        for label, field in zip(
            self.centre_labels,
            (self.centre_code, self.centre_name, self.centre_municipality),
            strict=True,
        ):
            centre_form.addRow(label, field)
        self.account_box = QGroupBox()
        self.account = QLabel(wordWrap=True)
        self.change_own_button = QPushButton()
        account_layout = QVBoxLayout(self.account_box)
        account_layout.addWidget(self.account)
        account_layout.addWidget(self.change_own_button, 0, Qt.AlignmentFlag.AlignLeft)

        grid = QGridLayout()
        grid.addWidget(self.users_box, 0, 0)
        grid.addWidget(self.add_box, 1, 0)
        right = QVBoxLayout()
        right.addWidget(self.account_box)
        right.addWidget(self.settings_box)
        right.addWidget(self.centre_box)
        right.addStretch()
        grid.addLayout(right, 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)

        self.setTabOrder(self.table, self.disable_button)
        self.setTabOrder(self.disable_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.new_username)
        self.setTabOrder(self.new_username, self.new_name)
        self.setTabOrder(self.new_name, self.new_role)
        self.setTabOrder(self.new_role, self.new_passphrase.first)
        self.setTabOrder(self.new_passphrase.first, self.new_passphrase.second)
        self.setTabOrder(self.new_passphrase.second, self.add_button)
        self.retranslate()

    def set_admin(self, admin: bool) -> None:
        """Administrators see and use every control; others see what exists, read-only."""
        for widget in (
            self.add_box,
            self.disable_button,
            self.reset_button,
            self.save_settings_button,
        ):
            widget.setVisible(admin)
        self.idle_minutes.setEnabled(admin)
        self.quiet_days.setEnabled(admin)
        self.admin_only_note.setVisible(not admin)
        self.settings_note.setVisible(not admin)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("Users & settings"))
        self.users_box.setTitle(self.tr("Users"))
        self.disable_button.setText(self.tr("&Disable"))
        self.reset_button.setText(self.tr("&Set new passphrase…"))
        self.admin_only_note.setText(self.tr("Only an administrator can add users or change them."))
        self.add_box.setTitle(self.tr("Add a user"))
        for label, text in zip(
            self.add_labels,
            (self.tr("User&name:"), self.tr("Full na&me:"), self.tr("R&ole:")),
            strict=True,
        ):
            label.setText(text)
        self.new_username.setPlaceholderText(self.tr("e.g. marko.jovanovic"))
        self.add_button.setText(self.tr("&Add user"))
        self.clear_button.setText(self.tr("C&lear"))
        self.settings_box.setTitle(self.tr("Settings"))
        self.settings_labels[0].setText(self.tr("Lock after &idle:"))
        self.settings_labels[1].setText(self.tr("No contact &warning after:"))
        self.settings_labels[2].setText(self.tr("Lan&guage:"))
        self.idle_minutes.setSuffix(" " + self.tr("min"))
        self.quiet_days.setSuffix(" " + self.tr("days"))
        self.quiet_days.setToolTip(
            self.tr("My work lists an open case with no contact for this many days.")
        )
        self.save_settings_button.setText(self.tr("Sa&ve settings"))
        self.settings_note.setText(
            self.tr(
                "Only an administrator can change the lock time and the no-contact warning. "
                "The language applies to this computer."
            )
        )
        self.centre_box.setTitle(self.tr("Centre"))
        for label, text in zip(
            self.centre_labels,
            (self.tr("Code:"), self.tr("Name:"), self.tr("Municipality:")),
            strict=True,
        ):
            label.setText(text)
        self.account_box.setTitle(self.tr("My account"))
        self.change_own_button.setText(self.tr("&Change my passphrase…"))
        self.retranslated.emit()
