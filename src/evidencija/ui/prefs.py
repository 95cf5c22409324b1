"""Preferences of this computer's user (QSettings): window geometry, language, last username.

Never secrets, never personal data of the register: those live inside the encrypted register.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

ORGANISATION, APPLICATION = "Evidencija", "evidencija"


class Prefs:
    def __init__(self) -> None:
        self._qs = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def language(self) -> str | None:
        value = self._qs.value("ui/language")
        return str(value) if value else None

    def set_language(self, lang: str) -> None:
        self._qs.setValue("ui/language", lang)

    def last_username(self) -> str:
        return str(self._qs.value("unlock/last_username") or "")

    def set_last_username(self, username: str) -> None:
        self._qs.setValue("unlock/last_username", username)

    def centre_title(self) -> str:
        """The centre's name, shown on the unlock window before the register is open."""
        return str(self._qs.value("unlock/centre_title") or "")

    def set_centre_title(self, title: str) -> None:
        self._qs.setValue("unlock/centre_title", title)

    def restore_geometry(self, widget: QWidget, name: str) -> bool:
        value = self._qs.value(f"geometry/{name}")
        return isinstance(value, QByteArray) and widget.restoreGeometry(value)

    def save_geometry(self, widget: QWidget, name: str) -> None:
        self._qs.setValue(f"geometry/{name}", widget.saveGeometry())

    def sync(self) -> None:
        self._qs.sync()
