"""A date typed the way the centre writes it, dd.MM.yyyy. ("03.02.2026." or just "03022026"),
with a calendar for those who prefer the mouse.

A masked line edit rather than QDateEdit: QDateEdit edits one section at a time and ignores a
date typed in one go, which is what people at a keyboard do.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

MASK = "90.90.0000.;_"


def parse(text: str) -> date | None:
    """The date in "d.M.yyyy." text, or None when it is empty or not a real date."""
    parts = [p.strip(" _") for p in text.split(".")]
    if len(parts) < 3 or not all(parts[:3]):
        return None
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None


def format_date(day: date) -> str:
    return f"{day:%d.%m.%Y}."


class DateField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setInputMask(MASK)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.0000.") + 24)
        self.button = QToolButton(text="▾", focusPolicy=Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch()
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update)
        self.button.clicked.connect(self._pop_up)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.retranslate()

    def date(self) -> date | None:
        return parse(self.edit.text())

    def is_empty(self) -> bool:
        return not self.edit.text().strip(" ._")

    def set_date(self, day: date | None) -> None:
        self.edit.setText(format_date(day) if day else "")

    def clear(self) -> None:
        self.edit.clear()

    def _update(self) -> None:
        bad = not self.is_empty() and self.date() is None and self.edit.hasAcceptableInput()
        self.edit.setStyleSheet("color: #b3261e;" if bad else "")
        self.changed.emit()

    def _pop_up(self) -> None:
        current = self.date() or date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_date(day.toPython())
        self.calendar.hide()
        self.edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.edit.setToolTip(self.tr("Type the date as dd.mm.yyyy."))
