"""The Deadlines page: what is overdue, due today and due this week, each row opening its case.

The week's list is read on the worker thread (`background.BackgroundRead`): on a large register
it takes a second or more.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import clock
from ...services.deadlines import deadlines_from
from ...services.dto import Deadline
from .. import dialogs
from ..casefile import open_case
from ..context import AppContext
from .background import BackgroundRead
from .base import Page
from .deadlines_model import OVERDUE, TODAY, WEEK, DeadlineRow, DeadlinesModel
from .heading import Heading

WEEK_DAYS = 7


def week_rows(register: Any, today: date) -> list[DeadlineRow]:
    """The rows of the week from `today`. Runs off the UI thread."""
    return rows_of(deadlines_from(register, today, WEEK_DAYS))


def rows_of(found: list[tuple[int, Deadline]]) -> list[DeadlineRow]:
    """Deadlines listed from today (as `deadlines_from` gives them) as rows: overdue first, then
    due today, then the rest of the week, each by due time."""
    rows = [DeadlineRow(OVERDUE if d.overdue else TODAY if offset == 0 else WEEK, d)
            for offset, d in found]
    order = {OVERDUE: 0, TODAY: 1, WEEK: 2}
    return sorted(rows, key=lambda r: (order[r.state], r.deadline.due_at, r.deadline.file_number))


def title() -> str:
    return QCoreApplication.translate("Navigation", "Deadlines")


class DeadlinesView(QWidget):
    retranslated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading()
        self.summary = QLabel(wordWrap=True)
        self.refresh_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(
            self.tr("Deadlines"),
            self.tr(
                "Legal clocks and planned steps of open cases. Press Enter or double-click a row "
                "to open its case."
            ),
        )
        self.refresh_button.setText(self.tr("&Refresh"))
        self.empty.setText(self.tr("Nothing is overdue or due this week."))
        self.retranslated.emit()


class DeadlinesPage(Page):
    key = "deadlines"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.view = DeadlinesView()
        self.model = DeadlinesModel(self.view)
        self.view.table.setModel(self.model)
        self.reader = BackgroundRead(ctx, self.view, self._job, self.model.set_rows, self._render)
        self.view.refresh_button.clicked.connect(self.refresh)
        self.view.table.activated.connect(self._open)
        self.view.retranslated.connect(self._render)

    def load_rows(self) -> list[DeadlineRow]:
        """The week's rows, read here and now (the page itself reads them on the worker)."""
        return week_rows(self.ctx.register, clock.today())

    def _job(self) -> Callable[[], list[DeadlineRow]]:
        register, today = self.ctx.register, clock.today()
        return lambda: week_rows(register, today)

    @property
    def loading(self) -> bool:
        return self.reader.loading

    def refresh(self) -> None:
        self.reader.request()

    def forget(self) -> None:
        self.reader.forget()
        self.model.set_rows([])
        self._render()

    def _render(self) -> None:
        self.model.retranslate()
        v, loading = self.view, self.loading
        v.refresh_button.setEnabled(not loading)
        if loading:
            v.summary.setText(self.tr("Loading the deadlines…"))
        else:
            counts = self.model.counts()
            v.summary.setText(
                self.tr("Overdue: %1 · Due today: %2 · Later this week: %3")
                .replace("%1", str(counts[OVERDUE]))
                .replace("%2", str(counts[TODAY]))
                .replace("%3", str(counts[WEEK]))
            )
        # "Nothing is due" only once the list is known.
        v.empty.setVisible(not loading and self.model.rowCount() == 0)

    def _open(self, index: object) -> None:
        row = self.model.row_at(index.row())  # type: ignore[attr-defined]
        if row is not None and not open_case(self.ctx.events, row.deadline.case_id):
            dialogs.inform(
                self.view,
                self.tr(
                    "Case %1. The case file opens here in the next step of this version."
                ).replace("%1", row.deadline.file_number),
            )
