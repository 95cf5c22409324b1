"""The new-case flow: intake → people (with a duplicate-person suggestion) → relationship →
incident → risk assessment, then everything is created through the services and the case file
opens. Steps are listed on the left (Alt+1…5 or a click), Ctrl+S creates, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import care, intake, people
from ...services import cases as case_service
from ...services import jmbg as jmbg_rules
from ...services import settings as register_settings
from ...services.dto import (
    CaseData,
    DuplicateCandidate,
    IncidentData,
    PersonData,
    RelationshipData,
    ReportData,
    RiskAssessmentData,
)
from ...services.validation import Checker, ValidationFailed, check_fields
from .. import dialogs, errors
from ..casefile.forms import ERROR_STYLE, RecordForm, from_json, jsonable
from ..casefile.record_dialog import error_texts
from ..casefile.sections import PERSON_MORE, more_about_person
from ..context import AppContext
from ..pages.heading import Heading
from ..reference import code_label
from ..widgets.date_field import format_date
from ..widgets.jmbg_check import JmbgCheck

CASE_FIELDS = (
    "file_number",
    "opened_on",
    "response_priority",
    "centre_municipality_code",
    "victim_municipality_code",
)
REPORT_FIELDS = (
    "received_at",
    "channel",
    "reporter_type",
    "victim_consent",
    "forwarded_to_police_at",
    "immediate_intervention",
)
# At intake the first screen asks who she is; where she lives and the rest of the dictionary's
# attributes wait, folded, under "More about this person" (the case file's person form).
PERSON_FIELDS = ("first_name", "last_name", "jmbg", "birth_date", "sex")
PERSON_FOLDED = ("address", "phone", *PERSON_MORE)
RELATION_FIELDS = ("relation", "living_together", "separation_in_progress", "custody_dispute")
INCIDENT_FIELDS = (
    "occurred_at",
    "municipality_code",
    "location_type",
    "forms",
    "weapon",
    "injury",
    "children_present",
)
RISK_FIELDS = ("assessed_on", "assessor", "level", "imminent_danger", "factors")
DUPLICATE_DELAY_MS = 300


def _empty(values: dict[str, Any]) -> bool:
    return all(v in (None, "", (), {}, False) for v in values.values())


class PersonBlock(QGroupBox):
    """One person of the new case: the form, the JMBG check and the duplicate suggestion."""

    lookup = Signal()

    def __init__(self, role: str) -> None:
        super().__init__()
        self.role = role
        self.form = RecordForm(
            PersonData, PERSON_FIELDS, folded=PERSON_FOLDED, fold_title=more_about_person
        )
        self.jmbg_state = JmbgCheck(self.form)
        self.suggestion = QLabel(wordWrap=True)
        self.suggestion.setStyleSheet("background: #e8f0fe; padding: 6px;")
        self.use_button = QPushButton()
        self.new_button = QPushButton()
        self.chosen: DuplicateCandidate | None = None
        self.candidates: list[DuplicateCandidate] = []
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.use_button)
        suggestion_row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.jmbg_state)
        layout.addLayout(suggestion_row)
        for w in (self.suggestion, self.use_button, self.new_button):
            w.hide()
        self.timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self.timer.timeout.connect(self.lookup)
        for name in ("first_name", "last_name", "jmbg", "birth_date"):
            w = self.form.widgets[name]
            signal = w.changed if hasattr(w, "changed") else w.textChanged  # type: ignore[attr-defined]
            signal.connect(lambda *_: self.timer.start())
        self.use_button.clicked.connect(self.use_existing)
        self.new_button.clicked.connect(self.enter_new)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(code_label("participant_role", self.role))
        self.use_button.setText(self.tr("&Use existing person"))
        self.new_button.setText(self.tr("Enter as a new person"))
        self.show_candidates(self.candidates)

    def query(self) -> dict[str, Any]:
        jmbg = (self.form.value("jmbg") or "").strip()
        return {
            "first_name": self.form.value("first_name") or "",
            "last_name": self.form.value("last_name") or "",
            "birth_date": self.form.value("birth_date"),
            "jmbg": jmbg if jmbg_rules.checksum_ok(jmbg) else None,
        }

    def show_candidates(self, found: list[DuplicateCandidate]) -> None:
        self.candidates = list(found)
        if self.chosen is not None:
            self.suggestion.setText(
                self.tr("%1 %2, already in the register, is added to this case.")
                .replace("%1", self.chosen.first_name)
                .replace("%2", self.chosen.last_name)
            )
            self.suggestion.show()
            self.use_button.hide()
            self.new_button.show()
            return
        if not found:
            for w in (self.suggestion, self.use_button, self.new_button):
                w.hide()
            return
        c = found[0]
        reason = self.tr("same JMBG") if c.reason == "JMBG" else self.tr("same name and birth date")
        self.suggestion.setText(
            self.tr(
                "Already in the register (%1): %2 %3, born %4, in %5 case(s). "
                "Is this the same person?"
            )
            .replace("%1", reason)
            .replace("%2", c.first_name)
            .replace("%3", c.last_name)
            .replace("%4", format_date(c.birth_date) if c.birth_date else "—")
            .replace("%5", str(c.case_count))
        )
        self.suggestion.show()
        self.use_button.show()
        self.new_button.hide()

    def use_existing(self) -> None:
        if not self.candidates:
            return
        self.chosen = self.candidates[0]
        self.form.set_value("first_name", self.chosen.first_name)
        self.form.set_value("last_name", self.chosen.last_name)
        if self.chosen.birth_date:
            self.form.set_value("birth_date", self.chosen.birth_date)
        self.form.setEnabled(False)
        self.show_candidates(self.candidates)

    def enter_new(self) -> None:
        self.chosen = None
        self.form.setEnabled(True)
        self.candidates = []
        self.show_candidates([])
        self.form.first_widget().setFocus()  # type: ignore[union-attr]

    def reset(self) -> None:
        self.enter_new()
        for name in self.form.widgets:
            self.form.set_value(name, None)
        self.form.unfold(False)
        self.form.show_errors({})
        self.jmbg_state.clear()


class NewCaseView(QWidget):
    retranslated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading()
        self.steps = QListWidget()
        self.steps.setMaximumWidth(190)
        self.stack = QStackedWidget()
        self.case_form = RecordForm(CaseData, CASE_FIELDS)
        self.report_form = RecordForm(ReportData, REPORT_FIELDS)
        self.victim = PersonBlock("VICTIM")
        self.perpetrator = PersonBlock("PERPETRATOR")
        self.relation_form = RecordForm(RelationshipData, RELATION_FIELDS)
        self.incident_form = RecordForm(IncidentData, INCIDENT_FIELDS)
        self.risk_form = RecordForm(RiskAssessmentData, RISK_FIELDS)
        self.report_box = QGroupBox()
        QVBoxLayout(self.report_box).addWidget(self.report_form)
        self.case_box = QGroupBox()
        QVBoxLayout(self.case_box).addWidget(self.case_form)
        pages: list[list[QWidget]] = [
            [self.case_box, self.report_box],
            [self.victim, self.perpetrator],
            [self.relation_form],
            [self.incident_form],
            [self.risk_form],
        ]
        self.step_pages: list[QWidget] = []
        for widgets in pages:
            body = QWidget()
            body.setMaximumWidth(820)
            col = QVBoxLayout(body)
            for w in widgets:
                col.addWidget(w)
            col.addStretch()
            scroll = QScrollArea(widgetResizable=True)
            scroll.setWidget(body)
            self.stack.addWidget(scroll)
            self.step_pages.append(scroll)
            self.steps.addItem("")
        self.error = QLabel(wordWrap=True, styleSheet=ERROR_STYLE)
        self.error.hide()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.create_button = QPushButton(default=True)
        self.cancel_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.create_button)
        middle = QHBoxLayout()
        middle.addWidget(self.steps)
        middle.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        self.steps.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.steps.setCurrentRow(0)
        self.steps.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.retranslate()

    def forms(self) -> list[RecordForm]:
        return [
            self.case_form,
            self.report_form,
            self.victim.form,
            self.perpetrator.form,
            self.relation_form,
            self.incident_form,
            self.risk_form,
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(
            self.tr("New case"),
            self.tr(
                "Fields marked * are required. Ctrl+S creates the case and opens its file; "
                "a step left empty is skipped."
            ),
        )
        titles = [
            self.tr("1. Intake"),
            self.tr("2. People"),
            self.tr("3. Relationship"),
            self.tr("4. Incident"),
            self.tr("5. Risk assessment"),
        ]
        for i, text in enumerate(titles):
            self.steps.item(i).setText(text)
        self.case_box.setTitle(self.tr("The case"))
        self.report_box.setTitle(self.tr("The report"))
        self.back_button.setText(self.tr("← &Back"))
        self.next_button.setText(self.tr("&Next →"))
        self.create_button.setText(self.tr("&Create case"))
        self.create_button.setToolTip(self.tr("Ctrl+S"))
        self.cancel_button.setText(self.tr("Cancel"))
        for block in (self.victim, self.perpetrator):
            block.retranslate()
        self.retranslated.emit()


@dataclass
class Progress:
    """What was already created, so a second try after a problem carries on from there."""

    case_id: str | None = None
    file_number: str = ""
    participants: dict[str, str] = field(default_factory=dict)  # role → participant id
    done: set[str] = field(default_factory=set)


class StepFailed(Exception):
    def __init__(self, step: str, error: BaseException) -> None:
        super().__init__(step)
        self.step, self.error = step, error


class NewCaseFlow(QObject):
    created = Signal(str)  # case id
    cancelled = Signal()

    STEP_OF = {
        "case": 0,
        "report": 0,
        "VICTIM": 1,
        "PERPETRATOR": 1,
        "relationship": 2,
        "incident": 3,
        "risk": 4,
    }

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.view = NewCaseView()
        self.progress = Progress()
        self.busy = False
        v = self.view
        v.next_button.clicked.connect(lambda: self.go(v.stack.currentIndex() + 1))
        v.back_button.clicked.connect(lambda: self.go(v.stack.currentIndex() - 1))
        v.create_button.clicked.connect(self.create)
        v.cancel_button.clicked.connect(self.cancel)
        v.stack.currentChanged.connect(self._step_shown)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            v,
            activated=self.cancel,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        for i in range(5):
            QShortcut(
                QKeySequence(f"Alt+{i + 1}"),
                v,
                activated=lambda i=i: self.go(i),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        for block in (v.victim, v.perpetrator):
            block.lookup.connect(lambda b=block: self.find_duplicates(b))
        self._step_shown(0)

    # ------------------------------------------------------------------ navigation
    def go(self, step: int) -> None:
        if 0 <= step < self.view.stack.count():
            self.view.steps.setCurrentRow(step)

    def _step_shown(self, step: int) -> None:
        v = self.view
        v.back_button.setEnabled(step > 0)
        v.next_button.setEnabled(step < v.stack.count() - 1)
        page = v.stack.widget(step)
        first = page.findChild(RecordForm)
        if first is not None and first.isEnabled() and first.first_widget() is not None:
            first.first_widget().setFocus()

    def start(self) -> None:
        """A fresh flow, with the centre's municipality and today's dates filled in."""
        self.reset()
        today = date.today()
        self.view.case_form.set_value("opened_on", today)
        try:
            centre = register_settings.centre_info(self.ctx.register)
            self.view.case_form.set_value("centre_municipality_code", centre.municipality_code)
        except Exception as exc:  # noqa: BLE001 — a missing default is not worth stopping for
            errors.log_bug(exc)
        self.go(0)
        self.view.case_form.widgets["file_number"].setFocus()

    def reset(self) -> None:
        v = self.view
        for form in v.forms():
            for name in form.widgets:
                form.set_value(name, None)
            form.set_defaults()
            form.show_errors({})
        for block in (v.victim, v.perpetrator):
            block.reset()
        v.error.hide()
        self.progress = Progress()
        self.busy = False

    def dirty(self) -> bool:
        v = self.view
        return bool(v.case_form.value("file_number")) or any(
            not _empty(f.values()) for f in v.forms()[1:]
        )

    def cancel(self) -> None:
        if (
            self.dirty()
            and self.progress.case_id is None
            and not dialogs.ask(
                self.view,
                self.tr("Discard the new case you started?"),
                self.tr("Discard"),
                self.tr("Keep editing"),
            )
        ):
            return
        case_id = self.progress.case_id
        self.reset()
        if case_id is not None:
            self.created.emit(case_id)  # partly created: show what exists
        else:
            self.cancelled.emit()

    # ------------------------------------------------------------------ duplicates
    def find_duplicates(self, block: PersonBlock) -> None:
        if block.chosen is not None or not self.ctx.register.is_unlocked:
            return
        query = block.query()
        if not query["jmbg"] and not (query["birth_date"] and query["last_name"]):
            block.show_candidates([])
            return
        register = self.ctx.register
        self.ctx.tasks.submit(
            lambda: people.find_duplicate_people(register, **query),
            lambda found: block.show_candidates(found) if block.query() == query else None,
            lambda exc: errors.report(exc, self.view) if error_texts(exc) is None else None,
        )

    # ------------------------------------------------------------------ creating
    def collect(self) -> dict[str, Any]:
        """The records to create, as data classes (None for a step left empty); the typed
        dates that are not real dates are reported next to their field instead."""
        v = self.view
        bad: dict[str, tuple[RecordForm, list[str]]] = {}
        for key, form in (
            ("case", v.case_form),
            ("report", v.report_form),
            ("VICTIM", v.victim.form),
            ("PERPETRATOR", v.perpetrator.form),
            ("incident", v.incident_form),
            ("risk", v.risk_form),
        ):
            wrong = form.bad_dates()
            if wrong:
                bad[key] = (form, wrong)
        if bad:
            message = self.tr("Type a date as dd.mm.yyyy., e.g. 03.02.2026.")
            for form, names in bad.values():
                form.show_errors({n: message for n in names})
            raise StepFailed(next(iter(bad)), ValidationFailed([]))
        payload: dict[str, Any] = {"case": v.case_form.build()}
        payload["report"] = None if _empty(v.report_form.values()) else v.report_form.build()
        for block in (v.victim, v.perpetrator):
            if block.chosen is not None:
                payload[block.role] = block.chosen.person_id
            elif _empty(block.form.values()):
                payload[block.role] = None
            else:
                payload[block.role] = block.form.build()
        relation = v.relation_form.values()
        payload["relationship"] = None if _empty(relation) else relation
        payload["incident"] = None if _empty(v.incident_form.values()) else v.incident_form.build()
        risk = v.risk_form.values()
        payload["risk"] = None if _empty(risk) else v.risk_form.build()
        return payload

    def precheck(self, payload: dict[str, Any]) -> None:
        """The field rules every record declares, before anything is written."""
        for key, data in payload.items():
            if data is None or isinstance(data, (str, dict)) or key in self.progress.done:
                continue
            checker = Checker()
            check_fields(data, checker)
            if checker.errors:
                raise StepFailed(key, ValidationFailed(checker.errors))

    def create(self) -> None:
        if self.busy:
            return
        for form in self.view.forms():
            form.show_errors({})
        self.view.error.hide()
        try:
            payload = self.collect()
            self.precheck(payload)
        except StepFailed as failed:
            self._failed(failed)
            return
        self.busy = True
        self.view.create_button.setEnabled(False)
        register, progress = self.ctx.register, self.progress
        self.ctx.tasks.submit(
            lambda: create_all(register, payload, progress),
            self._done,
            self._failed,
            busy_text=self.tr("Creating the case…"),
            parent=self.view,
        )

    def _done(self, case_id: str) -> None:
        self.busy = False
        self.view.create_button.setEnabled(True)
        self.reset()
        self.created.emit(case_id)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.view.create_button.setEnabled(True)
        step, error = (exc.step, exc.error) if isinstance(exc, StepFailed) else ("case", exc)
        texts = error_texts(error)
        if texts is None:
            errors.report(error, self.view)
            return
        v = self.view
        form = {
            "case": v.case_form,
            "report": v.report_form,
            "VICTIM": v.victim.form,
            "PERPETRATOR": v.perpetrator.form,
            "relationship": v.relation_form,
            "incident": v.incident_form,
            "risk": v.risk_form,
        }[step]
        self.go(self.STEP_OF[step])
        if texts:
            form.show_errors(texts)
        if self.progress.case_id is not None:
            v.error.setText(
                self.tr(
                    "Case %1 is created; the rest was not saved yet. Correct what is marked "
                    "and press Create again, or Cancel to open the case as it is."
                ).replace("%1", self.progress.file_number)
            )
            v.error.show()

    # ------------------------------------------------------------------ drafts
    def draft(self) -> dict[str, Any]:
        v = self.view
        return {
            "forms": [jsonable(f.values()) for f in v.forms()],
            "step": v.stack.currentIndex(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.reset()
        for form, values in zip(self.view.forms(), payload.get("forms", []), strict=False):
            for name, value in values.items():
                if name in form.widgets:
                    form.set_value(name, from_json(value))
        self.go(int(payload.get("step", 0)))


def create_all(register: Any, payload: dict[str, Any], progress: Progress) -> str:
    """Create the case and its records through the services (on the worker). Steps already
    done in an earlier try are skipped; a problem is raised as StepFailed(step, error)."""

    def step(key: str, fn: Callable[[], Any]) -> Any:
        if key in progress.done:
            return None
        try:
            result = fn()
        except Exception as exc:
            raise StepFailed(key, exc) from exc
        progress.done.add(key)
        return result

    if progress.case_id is None:
        case = step("case", lambda: case_service.create_case(register, payload["case"]))
        progress.case_id, progress.file_number = case.id, case.file_number
    case_id = progress.case_id
    for role in ("VICTIM", "PERPETRATOR"):
        person = payload[role]
        if person is None:
            continue

        def add(person: Any = person, role: str = role) -> Any:
            person_id = (
                person if isinstance(person, str) else people.create_person(register, person).id
            )
            return people.add_participant(register, case_id, person_id, role)

        part = step(role, add)
        if part is not None:
            progress.participants[role] = part.id
    if payload["relationship"] is not None and {"VICTIM", "PERPETRATOR"} <= set(
        progress.participants
    ):
        data = RelationshipData(
            victim_id=progress.participants["VICTIM"],
            perpetrator_id=progress.participants["PERPETRATOR"],
            **payload["relationship"],
        )
        step("relationship", lambda: people.add_relationship(register, case_id, data))
    if payload["report"] is not None:
        step("report", lambda: intake.add_report(register, case_id, payload["report"]))
    if payload["incident"] is not None:
        step("incident", lambda: intake.add_incident(register, case_id, payload["incident"]))
    if payload["risk"] is not None:
        step("risk", lambda: care.add_risk_assessment(register, case_id, payload["risk"]))
    return case_id
