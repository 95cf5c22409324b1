"""The case file's widgets: a header, the actions, and a tab per section (layout only)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..pages.heading import Heading
from .models import RecordTableModel
from .sections import Section


def make_table(model: RecordTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


MAX_COLUMN = 300


def fit_columns(table: QTableView) -> None:
    """Columns as wide as their content, none wider than MAX_COLUMN (the tooltip shows all)."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        if table.columnWidth(column) > MAX_COLUMN:
            table.setColumnWidth(column, MAX_COLUMN)


class SectionView(QWidget):
    delete_requested = Signal()  # the Delete key on the table

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section
        self.model = RecordTableModel(section.columns, self)
        self.table = make_table(self.model)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        # the People section only: a person's name, JMBG, address … corrected
        self.correct_button = QPushButton()
        self.delete_button = QPushButton()
        # the Documents section only: open it, or save a copy of it
        self.open_button = QPushButton()
        self.save_copy_button = QPushButton()
        self.note = QLabel(wordWrap=True)
        self.note.setVisible(section.note is not None)
        self.empty = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_copy_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.row_buttons = (
            self.open_button,
            self.save_copy_button,
            self.edit_button,
            self.correct_button,
            self.delete_button,
        )
        documents = section.key == "documents"
        self.open_button.setVisible(documents)
        self.save_copy_button.setVisible(documents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.enable_row_buttons())
        self.enable_row_buttons()
        self.table.installEventFilter(self)
        self.setTabOrder(self.table, self.open_button)
        for first, second in pairwise((self.open_button, self.save_copy_button,
                                       self.add_button, *self.row_buttons[2:])):
            self.setTabOrder(first, second)
        self.retranslate()

    def enable_row_buttons(self) -> None:
        """The buttons acting on the selected row, enabled only while a row is selected."""
        chosen = self.table.currentIndex().isValid()
        for button in self.row_buttons:
            button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete  # type: ignore[attr-defined]
            and event.modifiers() == Qt.KeyboardModifier.NoModifier  # type: ignore[attr-defined]
        ):
            self.delete_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def selected_row(self) -> object | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.open_button.setText(self.tr("&Open"))
        self.save_copy_button.setText(self.tr("Save a &copy…"))
        self.correct_button.setText(self.tr("Correc&t identity…"))
        self.correct_button.setToolTip(
            self.tr("Correct the person's name, JMBG, birth date, address or phone.")
        )
        if self.section.key == "people":
            # the person stays in the register: only her part in this case goes
            self.delete_button.setText(self.tr("Remo&ve from the case…"))
        else:
            self.delete_button.setText(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Del"))
        self.empty.setText(self.tr("Nothing recorded yet."))
        if self.section.note is not None:
            self.note.setText(self.section.note())
        self.model.retranslate()


class SectionList(QWidget):
    """The sections in a list on the left (all visible at once, unlike sixteen tabs), the chosen
    one on the right; the same calls as a QTabWidget. Up/Down in the list changes section."""

    def __init__(self) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setMaximumWidth(210)
        self.stack = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.setFocusProxy(self.list)

    def addTab(self, widget: QWidget, text: str) -> None:  # noqa: N802 — QTabWidget's name
        self.stack.addWidget(widget)
        self.list.addItem(text)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def setTabText(self, index: int, text: str) -> None:  # noqa: N802
        self.list.item(index).setText(text)

    def count(self) -> int:
        return self.stack.count()

    def currentIndex(self) -> int:  # noqa: N802
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self.list.setCurrentRow(index)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        self.list.setCurrentRow(self.stack.indexOf(widget))


class CaseFileView(QWidget):
    retranslated = Signal()

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self.heading = Heading()
        self.closed_banner = QLabel(wordWrap=True)
        self.closed_banner.setStyleSheet(
            "background: #fff4ce; border: 1px solid #c19c00; padding: 6px;"
        )
        self.closed_banner.hide()
        self.back_button = QPushButton()
        self.identity_button = QPushButton()
        self.print_plan_button = QPushButton()
        self.print_summary_button = QPushButton()
        self.close_button = QPushButton()
        self.details_button = QPushButton()
        self.reopen_button = QPushButton()
        self.manager_button = QPushButton()
        actions = QHBoxLayout()
        for button in (
            self.back_button,
            self.identity_button,
            self.print_plan_button,
            self.print_summary_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.manager_button)
        actions.addWidget(self.details_button)
        actions.addWidget(self.close_button)
        actions.addWidget(self.reopen_button)
        self.tabs = SectionList()
        self.sections = {s.key: SectionView(s) for s in sections}
        for section in self.sections.values():
            self.tabs.addTab(section, "")
        self.identity = QLabel(
            wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.identity.hide()
        self.sections["people"].layout().insertWidget(2, self.identity)
        self.history = QTextBrowser(openLinks=False)
        self.tabs.addTab(self.history, "")
        self.error = QLabel(wordWrap=True, styleSheet="color: #b3261e;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.closed_banner)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to the list"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.identity_button.setText(self.tr("Show &identity data"))
        self.identity_button.setToolTip(
            self.tr("Names, JMBG and addresses; every opening is recorded in the audit trail.")
        )
        self.print_plan_button.setText(self.tr("Print &plan…"))
        self.print_summary_button.setText(self.tr("Print s&ummary…"))
        self.close_button.setText(self.tr("&Close case…"))
        self.details_button.setText(self.tr("Case &details…"))
        self.reopen_button.setText(self.tr("&Reopen case"))
        self.manager_button.setText(self.tr("Change case &manager…"))
        for i, section in enumerate(self.sections.values()):
            self.tabs.setTabText(i, section.section.title())
            section.retranslate()
        self.tabs.setTabText(self.tabs.count() - 1, self.tr("History"))
        self.retranslated.emit()
