"""The unlock window's layout: a sign-in form, and a problem panel with its ways out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..i18n import LANGUAGE_NAMES


class UnlockView(QWidget):
    unlock_requested = Signal()
    recovery_requested = Signal()
    restore_requested = Signal()
    retry_requested = Signal()
    quit_requested = Signal()
    language_chosen = Signal(str)
    retranslated = Signal()

    FORM, PROBLEM = 0, 1

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockView")
        title_font = QFont(self.font())
        title_font.setPointSize(title_font.pointSize() + 8)
        title_font.setWeight(QFont.Weight.Bold)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(title_font)
        self.centre = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.notice = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)

        # sign-in form
        self.username = QLineEdit(maxLength=64)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.username_label, self.passphrase_label = QLabel(), QLabel()
        self.username_label.setBuddy(self.username)
        self.passphrase_label.setBuddy(self.passphrase)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.unlock_button = QPushButton(default=True, autoDefault=True)
        self.recovery_button = QPushButton(flat=True)
        self.recovery_button.setCursor(Qt.CursorShape.PointingHandCursor)
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addLayout(form)
        form_layout.addLayout(buttons)
        form_layout.addStretch()

        # problem panel
        self.problem_icon = QLabel()
        self.problem_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        self.problem = QLabel(
            wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.restore_button, self.retry_button, self.problem_quit = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        problem_page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.problem, 1)
        problem_buttons = QHBoxLayout()
        problem_buttons.addStretch()
        for b in (self.restore_button, self.retry_button, self.problem_quit):
            problem_buttons.addWidget(b)
        problem_layout = QVBoxLayout(problem_page)
        problem_layout.addLayout(top)
        problem_layout.addStretch()
        problem_layout.addLayout(problem_buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(problem_page)

        # footer: language and quit
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.quit_button = QPushButton()
        footer = QHBoxLayout()
        footer.addWidget(self.language_label)
        footer.addWidget(self.language)
        footer.addStretch()
        footer.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.centre)
        layout.addSpacing(8)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        layout.addLayout(footer)
        self.setMinimumSize(520, 380)

        self.setTabOrder(self.username, self.passphrase)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_button)
        self.setTabOrder(self.recovery_button, self.language)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.passphrase.returnPressed.connect(self.unlock_requested)
        self.username.returnPressed.connect(self.passphrase.setFocus)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        self.problem_quit.clicked.connect(self.quit_requested)
        self.quit_button.clicked.connect(self.quit_requested)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, activated=self.quit_requested)
        self.retranslate()

    # ------------------------------------------------------------------ states
    def show_form(self, *, error: str = "") -> None:
        self.pages.setCurrentIndex(self.FORM)
        self.error.setText(error)
        (self.passphrase if self.username.text() else self.username).setFocus()

    def show_problem(self, message: str, *, restore: bool, retry: bool) -> None:
        self.pages.setCurrentIndex(self.PROBLEM)
        self.problem.setText(message)
        self.restore_button.setVisible(restore)
        self.retry_button.setVisible(retry)
        (
            self.restore_button if restore else self.retry_button if retry else self.problem_quit
        ).setFocus()

    def set_busy(self, busy: bool) -> None:
        for w in (
            self.username,
            self.passphrase,
            self.unlock_button,
            self.recovery_button,
            self.language,
        ):
            w.setEnabled(not busy)
        self.error.setStyleSheet("" if busy else "color: #b3261e; font-weight: bold;")
        self.error.setText(self.tr("Unlocking…") if busy else "")

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ------------------------------------------------------------------ text
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidencija — unlock"))
        self.title.setText(self.tr("Evidencija"))
        self.username_label.setText(self.tr("&Username:"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.recovery_button.setText(self.tr("Forgot the passphrase? Use the &recovery key…"))
        self.restore_button.setText(self.tr("&Restore from backup…"))
        self.retry_button.setText(self.tr("&Try again"))
        self.problem_quit.setText(self.tr("&Quit"))
        self.quit_button.setText(self.tr("&Quit"))
        self.language_label.setText(self.tr("&Language:"))
        self.retranslated.emit()
