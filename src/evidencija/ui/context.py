"""What every page of the main window is given (injected from the session, never looked up)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .i18n import Translators
from .prefs import Prefs
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..db.register import Register


class AppEvents(QObject):
    """Things a page tells the rest of the window about."""

    backup_written = Signal()
    settings_changed = Signal(object)  # RegisterSettings
    restore_requested = Signal(object, str)  # backup path, passphrase of the current user
    language_chosen = Signal(str)


@dataclass
class AppContext:
    data_dir: Path
    register: Register
    tasks: TaskRunner
    prefs: Prefs
    translators: Translators
    events: AppEvents


@dataclass(frozen=True)
class DraftData:
    """An unsaved form as a page hands it over before a lock or a close."""

    form_key: str
    payload: dict[str, Any]
    case_id: str | None = None
