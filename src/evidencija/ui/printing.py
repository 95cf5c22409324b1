"""Printing from the case file: the individual protection and support plan (for the person's
signature, and her copy) and a case summary for a referral or a court.

HTML → QTextDocument → QPrinter: on paper through the print dialog, or a PDF file ("Save as
PDF"), in the language chosen for the document (which may differ from the interface's).
Every print is recorded in the audit trail through the services (`record_print`), when the
services offer it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QTranslator
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..services import clock
from ..services.dto import PLAN_MEASURE_LISTS, CaseFile
from .i18n import I18N_DIR, LANGUAGE_NAMES, current_lang

log = logging.getLogger("evidencija.ui")
DOCUMENTS = ("plan", "summary")
LINE = "_" * 30


class Lang:
    """Translations and code labels in one language, whatever the interface speaks."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._translator: QTranslator | None = None
        if lang != "en" and lang != current_lang():
            translator = QTranslator()
            if translator.load(f"evidencija_{lang}", str(I18N_DIR)):
                self._translator = translator

    def translate(self, context: str, text: str) -> str:
        if self.lang == "en":
            return text
        if self._translator is not None:
            return self._translator.translate(context, text) or text
        if self.lang == current_lang():
            return QCoreApplication.translate(context, text)
        return text

    def code(self, list_name: str | tuple[str, ...], value: str | None) -> str:
        from ..db.codes import code_list

        if not value:
            return ""
        for name in (list_name,) if isinstance(list_name, str) else list_name:
            try:
                return code_list(name).label(value, self.lang)
            except KeyError:
                continue
        return value

    def codes(self, list_name: str, values: Any) -> str:
        return ", ".join(self.code(list_name, v) for v in values or ())


def _d(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return clock.format_moment(value)
    return clock.format_date(value)


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 12pt; border-bottom: 1px solid #444; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #777; padding: 3pt; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
.meta td { border: none; padding: 1pt 6pt 1pt 0; }
.sign td { border: none; padding-top: 36pt; }
"""


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f"<p><i>{_e(empty)}</i></p>"
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table width='100%' cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{body}</table>"


def _people_rows(t: Lang, cf: CaseFile, identities: Mapping[str, Any]) -> list[list[str]]:
    rows = []
    for p in cf.participants:
        ident = identities.get(p.person_id)
        rows.append(
            [
                f"{p.first_name} {p.last_name}",
                t.code("participant_role", p.role),
                _d(p.birth_date),
                (ident.jmbg or "") if ident else "",
                (ident.address or "") if ident else "",
            ]
        )
    return rows


def _header(t: Lang, cf: CaseFile, centre: str, title: str) -> str:
    case = cf.case
    meta = [
        (t.translate("Printing", "Centre"), centre),
        (t.translate("Printing", "File number"), case.file_number),
        (t.translate("Printing", "Opened on"), _d(case.opened_on)),
        (t.translate("Printing", "Case manager"), cf.case_manager_name or ""),
        (t.translate("Printing", "Printed on"), clock.format_moment(clock.now())),
    ]
    rows = "".join(f"<tr><td><b>{_e(k)}:</b></td><td>{_e(v)}</td></tr>" for k, v in meta)
    return f"<h1>{_e(title)}</h1><table class='meta'>{rows}</table>"


def plan_html(cf: CaseFile, identities: Mapping[str, Any], lang: str, centre: str = "") -> str:
    """The individual protection and support plan, with lines for signatures."""
    t = Lang(lang)
    none = t.translate("Printing", "None recorded.")
    parts = [
        _header(t, cf, centre, t.translate("Printing", "Individual protection and support plan"))
    ]
    victims = [p for p in cf.participants if p.role in ("VICTIM", "CHILD")]
    parts.append("<h2>" + _e(t.translate("Printing", "Person protected by the plan")) + "</h2>")
    parts.append(
        _table(
            [
                t.translate("Printing", "Name"),
                t.translate("Printing", "Role"),
                t.translate("Printing", "Birth date"),
                t.translate("Printing", "JMBG"),
                t.translate("Printing", "Address"),
            ],
            [
                r
                for p, r in zip(cf.participants, _people_rows(t, cf, identities), strict=True)
                if p in victims
            ],
            none,
        )
    )
    plan = max(cf.plans, key=lambda p: p.drawn_up_on) if cf.plans else None
    parts.append("<h2>" + _e(t.translate("Printing", "The plan")) + "</h2>")
    if plan is None:
        parts.append(
            "<p><i>" + _e(t.translate("Printing", "No plan has been drawn up yet.")) + "</i></p>"
        )
    else:
        parts.append(
            "<p>"
            + _e(t.translate("Printing", "Drawn up on %1").replace("%1", _d(plan.drawn_up_on)))
            + (
                " · "
                + _e(t.translate("Printing", "Review on %1").replace("%1", _d(plan.review_on)))
                if plan.review_on
                else ""
            )
            + "</p>"
        )
        parts.append(
            _table(
                [
                    t.translate("Printing", "Measure"),
                    t.translate("Printing", "Institution"),
                    t.translate("Printing", "Responsible"),
                    t.translate("Printing", "Deadline"),
                    t.translate("Printing", "Status"),
                ],
                [
                    [
                        t.code(PLAN_MEASURE_LISTS, m.measure),
                        t.code("institution", m.institution),
                        m.responsible,
                        _d(m.deadline),
                        t.code("plan_measure_status", m.status),
                    ]
                    for m in plan.measures
                ],
                none,
            )
        )
        if plan.monitoring_plan:
            parts.append(
                "<h2>" + _e(t.translate("Printing", "Monitoring")) + f"</h2>"
                f"<p>{_e(plan.monitoring_plan)}</p>"
            )
    parts.append(
        "<table class='sign' width='100%'><tr>"
        f"<td>{LINE}<br>"
        + _e(t.translate("Printing", "Signature of the person protected"))
        + f"</td>"
        f"<td>{LINE}<br>" + _e(t.translate("Printing", "Case manager")) + "</td>"
        "</tr></table>"
        "<p><i>"
        + _e(t.translate("Printing", "One copy is for the person protected by the plan."))
        + "</i></p>"
    )
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


def summary_html(cf: CaseFile, identities: Mapping[str, Any], lang: str, centre: str = "") -> str:
    """A summary of the case for a referral or a court."""
    t = Lang(lang)
    none = t.translate("Printing", "None recorded.")
    parts = [_header(t, cf, centre, t.translate("Printing", "Case summary"))]
    status = t.code("case_status", cf.case.status)
    parts.append("<p>" + _e(t.translate("Printing", "Status")) + f": {_e(status)}</p>")
    parts.append("<h2>" + _e(t.translate("Printing", "People")) + "</h2>")
    parts.append(
        _table(
            [
                t.translate("Printing", "Name"),
                t.translate("Printing", "Role"),
                t.translate("Printing", "Birth date"),
                t.translate("Printing", "JMBG"),
                t.translate("Printing", "Address"),
            ],
            _people_rows(t, cf, identities),
            none,
        )
    )
    parts.append("<h2>" + _e(t.translate("Printing", "Incidents")) + "</h2>")
    parts.append(
        _table(
            [
                t.translate("Printing", "Occurred"),
                t.translate("Printing", "Forms of violence"),
                t.translate("Printing", "Injury"),
                t.translate("Printing", "Weapon"),
            ],
            [
                [
                    _d(i.occurred_at),
                    t.codes("form_of_violence", i.forms),
                    t.code("injury", i.injury),
                    t.code("weapon", i.weapon),
                ]
                for i in cf.incidents
            ],
            none,
        )
    )
    parts.append("<h2>" + _e(t.translate("Printing", "Risk assessments")) + "</h2>")
    parts.append(
        _table(
            [
                t.translate("Printing", "Assessed"),
                t.translate("Printing", "Level"),
                t.translate("Printing", "Imminent danger"),
            ],
            [
                [
                    _d(r.assessed_on),
                    t.code("risk_level", r.level),
                    t.code("tri_state", "YES" if r.imminent_danger else "NO"),
                ]
                for r in cf.risk_assessments
            ],
            none,
        )
    )
    parts.append("<h2>" + _e(t.translate("Printing", "Urgent measures")) + "</h2>")
    parts.append(
        _table(
            [
                t.translate("Printing", "Measure"),
                t.translate("Printing", "Served"),
                t.translate("Printing", "Court decision"),
            ],
            [
                [
                    t.code("urgent_measure_type", m.measure_type),
                    _d(m.served_at),
                    t.code("urgent_court_decision", m.court_decision),
                ]
                for m in cf.urgent_measures
            ],
            none,
        )
    )
    parts.append("<h2>" + _e(t.translate("Printing", "Protection measures")) + "</h2>")
    parts.append(
        _table(
            [
                t.translate("Printing", "Measure"),
                t.translate("Printing", "Ordered"),
                t.translate("Printing", "Outcome"),
            ],
            [
                [
                    t.codes("protection_measure_type", m.measure_types),
                    _d(m.ordered_on),
                    t.code("protection_outcome", m.outcome),
                ]
                for m in cf.protection_measures
            ],
            none,
        )
    )
    parts.append("<h2>" + _e(t.translate("Printing", "Criminal proceedings")) + "</h2>")
    parts.append(
        _table(
            [
                t.translate("Printing", "Complaint"),
                t.translate("Printing", "Prosecutor"),
                t.translate("Printing", "Verdict"),
            ],
            [
                [
                    _d(p.complaint_on),
                    t.code("prosecutor_decision", p.prosecutor_decision),
                    t.code("verdict", p.verdict),
                ]
                for p in cf.criminal_proceedings
            ],
            none,
        )
    )
    parts.append("<h2>" + _e(t.translate("Printing", "Services")) + "</h2>")
    parts.append(
        _table(
            [
                t.translate("Printing", "Service"),
                t.translate("Printing", "Status"),
                t.translate("Printing", "Started"),
            ],
            [
                [
                    t.code("service_type", s.service_type),
                    t.code("service_status", s.status),
                    _d(s.started_on),
                ]
                for s in cf.services
            ],
            none,
        )
    )
    parts.append("<h2>" + _e(t.translate("Printing", "Referrals")) + "</h2>")
    parts.append(
        _table(
            [
                t.translate("Printing", "Referred on"),
                t.translate("Printing", "Institution"),
                t.translate("Printing", "Purpose"),
            ],
            [
                [
                    _d(r.referred_on),
                    t.code("referral_institution", r.institution_type),
                    t.code("referral_purpose", r.purpose),
                ]
                for r in cf.referrals
            ],
            none,
        )
    )
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


def document_html(
    which: str, cf: CaseFile, identities: Mapping[str, Any], lang: str, centre: str = ""
) -> str:
    return (plan_html if which == "plan" else summary_html)(cf, identities, lang, centre)


def make_printer(pdf_path: Path | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 15, 18, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    if pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
    return printer


def print_html(html: str, printer: QPrinter) -> None:
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)


# ---------------------------------------------------------------------------- data and audit


def gather(register: Any, cf: CaseFile) -> tuple[dict[str, Any], str]:
    """Identity data of the case's people (each opening audited) and the centre's name.
    Runs on the worker."""
    from ..services import people
    from ..services import settings as register_settings

    identities = {
        p.person_id: people.view_person_identity(register, p.person_id) for p in cf.participants
    }
    try:
        centre = register_settings.centre_info(register).name
    except Exception:  # noqa: BLE001 — the centre's name is a nicety on the page
        log.info("centre name unavailable for printing")
        centre = ""
    return identities, centre


# The audit trail names documents in the core's terms.
AUDIT_NAMES = {"plan": "PROTECTION_PLAN", "summary": "CASE_SUMMARY"}


def record_print(register: Any, case_id: str, which: str) -> bool:
    """Record the print in the audit trail (through the services; the UI never writes it)."""
    from ..services.printouts import record_printout

    record_printout(register, case_id, AUDIT_NAMES[which])
    return True


def print_to_pdf(register: Any, cf: CaseFile, which: str, lang: str, path: Path) -> bool:
    """Write the document as a PDF (worker-safe apart from QTextDocument, which is fine off the
    UI thread for printing) and record the print; returns whether the audit entry was made."""
    identities, centre = gather(register, cf)
    print_html(document_html(which, cf, identities, lang, centre), make_printer(path))
    return record_print(register, cf.case.id, which)


# ---------------------------------------------------------------------------- the dialog


class PrintChoice(QDialog):
    """Which language, then paper or PDF."""

    PAPER, PDF = 1, 2

    def __init__(self, parent: QWidget | None, which: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Print the plan") if which == "plan" else self.tr("Print a case summary")
        )
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_lang())))
        form = QFormLayout()
        label = QLabel(self.tr("Document &language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        note = QLabel(
            self.tr(
                "The printout carries names and identity data. Printing is recorded in the "
                "audit trail."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox()
        self.paper_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pdf_button = buttons.addButton(
            self.tr("Save as P&DF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.paper_button.clicked.connect(lambda: self.done(self.PAPER))
        self.pdf_button.clicked.connect(lambda: self.done(self.PDF))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)


def print_interactively(ctx: Any, parent: QWidget, cf: CaseFile, which: str) -> None:
    from . import dialogs, errors

    choice = PrintChoice(parent, which)
    result = choice.exec()
    if result not in (PrintChoice.PAPER, PrintChoice.PDF):
        return
    lang = choice.language.currentData()
    register = ctx.register
    if result == PrintChoice.PDF:
        name = f"{cf.case.file_number.replace('/', '-')}-{which}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Printing", "Save as PDF"),
            str(Path.home() / name),
            "PDF (*.pdf)",
        )
        if not path:
            return
        printer = make_printer(Path(path))
    else:
        printer = make_printer()
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return

    def done(found: tuple[dict[str, Any], str]) -> None:
        identities, centre = found
        print_html(document_html(which, cf, identities, lang, centre), printer)
        ctx.tasks.submit(
            lambda: record_print(register, cf.case.id, which),
            lambda recorded: None if recorded else log.warning("print not audited"),
            parent=parent,
        )
        if result == PrintChoice.PDF:
            dialogs.inform(parent, QCoreApplication.translate("Printing", "The PDF was saved."))

    ctx.tasks.submit(
        lambda: gather(register, cf), done, lambda exc: errors.report(exc, parent), parent=parent
    )
