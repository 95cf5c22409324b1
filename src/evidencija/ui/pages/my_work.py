"""The My work page: what one colleague — or the whole centre — has to do now.

A caseworker's window opens here on her own work; a case manager's on the whole centre's, which
she narrows to one colleague with "Whose work". Five tabs, each a list that opens its case with
Enter or a double-click: due this week, plan reviews, referrals waiting for an answer, cases with
no contact for N days, open cases. The lists are read on the worker thread
(`background.BackgroundRead`) while the page is on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import clock, my_work
from ..casefile import open_case
from ..casefile.models import Column, RecordTableModel
from ..context import AppContext
from ..reference import code_label
from .background import BackgroundRead
from .base import Page
from .deadlines import rows_of
from .deadlines_model import DeadlinesModel
from .heading import Heading

WHOLE_CENTRE = ""  # the combo's data for "the whole centre" (a user id otherwise)


def title() -> str:
    return QCoreApplication.translate("Navigation", "My work")


def _table(model: Any) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setAlternatingRowColors(True)
    return table


def _warning(late: bool) -> QIcon | None:
    icon = QStyle.StandardPixmap.SP_MessageBoxCritical
    return QApplication.style().standardIcon(icon) if late else None


def _date(day: Any) -> str:
    return clock.format_date(day) if day is not None else "—"


class MyWorkView(QWidget):
    retranslated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading()
        self.person_label = QLabel()
        self.person = QComboBox()
        self.person.setMinimumContentsLength(24)
        self.person_label.setBuddy(self.person)
        self.summary = QLabel(wordWrap=True)
        self.refresh_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.person_label)
        top.addWidget(self.person)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(
            self.tr("My work"),
            self.tr(
                "What is yours to do: deadlines and plan measures due this week, plan reviews, "
                "referrals waiting for an answer and cases without a recent contact. Press Enter "
                "or double-click a row to open its case."
            ),
        )
        self.person_label.setText(self.tr("&Whose work:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.retranslated.emit()


class _Tab:
    """One list of the page: its table, its title with the count, and the case of each row."""

    def __init__(self, view: MyWorkView, model: Any, title: Callable[[int], str],
                 case_of: Callable[[Any], str]) -> None:
        self.model, self.title, self.case_of = model, title, case_of
        self.table = _table(model)
        self.index = view.tabs.addTab(self.table, "")

    def rows(self) -> int:
        return int(self.model.rowCount())


class MyWorkPage(Page):
    key = "my_work"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.view = MyWorkView()
        self.work: my_work.MyWork | None = None
        self._person_chosen = False  # until the person picks someone, the role decides
        v = self.view
        self.due = _Tab(v, DeadlinesModel(v), lambda n: self.tr("Due this week (%1)").replace(
            "%1", str(n)), lambda row: row.deadline.case_id)
        self.reviews = _Tab(v, RecordTableModel(self._review_columns(), v),
                            lambda n: self.tr("Plan reviews (%1)").replace("%1", str(n)),
                            lambda row: row.case_id)
        self.referrals = _Tab(v, RecordTableModel(self._referral_columns(), v),
                              lambda n: self.tr("Waiting for an answer (%1)").replace("%1", str(n)),
                              lambda row: row.case_id)
        self.quiet = _Tab(v, RecordTableModel(self._case_columns(quiet=True), v),
                          self._quiet_title, lambda row: row.case_id)
        self.open_cases = _Tab(v, RecordTableModel(self._case_columns(quiet=False), v),
                               lambda n: self.tr("Open cases (%1)").replace("%1", str(n)),
                               lambda row: row.case_id)
        self.tabs = [self.due, self.reviews, self.referrals, self.quiet, self.open_cases]
        for tab in self.tabs:
            tab.table.activated.connect(lambda index, tab=tab: self._open(tab, index))
        self.reader = BackgroundRead(ctx, v, self._job, self._show, self._render)
        v.refresh_button.clicked.connect(self.refresh)
        v.person.activated.connect(self._person_picked)
        v.retranslated.connect(self._render)
        v.retranslate()

    # ------------------------------------------------------------------ columns
    def _review_columns(self) -> Sequence[Column]:
        return [
            Column(lambda: self.tr("Case"), lambda r: r.file_number, lambda r: _warning(r.overdue)),
            Column(lambda: self.tr("Review due"), lambda r: _date(r.review_on)),
            Column(lambda: self.tr("Plan of"), lambda r: _date(r.drawn_up_on)),
        ]

    def _referral_columns(self) -> Sequence[Column]:
        return [
            Column(lambda: self.tr("Case"), lambda r: r.file_number),
            Column(lambda: self.tr("Referred to"), lambda r: code_label("referral_institution",
                                                            r.institution_type)),
            Column(lambda: self.tr("Sent on"), lambda r: _date(r.referred_on)),
            Column(lambda: self.tr("Days waiting"), lambda r: str(r.days_waiting)),
        ]

    def _case_columns(self, *, quiet: bool) -> Sequence[Column]:
        columns = [
            Column(lambda: self.tr("Case"), lambda r: r.file_number),
            Column(lambda: self.tr("Last contact"), lambda r: _date(r.last_contact)),
        ]
        if quiet:
            columns.append(Column(lambda: self.tr("Days without contact"), self._days_quiet))
        else:
            columns += [
                Column(lambda: self.tr("Opened"), lambda r: _date(r.opened_on)),
                Column(lambda: self.tr("Status"), lambda r: code_label("case_status", r.status)),
            ]
        columns.append(Column(lambda: self.tr("Case manager"), lambda r: r.case_manager or "—"))
        return columns

    def _days_quiet(self, row: my_work.WorkCase) -> str:
        today = self.work.today if self.work is not None else clock.today()
        return str((today - row.quiet_since()).days)

    def _quiet_title(self, n: int) -> str:
        days = self.work.quiet_days if self.work is not None else 0
        return self.tr("No contact for %1 days (%2)").replace("%1", str(days)).replace(
            "%2", str(n))

    # ------------------------------------------------------------------ reading
    @property
    def loading(self) -> bool:
        return self.reader.loading

    def person_id(self) -> str | None:
        data = self.view.person.currentData()
        return None if data in (None, WHOLE_CENTRE) else str(data)

    def refresh(self) -> None:
        if self.ctx.register.is_unlocked:
            self._fill_people()
        self.reader.request()

    def _fill_people(self) -> None:
        combo, user = self.view.person, self.ctx.register.require_user()
        wanted = self.person_id() if self._person_chosen else my_work.default_person(user)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Whole centre"), WHOLE_CENTRE)
        for colleague in my_work.colleagues(self.ctx.register):
            name = colleague.display_name
            if colleague.id == user.id:
                name = self.tr("%1 (me)").replace("%1", name)
            combo.addItem(name, colleague.id)
        combo.setCurrentIndex(max(0, combo.findData(wanted or WHOLE_CENTRE)))
        combo.blockSignals(False)

    def _person_picked(self, _index: int) -> None:
        self._person_chosen = True
        self.reader.request()

    def _job(self) -> Callable[[], my_work.MyWork]:
        register, person, today = self.ctx.register, self.person_id(), clock.today()
        return lambda: my_work.my_work(register, person, today=today)

    def _show(self, work: my_work.MyWork) -> None:
        self.work = work
        self.due.model.set_rows(rows_of(work.due))
        self.reviews.model.set_rows(work.plan_reviews)
        self.referrals.model.set_rows(work.referrals)
        self.quiet.model.set_rows(work.quiet)
        self.open_cases.model.set_rows(work.open_cases)

    def forget(self) -> None:
        self.reader.forget()
        self.work = None
        self._person_chosen = False
        for tab in self.tabs:
            tab.model.set_rows([])
        self.view.person.clear()
        self._render()

    def _render(self) -> None:
        v = self.view
        for tab in self.tabs:
            tab.model.retranslate()
            v.tabs.setTabText(tab.index, tab.title(tab.rows()))
        v.refresh_button.setEnabled(not self.loading)
        work = self.work
        if self.loading:
            v.summary.setText(self.tr("Loading…"))
        elif work is None:
            v.summary.clear()
        else:
            overdue = sum(1 for _, d in work.due if d.overdue)
            overdue += sum(1 for r in work.plan_reviews if r.overdue)
            v.summary.setText(self.tr("Overdue: %1 · Open cases: %2").replace(
                "%1", str(overdue)).replace("%2", str(len(work.open_cases))))

    def _open(self, tab: _Tab, index: QModelIndex) -> None:
        row = tab.model.row_at(index.row())
        if row is not None:
            open_case(self.ctx.events, tab.case_of(row))
