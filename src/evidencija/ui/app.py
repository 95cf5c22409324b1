"""Start the desktop program: exception hook → (logging is set by the CLI) → QApplication →
translators → first-run wizard or unlock window → main window.

Only Qt and the small UI modules are imported before the first window appears; SQLAlchemy, the
register and the services load when they are first needed (ARCHITECTURE §10: show the unlock
window first).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def create_session(data_dir: Path, lang: str | None = None):  # type: ignore[no-untyped-def]
    """Translators, preferences and the session for `data_dir` (a QApplication must exist)."""
    from .i18n import Translators, normalise
    from .prefs import Prefs
    from .session import AppSession

    prefs = Prefs()
    translators = Translators()
    chosen = normalise(lang) or prefs.language()
    translators.use(chosen or "sr_Latn")
    if normalise(lang):
        prefs.set_language(lang)  # type: ignore[arg-type]
    return AppSession(Path(data_dir), translators, prefs)


def run_gui(data_dir: Path, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from . import errors

    errors.install_excepthook()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Evidencija")
    app.setApplicationName("evidencija")
    app.setApplicationDisplayName("Evidencija")
    app.setQuitOnLastWindowClosed(False)
    session = create_session(data_dir, lang)
    session.finished.connect(app.exit)
    session.start()
    log.info("gui started")
    return int(app.exec())
