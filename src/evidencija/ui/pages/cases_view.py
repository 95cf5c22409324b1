"""Layout of the Cases page: search and filters over the lazy case table, and the new-case form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..widgets.date_field import DateField
from .heading import Heading

ERROR_STYLE = "color: #b3261e;"


class NewCaseForm(QWidget):
    """The intake of a new case: what the centre registers when it opens a file."""

    FIELDS = (
        "file_number",
        "opened_on",
        "response_priority",
        "centre_municipality_code",
        "victim_municipality_code",
    )

    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading()
        self.file_number = QLineEdit(maxLength=60)
        self.opened_on = DateField()
        self.priority = QComboBox()
        self.centre_municipality = QComboBox(editable=True)
        self.victim_municipality = QComboBox(editable=True)
        for combo in (self.centre_municipality, self.victim_municipality):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        widgets = (
            self.file_number,
            self.opened_on,
            self.priority,
            self.centre_municipality,
            self.victim_municipality,
        )
        self.labels = {name: QLabel() for name in self.FIELDS}
        self.errors = {name: QLabel(wordWrap=True, styleSheet=ERROR_STYLE) for name in self.FIELDS}
        form = QFormLayout()
        for name, widget in zip(self.FIELDS, widgets, strict=True):
            self.labels[name].setBuddy(widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[name])
            self.errors[name].hide()
            form.addRow(self.labels[name], column)
        self.general_error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.save_button, self.cancel_button = QPushButton(default=True), QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        body = QWidget()
        body.setMaximumWidth(760)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(body)
        layout.addStretch()
        for first, second in zip(widgets, widgets[1:] + (self.save_button,), strict=True):
            self.setTabOrder(first, second)

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        other = [text for name, text in errors.items() if name not in self.errors]
        self.general_error.setText("\n".join(other))

    def retranslate(self) -> None:
        self.heading.set_text(
            self.tr("New case"),
            self.tr(
                "Register the case as it is opened. People, incidents and the risk assessment are "
                "added in the case file."
            ),
        )
        for name, text in zip(
            self.FIELDS,
            (
                self.tr("&File number:"),
                self.tr("&Opened on:"),
                self.tr("Response &priority:"),
                self.tr("&Centre's municipality:"),
                self.tr("&Victim's municipality:"),
            ),
            strict=True,
        ):
            self.labels[name].setText(text)
        self.file_number.setPlaceholderText(self.tr("the number in the centre's registry"))
        self.save_button.setText(self.tr("&Save case"))
        self.cancel_button.setText(self.tr("Cancel"))


class CasesView(QWidget):
    retranslated = Signal()
    LIST, FORM = 0, 1

    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading()
        self.search = QLineEdit(clearButtonEnabled=True)
        self.status = QComboBox()
        self.priority = QComboBox()
        self.mine = QCheckBox()
        self.new_button = QPushButton()
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.priority, 1)
        filters.addWidget(self.mine)
        filters.addWidget(self.new_button)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.heading)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty)
        list_layout.addWidget(self.count)
        self.form = NewCaseForm()
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.priority)
        self.setTabOrder(self.priority, self.mine)
        self.setTabOrder(self.mine, self.new_button)
        self.setTabOrder(self.new_button, self.table)
        self.retranslate()

    def size_columns(self) -> None:
        """Widths from the font, not from the rows: measuring rows would load every page."""
        header, em = self.table.horizontalHeader(), self.fontMetrics().horizontalAdvance("M")
        for column, ems in enumerate((11, 8, 0, 13, 13, 12)):
            if ems:
                header.resizeSection(column, ems * em)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("Cases"))
        self.search.setPlaceholderText(
            self.tr("Search: name (any script or spelling), JMBG or file number")
        )
        self.mine.setText(self.tr("Only &my cases"))
        self.new_button.setText(self.tr("&New case"))
        self.form.retranslate()
        self.retranslated.emit()
