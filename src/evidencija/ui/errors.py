"""Two kinds of errors (ARCHITECTURE §3): known ones get a plain message in the user's language and
nothing changes; bugs are logged with their trace and shown in a crash dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..errors import KnownError
from ..paths import log_dir
from . import dialogs
from .i18n import current_lang

log = logging.getLogger("evidencija.ui")
_showing = False


def log_bug(exc: BaseException) -> str:
    """Log the trace of a bug; the exception's message is left out because it can carry values
    people typed (names, numbers). Returns the trace as logged."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    trace = f"{type(exc).__module__}.{type(exc).__qualname__}\n{frames}"
    log.error("unexpected error %s", trace)
    return trace


def report(exc: BaseException, parent: QWidget | None = None) -> None:
    """Tell the person about `exc`: a plain message for a known error, a crash dialog for a bug."""
    global _showing
    if isinstance(exc, KnownError):
        log.info("known error %s", exc.message_id)
        dialogs.warn(parent, exc.message(current_lang()))
        return
    trace = log_bug(exc)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        text = QCoreApplication.translate(
            "Errors",
            "Something went wrong and the program could not finish what it was doing. "
            "Everything saved before is safe. Details for support were written to the log "
            "folder: %1",
        ).replace("%1", str(log_dir()))
        choice = dialogs.message(
            parent,
            text,
            [
                QCoreApplication.translate("Errors", "Continue"),
                QCoreApplication.translate("Errors", "Quit"),
            ],
            icon=QMessageBox.Icon.Critical,
            title=QCoreApplication.translate("Errors", "Unexpected error"),
            details=trace,
        )
        if choice == 1:
            QApplication.instance().exit(1)
    finally:
        _showing = False


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    report(exc, QApplication.activeWindow())


def install_excepthook() -> None:
    """Route every uncaught exception (including those raised in Qt slots) to `report`."""
    sys.excepthook = _hook
