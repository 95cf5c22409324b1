"""The Cases page: search-as-you-type over the lazy case list, filters, counts, and opening a new
case (keyboard: Ctrl+F search, Ctrl+N the full new-case flow, Ctrl+Shift+N the quick case-only
form, Ctrl+S save, Esc cancel)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut

from ...errors import KnownError
from ...services import cases as case_service
from ...services import drafts
from ...services import settings as register_settings
from ...services.access import EDITORS
from ...services.dto import CaseData, CaseQuery
from ...services.validation import ValidationFailed
from .. import dialogs, errors
from ..casefile import set_case_opener
from ..casefile.controller import DRAFT_KEY as CASE_RECORD_DRAFT
from ..casefile.controller import CaseFileController
from ..context import AppContext, DraftData
from ..i18n import current_lang
from ..newcase.flow import NewCaseFlow
from ..reference import code_choices, municipality_choices
from .base import Page
from .cases_model import CasesModel
from .cases_view import CasesView

NEW_CASE_FORM = "case:new"
NEW_CASE_FLOW = "case:new-flow"
# Typing pause before the list searches: short, since an indexed search takes a few ms even at
# 100,000 cases (bench: keystroke → results stays under 100 ms); long enough to skip mid-word keys.
SEARCH_DELAY_MS = 60


def title() -> str:
    return QCoreApplication.translate("Navigation", "Cases")


class CasesPage(Page):
    key = "cases"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.view = CasesView()
        self.model = CasesModel(ctx.register, self.view)
        self.user = ctx.register.require_user()
        self.may_create = self.user.role in EDITORS
        v = self.view
        v.table.setModel(self.model)
        v.size_columns()
        v.table.sortByColumn(CasesModel.OPENED, Qt.SortOrder.DescendingOrder)
        v.new_button.setVisible(self.may_create)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        v.search.textChanged.connect(lambda _t: self._search_timer.start())
        v.search.returnPressed.connect(self.apply_query)
        for combo in (v.status, v.priority):
            combo.currentIndexChanged.connect(lambda _i: self.apply_query())
        v.mine.toggled.connect(lambda _on: self.apply_query())
        v.mine.setVisible(self.user.role in EDITORS)
        v.table.activated.connect(lambda index: self.open_case(index.row()))
        v.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        v.new_button.clicked.connect(self.new_case_flow)
        # The case file and the new-case flow live in the page's stack, beside list and form.
        self.case_file = CaseFileController(ctx)
        self.flow = NewCaseFlow(ctx)
        v.pages.addWidget(self.case_file.view)
        v.pages.addWidget(self.flow.view)
        self.case_file.closed.connect(self._back_to_list)
        self.flow.created.connect(self.open_case_id)
        self.flow.cancelled.connect(self._back_to_list)
        self._reopen_case_id: str | None = None
        set_case_opener(ctx.events, self.open_case_id)
        # Ctrl+N (main window) starts the full intake; this is the quick case-only form.
        QShortcut(QKeySequence("Ctrl+Shift+N"), v, activated=self.new_case)
        v.form.save_button.clicked.connect(self.save_new_case)
        v.form.cancel_button.clicked.connect(self.cancel_new_case)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            v.form,
            activated=self.cancel_new_case,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        v.retranslated.connect(self._render)
        self._municipalities_loaded = False
        self._render()

    # ------------------------------------------------------------------ the list
    def _fill_filters(self) -> None:
        v = self.view
        status, priority = v.status.currentData(), v.priority.currentData()
        for combo in (v.status, v.priority):
            combo.blockSignals(True)
            combo.clear()
        v.status.addItem(self.tr("All statuses"), ())
        v.status.addItem(self.tr("Open cases"), case_service.OPEN_STATUSES)
        v.status.addItem(self.tr("Closed cases"), case_service.CLOSED_STATUSES)
        for code, label in code_choices("case_status"):
            v.status.addItem(label, (code,))
        v.priority.addItem(self.tr("Any priority"), ())
        for code, label in code_choices("response_priority"):
            v.priority.addItem(label, (code,))
        v.status.setCurrentIndex(max(0, v.status.findData(status)))
        v.priority.setCurrentIndex(max(0, v.priority.findData(priority)))
        for combo in (v.status, v.priority):
            combo.blockSignals(False)

    def _render(self) -> None:
        self._fill_filters()
        self._fill_form_choices()
        self.model.retranslate()
        self._show_count()

    def current_query(self) -> CaseQuery:
        v = self.view
        return replace(
            self.model.query,
            text=v.search.text(),
            statuses=tuple(v.status.currentData() or ()),
            priorities=tuple(v.priority.currentData() or ()),
            case_manager_id=self.user.id if v.mine.isChecked() else None,
        )

    def apply_query(self) -> None:
        if not self.ctx.register.is_unlocked:
            return
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.view.count.setText(self.tr("Cases found: %1").replace("%1", str(count)))
        filtered = self.current_query() != CaseQuery(
            sort=self.model.query.sort, descending=self.model.query.descending
        )
        self.view.empty.setText(
            self.tr("No case matches the search.") if filtered else self.tr("No cases yet.")
        )
        self.view.empty.setVisible(count == 0)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if CasesModel.SORT_KEYS[column] is None:  # names are not sorted (see cases_model)
            current = CasesModel.SORT_KEYS.index(self.model.query.sort)
            header = self.view.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def refresh(self) -> None:
        if self.ctx.register.is_unlocked:
            self.apply_query()
            if self._reopen_case_id is not None:  # the case that was open when it locked
                case_id, self._reopen_case_id = self._reopen_case_id, None
                self.open_case_id(case_id)
            elif self.view.pages.currentWidget() is self.case_file.view:
                self.case_file.reload()

    def forget(self) -> None:
        self.model.forget()
        self._show_count()
        if self.view.pages.currentWidget() is self.case_file.view:
            self._reopen_case_id = self.case_file.case_id
            self.view.pages.setCurrentIndex(CasesView.LIST)
        self.case_file.forget()
        if self.view.pages.currentWidget() is self.flow.view:
            self.flow.reset()
            self.view.pages.setCurrentIndex(CasesView.LIST)

    def focus_search(self) -> None:
        self.view.pages.setCurrentIndex(CasesView.LIST)
        self.view.search.setFocus()
        self.view.search.selectAll()

    def open_case(self, row: int) -> None:
        item = self.model.case_at(row)
        if item is None:
            return
        self.open_case_id(item.id)

    def open_case_id(self, case_id: str) -> None:
        """Show the case file of `case_id` (from the list, the new-case flow, a deadline)."""
        window = self.view.window()
        if hasattr(window, "show_page"):
            window.show_page(self.key)
        self.view.pages.setCurrentWidget(self.case_file.view)
        self.case_file.open(case_id)
        self.case_file.view.tabs.setFocus()

    def _back_to_list(self) -> None:
        self.view.pages.setCurrentIndex(CasesView.LIST)
        self.apply_query()
        self.view.table.setFocus()

    def new_case_flow(self) -> None:
        """The full intake: case, report, people, relationship, incident, risk assessment."""
        if not self.may_create:
            return
        if self.view.pages.currentWidget() is not self.flow.view:
            self.flow.start()
            self.view.pages.setCurrentWidget(self.flow.view)

    # ------------------------------------------------------------------ new case
    def _fill_form_choices(self) -> None:
        form = self.view.form
        priority = form.priority.currentData()
        form.priority.clear()
        form.priority.addItem(self.tr("— not assessed yet —"), None)
        for code, label in code_choices("response_priority"):
            form.priority.addItem(label, code)
        form.priority.setCurrentIndex(max(0, form.priority.findData(priority)))
        for combo in (form.centre_municipality, form.victim_municipality):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem("", None)
            for code, label in municipality_choices():
                combo.addItem(f"{label} ({code})", code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def new_case(self) -> None:
        if not self.may_create:
            return
        form = self.view.form
        if self.view.pages.currentIndex() != CasesView.FORM:
            self._clear_form()
            centre = register_settings.centre_info(self.ctx.register)
            form.centre_municipality.setCurrentIndex(
                max(0, form.centre_municipality.findData(centre.municipality_code))
            )
            self.view.pages.setCurrentIndex(CasesView.FORM)
        form.file_number.setFocus()

    def _form_values(self) -> dict[str, Any]:
        form = self.view.form
        return {
            "file_number": form.file_number.text(),
            "opened_on": form.opened_on.edit.text(),
            "response_priority": form.priority.currentData(),
            "centre_municipality_code": form.centre_municipality.currentData(),
            "victim_municipality_code": form.victim_municipality.currentData(),
        }

    def save_new_case(self) -> None:
        if self.view.pages.currentIndex() != CasesView.FORM:
            return
        values = self._form_values()
        opened_on = self.view.form.opened_on.date()
        if opened_on is None:
            self.view.form.show_errors(
                {"opened_on": self.tr("Type a date as dd.mm.yyyy., e.g. 03.02.2026.")}
            )
            self.view.form.opened_on.setFocus()
            return
        data = CaseData(
            file_number=values["file_number"],
            opened_on=opened_on,
            response_priority=values["response_priority"],
            centre_municipality_code=values["centre_municipality_code"] or "",
            victim_municipality_code=values["victim_municipality_code"],
        )
        lang = current_lang()
        try:
            created = case_service.create_case(self.ctx.register, data)
        except ValidationFailed as exc:
            self.view.form.show_errors({e.field: e.message(lang) for e in exc.errors})
            return
        except KnownError as exc:
            self.view.form.show_errors({"": exc.message(lang)})
            return
        drafts.discard_draft(self.ctx.register, NEW_CASE_FORM)
        self._clear_form()
        self.view.pages.setCurrentIndex(CasesView.LIST)
        self.view.search.setText(created.file_number)
        self.apply_query()
        row = self.model.row_of(created.id)
        if row >= 0:
            self.view.table.selectRow(row)
        self.view.table.setFocus()

    def _form_dirty(self) -> bool:
        return bool(self.view.form.file_number.text().strip())

    def cancel_new_case(self) -> None:
        if self._form_dirty() and not dialogs.ask(
            self.view,
            self.tr("Discard the new case you started?"),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        self._clear_form()
        try:
            drafts.discard_draft(self.ctx.register, NEW_CASE_FORM)
        except KnownError as exc:
            errors.report(exc, self.view)
        self.view.pages.setCurrentIndex(CasesView.LIST)
        self.view.search.setFocus()

    def _clear_form(self) -> None:
        form = self.view.form
        form.file_number.clear()
        form.opened_on.set_date(date.today())
        form.priority.setCurrentIndex(0)
        form.victim_municipality.setCurrentIndex(0)
        form.show_errors({})

    def save_shortcut(self) -> None:
        if self.view.pages.currentWidget() is self.flow.view:
            self.flow.create()
            return
        self.save_new_case()

    # ------------------------------------------------------------------ drafts
    def unsaved_drafts(self) -> list[DraftData]:
        if self.view.pages.currentIndex() == CasesView.FORM and self._form_dirty():
            return [DraftData(NEW_CASE_FORM, self._form_values())]
        if self.view.pages.currentWidget() is self.flow.view and self.flow.dirty():
            return [DraftData(NEW_CASE_FLOW, self.flow.draft())]
        record = self.case_file.draft()
        return [record] if record is not None else []

    def clear_unsaved(self) -> None:
        self._clear_form()
        self.flow.reset()
        if self.view.pages.currentWidget() is not self.case_file.view:
            self.view.pages.setCurrentIndex(CasesView.LIST)

    def restore_draft(self, form_key: str, payload: dict[str, Any]) -> bool:
        if form_key == CASE_RECORD_DRAFT:
            self._reopen_case_id = None
            self.view.pages.setCurrentWidget(self.case_file.view)
            self.case_file.restore_draft(payload)
            return True
        if form_key == NEW_CASE_FLOW and self.may_create:
            self.new_case_flow()
            self.flow.restore(payload)
            return True
        if form_key != NEW_CASE_FORM or not self.may_create:
            return False
        self.new_case()
        form = self.view.form
        form.file_number.setText(str(payload.get("file_number", "")))
        form.opened_on.edit.setText(str(payload.get("opened_on", "")))
        for combo, key in (
            (form.priority, "response_priority"),
            (form.centre_municipality, "centre_municipality_code"),
            (form.victim_municipality, "victim_municipality_code"),
        ):
            combo.setCurrentIndex(max(0, combo.findData(payload.get(key))))
        return True
