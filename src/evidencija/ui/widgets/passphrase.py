"""A new passphrase typed twice, with a strength indicator and the reasons a weak one is refused.

The reasons come from the core (`keys.check_passphrase_strength`) with their texts in every
language, so the UI and the CLI refuse the same passphrases for the same reasons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from ...db.keys import check_passphrase_strength
from ...messages import text
from ..i18n import current_lang

MIN_LENGTH = 10


def strength(passphrase: str, username: str) -> tuple[int, list[str]]:
    """A score 0–4 for the indicator and the message ids of the reasons it is too weak."""
    reasons = check_passphrase_strength(passphrase, username)
    if not passphrase:
        return 0, reasons
    if reasons:
        return 1, reasons
    kinds = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    score = 2 + (len(passphrase) >= 14) + (len(passphrase) >= 20 or kinds >= 3)
    return min(score, 4), []


class PassphrasePair(QWidget):
    """Passphrase + repeat. `acceptable` is True when it is strong enough and both match."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._username = ""
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(maximum=4, textVisible=False)
        self.meter.setFixedHeight(8)
        self.verdict = QLabel(wordWrap=True)
        self.first_label, self.second_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.first_label, self.first)
        form.addRow("", self.meter)
        form.addRow(self.second_label, self.second)
        form.addRow("", self.verdict)
        self.setTabOrder(self.first, self.second)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.retranslate()

    # ------------------------------------------------------------------ state
    def set_username(self, username: str) -> None:
        self._username = username.strip().lower()
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    @property
    def acceptable(self) -> bool:
        score, _ = strength(self.first.text(), self._username)
        return score >= 2 and self.first.text() == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    # ------------------------------------------------------------------ view
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Repeat it:"))
        self.first.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_LENGTH))
        )
        self._update()

    def _update(self) -> None:
        score, reasons = strength(self.first.text(), self._username)
        self.meter.setValue(score)
        names = {
            0: "",
            1: self.tr("Too weak"),
            2: self.tr("Acceptable"),
            3: self.tr("Good"),
            4: self.tr("Strong"),
        }
        lang = current_lang()
        if reasons and self.first.text():
            detail = "; ".join(text(r, lang, n=MIN_LENGTH) for r in reasons)
            message = self.tr("Too weak: %1").replace("%1", detail)
        elif self.first.text() and self.second.text() and self.first.text() != self.second.text():
            message = text("passphrases_differ", lang)
        elif score >= 2 and self.first.text() == self.second.text():
            message = self.tr("%1 — the two entries match.").replace("%1", names[score])
        else:
            message = names[score]
        self.verdict.setText(message)
        self.meter.setProperty("strength", score)
        colours = {0: "palette(mid)", 1: "#b3261e", 2: "#8a6d00", 3: "#2e7d32", 4: "#1b5e20"}
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[score]}; }}")
        self.changed.emit()
