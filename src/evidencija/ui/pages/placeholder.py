"""A page for a feature that is not in this version yet, saying so plainly."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from ..context import AppContext
from .base import Page
from .heading import Heading


class PlaceholderView(QWidget):
    def __init__(self, title: Callable[[], str], text: Callable[[], str]) -> None:
        super().__init__()
        self._title, self._text = title, text
        self.heading = Heading()
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(40, 40)
        )
        self.body = QLabel(
            wordWrap=True, alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(icon)
        layout.addWidget(self.body)
        layout.addStretch()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(self._title())
        self.body.setText(self._text())


class PlaceholderPage(Page):
    def __init__(
        self, ctx: AppContext, key: str, title: Callable[[], str], text: Callable[[], str]
    ) -> None:
        super().__init__(ctx)
        self.key = key
        self.view = PlaceholderView(title, text)
