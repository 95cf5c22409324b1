"""The Deadlines page: what is overdue, due today and due this week, each row opening its case."""

from __future__ import annotations

from datetime import timedelta

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
from ...services.deadlines import deadlines_on
from .. import dialogs
from ..casefile import open_case
from ..context import AppContext
from .base import Page
from .deadlines_model import OVERDUE, TODAY, WEEK, DeadlineRow, DeadlinesModel
from .heading import Heading

WEEK_DAYS = 7


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
        self.view.refresh_button.clicked.connect(self.refresh)
        self.view.table.activated.connect(self._open)
        self.view.retranslated.connect(self._render)

    def load_rows(self) -> list[DeadlineRow]:
        reg, today = self.ctx.register, clock.today()
        rows: list[DeadlineRow] = []
        seen: set[tuple[str, str, str | None, object]] = set()
        for offset in range(WEEK_DAYS):
            day = today + timedelta(days=offset)
            for d in deadlines_on(reg, day):
                key = (d.kind, d.case_id, d.record_id, d.due_at)
                if key in seen or (offset and d.overdue):
                    continue
                seen.add(key)
                state = OVERDUE if d.overdue else TODAY if offset == 0 else WEEK
                rows.append(DeadlineRow(state, d))
        order = {OVERDUE: 0, TODAY: 1, WEEK: 2}
        return sorted(
            rows, key=lambda r: (order[r.state], r.deadline.due_at, r.deadline.file_number)
        )

    def refresh(self) -> None:
        if self.ctx.register.is_unlocked:
            self.model.set_rows(self.load_rows())
        self._render()

    def forget(self) -> None:
        self.model.set_rows([])

    def _render(self) -> None:
        self.model.retranslate()
        counts = self.model.counts()
        self.view.summary.setText(
            self.tr("Overdue: %1 · Due today: %2 · Later this week: %3")
            .replace("%1", str(counts[OVERDUE]))
            .replace("%2", str(counts[TODAY]))
            .replace("%3", str(counts[WEEK]))
        )
        self.view.empty.setVisible(self.model.rowCount() == 0)

    def _open(self, index: object) -> None:
        row = self.model.row_at(index.row())  # type: ignore[attr-defined]
        if row is not None and not open_case(self.ctx.events, row.deadline.case_id):
            dialogs.inform(
                self.view,
                self.tr(
                    "Case %1. The case file opens here in the next step of this version."
                ).replace("%1", row.deadline.file_number),
            )
