"""The contract between the main window and its pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..context import AppContext, DraftData


class Page(QObject):
    """A page controller. Subclasses set `self.view` and override what they need."""

    key = ""
    view: QWidget

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload what the page shows (after unlock, when shown, after a change)."""

    def forget(self) -> None:
        """Drop the personal data shown on the page (the register is locking)."""

    def unsaved_drafts(self) -> list[DraftData]:
        """Forms with unsaved edits, to be kept as drafts before the register locks."""
        return []

    def clear_unsaved(self) -> None:
        """Empty the forms after their drafts were saved (the lock leaves nothing on screen)."""

    def restore_draft(self, form_key: str, payload: dict[str, Any]) -> bool:
        """Put a draft back into its form; False if this page does not own `form_key`."""
        return False
