"""The users table: one row per user, from `services.users.list_users` DTOs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...services.users import UserInfo
from ..reference import code_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: these are flat tables


class UsersModel(QAbstractTableModel):
    USERNAME, NAME, ROLE, STATE = range(4)
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self._users) if u.username == username), -1)

    def retranslate(self) -> None:
        """Headers and role/state labels follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._users:
            self.dataChanged.emit(
                self.index(0, self.ROLE), self.index(len(self._users) - 1, self.STATE)
            )

    # ------------------------------------------------------------------ QAbstractTableModel
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def _state(self, user: UserInfo) -> str:
        return self.tr("Active") if user.active else self.tr("Disabled")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._users):
            return None
        user, column = self._users[index.row()], index.column()
        if role == self.IdRole:
            return user.id
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.USERNAME:
                return user.username
            if column == self.NAME:
                return user.display_name
            if column == self.ROLE:
                return code_label("user_role", user.role)
            return self._state(user)
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Username"), self.tr("Name"), self.tr("Role"), self.tr("State"))
        return titles[section] if 0 <= section < len(titles) else None
