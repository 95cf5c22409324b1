"""The JMBG of a person form, checked as it is typed: its length, then its check digit. A right
JMBG fills in the birth date and sex it carries when they are still empty.

Shared by every form that enters or corrects a person (the new-case flow, the case file), so a
mistyped digit is caught the same way wherever it is typed."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from ...services import jmbg as jmbg_rules

ERROR_STYLE = "color: #b3261e;"


class PersonFields(Protocol):
    """What the check needs of a form (casefile.forms.RecordForm over PersonData)."""

    widgets: dict[str, QWidget]

    def value(self, name: str) -> Any: ...

    def set_value(self, name: str, value: Any) -> None: ...


class JmbgCheck(QLabel):
    def __init__(self, form: PersonFields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setObjectName("jmbg_state")
        form.widgets["jmbg"].textChanged.connect(self.check)  # type: ignore[attr-defined]

    def check(self) -> None:
        text = (self.form.value("jmbg") or "").strip()
        if not text:
            self.clear()
            return
        if not jmbg_rules.is_well_formed(text):
            self.setStyleSheet(ERROR_STYLE if len(text) >= 13 else "")
            self.setText(
                self.tr("The JMBG has 13 digits (%1 typed).").replace("%1", str(len(text)))
            )
            return
        if not jmbg_rules.checksum_ok(text):
            self.setStyleSheet(ERROR_STYLE)
            self.setText(self.tr("✗ The check digit does not match: a digit is mistyped."))
            return
        self.setStyleSheet("")
        self.setText(self.tr("✓ The JMBG's check digit is right."))
        born = jmbg_rules.birth_date(text)
        if born is not None and self.form.value("birth_date") is None:
            self.form.set_value("birth_date", born)
        if "sex" in self.form.widgets and self.form.value("sex") is None:
            self.form.set_value("sex", jmbg_rules.sex(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 — Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.check()
        super().changeEvent(event)
