"""The first-run wizard's layout: language, centre, administrator, recovery key. Behaviour lives in
`controller.py`; these pages only hold fields and say when they are complete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..i18n import LANGUAGE_NAMES
from ..widgets.passphrase import PassphrasePair


class _Page(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError


class IntroPage(_Page):
    language_chosen = Signal(str)

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.text = QLabel(wordWrap=True)
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Evidencija"))
        self.setSubTitle(self.tr("This computer has no register yet. Let us create one."))
        self.text.setText(
            self.tr(
                "You will enter your centre's details and the first administrator's account. "
                "At the end you will receive a recovery key: print it or save it, and keep it "
                "locked away. It opens the register if every passphrase is forgotten."
            )
        )
        self.language_label.setText(self.tr("&Language:"))


class CentrePage(_Page):
    def __init__(self, municipalities: list[tuple[str, str]]) -> None:
        super().__init__()
        self.code = QLineEdit(maxLength=40)
        self.name = QLineEdit(maxLength=200)
        self.municipality = QComboBox(editable=True)
        self.municipality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.municipality.addItem("", None)
        for code, label in municipalities:
            self.municipality.addItem(f"{label} ({code})", code)
        completer = self.municipality.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.labels = [QLabel() for _ in range(3)]
        self.hint = QLabel(wordWrap=True)
        form = QFormLayout(self)
        for label, field in zip(
            self.labels, (self.code, self.name, self.municipality), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.hint)
        self.registerField("centre_code*", self.code)
        self.registerField("centre_name*", self.name)
        self.retranslate()

    def municipality_code(self) -> str | None:
        index = self.municipality.findText(self.municipality.currentText())
        if index > 0:
            return str(self.municipality.itemData(index))
        typed = self.municipality.currentText().strip()
        return typed or None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your centre"))
        self.setSubTitle(self.tr("These details appear on exports and printouts."))
        for label, text in zip(
            self.labels,
            (self.tr("Centre &code:"), self.tr("Centre &name:"), self.tr("&Municipality:")),
            strict=True,
        ):
            label.setText(text)
        self.code.setPlaceholderText(self.tr("e.g. CSR-KG"))
        self.name.setPlaceholderText(self.tr("e.g. Centar za socijalni rad Kragujevac"))
        self.municipality.lineEdit().setPlaceholderText(self.tr("type to search"))
        self.hint.setText(self.tr("The centre code is given by the coordinating organisation."))


class AdminPage(_Page):
    """Commit page: pressing its button creates the register (the controller does it)."""

    create_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.created = False
        self.username = QLineEdit(maxLength=64)
        self.display_name = QLineEdit(maxLength=200)
        self.passphrase = PassphrasePair()
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b3261e;")
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.username, self.display_name), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addStretch()
        self.setCommitPage(True)
        self.username.textChanged.connect(self.passphrase.set_username)
        self.username.textChanged.connect(self.completeChanged)
        self.passphrase.changed.connect(self.completeChanged)
        self.retranslate()

    def isComplete(self) -> bool:
        return bool(self.username.text().strip()) and self.passphrase.acceptable

    def validatePage(self) -> bool:
        if self.created:
            return True
        self.create_requested.emit()
        return False

    def set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.display_name, self.passphrase):
            widget.setEnabled(not busy)
        if busy:
            self.error.setStyleSheet("")
            self.error.setText(self.tr("Creating the register…"))

    def show_error(self, message: str) -> None:
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setText(message)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator adds the other users and looks after backups. "
                "Choose a long passphrase: a few words are easier to remember than symbols."
            )
        )
        self.labels[0].setText(self.tr("&Username:"))
        self.labels[1].setText(self.tr("&Full name:"))
        self.username.setPlaceholderText(self.tr("e.g. ana.petrovic"))


class RecoveryPage(_Page):
    print_requested = Signal()
    pdf_requested = Signal()

    GROUP_TO_CONFIRM = 3

    def __init__(self) -> None:
        super().__init__()
        self.key = ""
        self.warning = QLabel(wordWrap=True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 5)
        font.setWeight(QFont.Weight.Bold)
        # Eight numbered groups in two rows, so "group 3" can be found at a glance.
        self.key_box = QFrame(frameShape=QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.key_box)
        grid.setContentsMargins(16, 10, 16, 10)
        grid.setHorizontalSpacing(28)
        self.group_labels: list[QLabel] = []
        for index in range(8):
            number = QLabel(str(index + 1), alignment=Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet("color: palette(mid);")
            group = QLabel(
                alignment=Qt.AlignmentFlag.AlignCenter,
                textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse,
            )
            group.setFont(font)
            row, column = divmod(index, 4)
            grid.addWidget(number, row * 2, column)
            grid.addWidget(group, row * 2 + 1, column)
            self.group_labels.append(group)
        self.print_button, self.pdf_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch()
        self.confirm_label = QLabel(wordWrap=True)
        self.confirm = QLineEdit(maxLength=8)
        self.confirm.setFont(font)
        self.confirm.setMaximumWidth(180)
        self.confirm_label.setBuddy(self.confirm)
        self.verdict = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.key_box)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.confirm_label)
        row = QHBoxLayout()
        row.addWidget(self.confirm)
        row.addWidget(self.verdict, 1)
        layout.addLayout(row)
        layout.addStretch()
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.confirm.textChanged.connect(self._check)
        self.retranslate()

    def set_key(self, key: str) -> None:
        self.key = key
        for label, group in zip(self.group_labels, key.split("-"), strict=False):
            label.setText(group)
        self._check()

    def expected_group(self) -> str:
        groups = self.key.split("-")
        return groups[self.GROUP_TO_CONFIRM - 1] if len(groups) >= self.GROUP_TO_CONFIRM else ""

    def _typed(self) -> str:
        return self.confirm.text().strip().upper().translate(str.maketrans("OIL", "011"))

    def isComplete(self) -> bool:
        return bool(self.key) and self._typed() == self.expected_group()

    def _check(self) -> None:
        if not self.confirm.text():
            self.verdict.setText("")
        elif self.isComplete():
            self.verdict.setText("✔ " + self.tr("Correct."))
        elif len(self._typed()) >= len(self.expected_group()):
            self.verdict.setText(
                "✘ "
                + self.tr("This is not group %1. Check what you wrote down.").replace(
                    "%1", str(self.GROUP_TO_CONFIRM)
                )
            )
        else:
            self.verdict.setText("")
        self.completeChanged.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(
            self.tr(
                "Shown only now. Without it, a register whose passphrases are "
                "all forgotten cannot be opened by anyone."
            )
        )
        self.warning.setText(
            self.tr(
                "Print this key or save it as a PDF on a USB stick, then keep it locked away from "
                "this computer. Do not send it by e-mail."
            )
        )
        self.print_button.setText(self.tr("&Print…"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.confirm_label.setText(
            self.tr(
                "To confirm that you have written it down, type group %1 of the key here:"
            ).replace("%1", str(self.GROUP_TO_CONFIRM))
        )
        self._check()


class FirstRunWizard(QWizard):
    """The wizard window. `closing_with_key_unconfirmed` lets the controller ask before closing."""

    close_requested = Signal()

    def __init__(
        self, lang: str, municipalities: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.intro = IntroPage(lang)
        self.centre = CentrePage(municipalities)
        self.admin = AdminPage()
        self.recovery = RecoveryPage()
        for page in (self.intro, self.centre, self.admin, self.recovery):
            self.addPage(page)
        self.setMinimumSize(720, 560)
        self.retranslate()

    def reject(self) -> None:
        # The controller decides (the register may already exist and the key not be confirmed).
        self.close_requested.emit()

    def really_close(self) -> None:
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidencija — new register"))
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.CommitButton, self.tr("&Create register")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
