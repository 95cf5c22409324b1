"""The case list's model: lazy paging over `search.search_cases`, sorting and counting in SQL.

Only the row count is known up front (`count_cases`); rows are fetched a page at a time when the
view asks for them, and only a few pages are kept. So the list opens at once and stays
responsive with 100,000 cases (ARCHITECTURE §10: no proxy-model sorting or filtering in Python).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...services.dto import CaseQuery, CaseRow
from ...services.search import count_cases, search_cases
from ..i18n import DATE_FORMAT, current_lang, qlocale
from ..reference import code_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these are flat tables
PAGE_SIZE = 200
PAGES_KEPT = 8


class CasesModel(QAbstractTableModel):
    FILE, OPENED, VICTIMS, STATUS, PRIORITY, MANAGER = range(6)
    # column → sort key of the service (None: not sortable in SQL)
    SORT_KEYS = ("file_number", "opened_on", None, "status", "response_priority", "case_manager")
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, register: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.register = register
        self.query = CaseQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()

    # ------------------------------------------------------------------ loading
    def set_query(self, query: CaseQuery) -> None:
        self.beginResetModel()
        self.query = query
        self._pages.clear()
        self._count = count_cases(self.register, query) if self.register.is_unlocked else 0
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self.query)

    def forget(self) -> None:
        """Drop every row held in memory (the register is locking)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = 0
        self.endResetModel()

    def _row(self, row: int) -> CaseRow | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            if not self.register.is_unlocked:
                return None
            page = search_cases(self.register, self.query, number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def case_at(self, row: int) -> CaseRow | None:
        return self._row(row)

    def row_of(self, case_id: str) -> int:
        """The row of a case among the pages already loaded, or -1."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == case_id:
                    return number * PAGE_SIZE + offset
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1)
            )

    # ------------------------------------------------------------------ QAbstractTableModel
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.SORT_KEYS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            self.IdRole,
            self.SortRole,
        ):
            return None
        item = self._row(index.row())
        if item is None:
            return None
        if role == self.IdRole:
            return item.id
        column = index.column()
        if column == self.FILE:
            return item.file_number
        if column == self.OPENED:
            if role == self.SortRole:
                return item.opened_on.isoformat()
            return qlocale(current_lang()).toString(item.opened_on, DATE_FORMAT)
        if column == self.VICTIMS:
            return item.victims
        if column == self.STATUS:
            return code_label("case_status", item.status)
        if column == self.PRIORITY:
            return code_label("response_priority", item.response_priority)
        return item.case_manager_name or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("File number"),
            self.tr("Opened"),
            self.tr("Victims"),
            self.tr("Status"),
            self.tr("Priority"),
            self.tr("Case manager"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS) or self.SORT_KEYS[column] is None:
            return
        self.set_query(
            replace(
                self.query,
                sort=self.SORT_KEYS[column],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )
