"""The deadlines table: overdue first, then due today, then the rest of the week.

State is given as text and an icon, never by colour alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from ...services.dto import Deadline
from ..i18n import current_lang

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these are flat tables
OVERDUE, TODAY, WEEK = "overdue", "today", "week"


@dataclass(frozen=True)
class DeadlineRow:
    state: str  # OVERDUE | TODAY | WEEK
    deadline: Deadline


class DeadlinesModel(QAbstractTableModel):
    STATE, DUE, CASE, WHAT = range(4)
    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DeadlineRow] = []

    def set_rows(self, rows: list[DeadlineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DeadlineRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def counts(self) -> dict[str, int]:
        found = {OVERDUE: 0, TODAY: 0, WEEK: 0}
        for r in self._rows:
            found[r.state] += 1
        return found

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def _state_text(self, state: str) -> str:
        return {
            OVERDUE: self.tr("Overdue"),
            TODAY: self.tr("Due today"),
            WEEK: self.tr("This week"),
        }[state]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == self.CaseIdRole:
            return item.deadline.case_id
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATE:
            icon = {
                OVERDUE: QStyle.StandardPixmap.SP_MessageBoxCritical,
                TODAY: QStyle.StandardPixmap.SP_MessageBoxWarning,
                WEEK: QStyle.StandardPixmap.SP_MessageBoxInformation,
            }[item.state]
            return QApplication.style().standardIcon(icon)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.STATE:
            return self._state_text(item.state)
        if column == self.DUE:
            return item.deadline.params.get("due", "")
        if column == self.CASE:
            return item.deadline.file_number
        return item.deadline.message(current_lang())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("State"), self.tr("Due"), self.tr("Case"), self.tr("What"))
        return titles[section] if 0 <= section < len(titles) else None
