"""Message boxes with buttons in the interface language (Qt ships no Serbian or Albanian texts for
its standard buttons), all run through `run()` so tests can answer them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def run(box: QMessageBox) -> None:
    """Show `box` modally (tests replace this to answer without a person)."""
    box.exec()


def message(
    parent: QWidget | None,
    text: str,
    buttons: list[str],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    title: str | None = None,
    details: str | None = None,
    default: int = 0,
) -> int:
    """Show `text` with `buttons` (first is the default); the index of the one pressed, or -1."""
    box = QMessageBox(
        icon,
        title or QCoreApplication.translate("Dialogs", "Evidencija"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    made = []
    for i, label in enumerate(buttons):
        role = QMessageBox.ButtonRole.AcceptRole if i == 0 else QMessageBox.ButtonRole.RejectRole
        made.append(box.addButton(label, role))
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[-1])
    if details:
        box.setDetailedText(details)
    run(box)
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else -1


def inform(parent: QWidget | None, text: str) -> None:
    message(parent, text, [QCoreApplication.translate("Dialogs", "OK")])


def warn(parent: QWidget | None, text: str) -> None:
    message(
        parent, text, [QCoreApplication.translate("Dialogs", "OK")], icon=QMessageBox.Icon.Warning
    )


def ask(parent: QWidget | None, text: str, yes: str, no: str | None = None) -> bool:
    """True when the person chose `yes`."""
    return (
        message(
            parent,
            text,
            [yes, no or QCoreApplication.translate("Dialogs", "Cancel")],
            icon=QMessageBox.Icon.Question,
        )
        == 0
    )


def bring_to_front(widget: QWidget) -> None:
    """Show a window in front (the offscreen platform used by tests cannot raise windows)."""
    from PySide6.QtGui import QGuiApplication

    widget.show()
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()
