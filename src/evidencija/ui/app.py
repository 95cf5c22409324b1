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

# One SVG inside the package: the wheel, the bundle and a checkout find it in the same place.
ICON_FILE = Path(__file__).with_name("evidencija.svg")


def qt_application():  # type: ignore[no-untyped-def]
    """The process's QApplication, named and with the application icon on every window."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Evidencija")
    app.setApplicationName("evidencija")
    app.setApplicationDisplayName("Evidencija")
    icon = QIcon(str(ICON_FILE))
    if icon.isNull():
        log.warning("the application icon %s is missing or does not render", ICON_FILE)
    else:
        app.setWindowIcon(icon)
    return app


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


def missing_display_library() -> str | None:
    """The Debian package of a library Qt's X11 plugin needs and cannot find, if any.

    Since Qt 6.5 the xcb plugin needs libxcb-cursor, which many systems lack. Qt then aborts
    the whole process (no log entry, a hint in English on the terminal); asked first, the
    program names the package to install in the user's language, on the terminal and in the
    log, and exits with its own code.
    """
    import ctypes.util
    import os

    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland …: the X11 plugin is not used
    if not platform and os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return None
    if ctypes.util.find_library("xcb-cursor") is not None:
        return None
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle may carry its own copy
    if bundle is not None and any(Path(bundle).rglob("libxcb-cursor.so*")):
        return None
    return "libxcb-cursor0"


def run_gui(data_dir: Path, lang: str | None = None) -> int:
    from ..errors import DisplayLibraryMissing

    library = missing_display_library()
    if library is not None:
        raise DisplayLibraryMissing(library=library)

    from . import errors

    errors.install_excepthook()
    app = qt_application()
    app.setQuitOnLastWindowClosed(False)
    session = create_session(data_dir, lang)
    session.finished.connect(app.exit)
    session.start()
    log.info("gui started")
    return int(app.exec())
