"""The recovery key sheet: printed, or saved as a PDF, in the interface language."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from ..i18n import DATE_TIME_FORMAT, current_lang, qlocale


def sheet_html(key: str, centre: str, created: datetime) -> str:
    translate = QCoreApplication.translate
    when = qlocale(current_lang()).toString(created, DATE_TIME_FORMAT)
    parts = [
        ("h2", translate("RecoverySheet", "Evidencija — recovery key")),
        ("p", centre),
        ("p", translate("RecoverySheet", "Created: %1").replace("%1", when)),
    ]
    body = "".join(f"<{tag}>{html.escape(text)}</{tag}>" for tag, text in parts)
    cells = "".join(
        f"<td align='center' style='padding: 6px 14px;'><small>{n}</small><br/>"
        f"<span style='font-family: monospace; font-size: 18pt; font-weight: bold;'>"
        f"{html.escape(group)}</span></td>" + ("</tr><tr>" if n == 4 else "")
        for n, group in enumerate(key.split("-"), start=1)
    )
    body += f"<table border='1' cellspacing='0'><tr>{cells}</tr></table>"
    for text in (
        translate(
            "RecoverySheet",
            "This key opens the register when every passphrase is forgotten. Keep this sheet "
            "locked away, apart from the computer: whoever has it and a copy of the register "
            "can read the register.",
        ),
        translate(
            "RecoverySheet",
            "To use it: on the unlock window choose “Forgot the passphrase? Use the recovery "
            "key…”, type the key, choose the administrator and set a new passphrase.",
        ),
    ):
        body += f"<p>{html.escape(text)}</p>"
    return body


def document(key: str, centre: str, created: datetime) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(sheet_html(key, centre, created))
    return doc


def save_pdf(path: Path, key: str, centre: str, created: datetime) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle("Evidencija")
    document(key, centre, created).print_(writer)


def print_sheet(parent: QWidget | None, key: str, centre: str, created: datetime) -> bool:
    """Ask for a printer and print; False when the person cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document(key, centre, created).print_(printer)
    return True
