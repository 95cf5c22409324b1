"""The Statistics page: the centre's own indicators for any year, quarter or month — the same
indicator code as the NGO's analysis (`analysis.indicators` on `analysis.rowsets.register_rowset`),
as tables and a chart, and an .xlsx of the tables (small counts suppressed) for the annual report.

Everyone who may see the register may see its statistics; the rows never leave the centre."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError
from ...services import clock
from .. import dialogs, errors, files
from ..analysis.models import (
    RowsModel,
    chart_pixmap,
    compute_tables,
    fit_columns,
    summary_rows,
    table_rows,
    write_tables_xlsx,
)
from ..context import AppContext
from ..i18n import current_lang
from .base import Page
from .heading import Heading


def title() -> str:
    return QCoreApplication.translate("Navigation", "Statistics")


def months_until_now(period: str) -> list[str]:
    """The months of `period` (YYYY, YYYY-Qn, YYYY-MM) up to the current one."""
    from ...analysis.periods import months_of

    now = clock.today().strftime("%Y-%m")
    return [m for m in months_of(period) if m <= now]


def compute_for_register(register: Any, period: str) -> tuple[list[str], list[Any]]:
    """(months, indicator tables) of the register's own centre for `period`."""
    from ...analysis.rowsets import register_rowset

    months = months_until_now(period)
    rowset = register_rowset(register, months)
    return months, compute_tables(rowset, months)


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)
    return view


class StatisticsView(QWidget):
    retranslated = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = Heading()
        self.grain = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.part = QComboBox()
        self.compute_button = QPushButton()
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.period_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.period_label)
        row.addWidget(self.grain)
        row.addWidget(self.year)
        row.addWidget(self.part)
        row.addWidget(self.compute_button)
        row.addStretch()
        row.addWidget(self.export_button)
        self.summary_model = RowsModel(self)
        self.summary = _table(self.summary_model)
        self.summary.setObjectName("statisticsSummary")
        self.detail_model = RowsModel(self)
        self.detail = _table(self.detail_model)
        self.detail.setObjectName("statisticsDetail")
        self.chart = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.chart.setObjectName("statisticsChart")
        self.chart.setMinimumHeight(220)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.detail)
        right.addWidget(self.chart)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.summary)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.note = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(
            self.tr("Statistics"),
            self.tr(
                "The centre's own indicators, counted the same way as by the coordinating "
                "organisation"
            ),
        )
        self.period_label.setText(self.tr("Period:"))
        grain = self.grain.currentIndex()
        self.grain.blockSignals(True)
        self.grain.clear()
        self.grain.addItem(self.tr("Year"), "year")
        self.grain.addItem(self.tr("Quarter"), "quarter")
        self.grain.addItem(self.tr("Month"), "month")
        self.grain.setCurrentIndex(max(grain, 0))
        self.grain.blockSignals(False)
        self.compute_button.setText(self.tr("Show"))
        self.export_button.setText(self.tr("Export tables (.xlsx)…"))
        self.note.setText(
            self.tr(
                "The tables on screen show every count. The exported workbook hides small counts "
                "(1–4) and what would reveal them, so it can go into the annual report."
            )
        )
        self.retranslated.emit()


class StatisticsPage(Page):
    key = "statistics"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.view = StatisticsView()
        self.months: list[str] = []
        self.tables: list[Any] = []
        self.shown_period = ""
        v = self.view
        v.year.setValue(clock.today().year)
        v.grain.currentIndexChanged.connect(self._fill_parts)
        v.compute_button.clicked.connect(self.compute)
        v.export_button.clicked.connect(self.export_tables)
        v.summary.clicked.connect(lambda index: self.show_indicator(index.row()))
        v.retranslated.connect(self._render)
        self._fill_parts()

    def _fill_parts(self) -> None:
        v = self.view
        grain = v.grain.currentData()
        v.part.clear()
        today = clock.today()
        if grain == "quarter":
            for q in range(1, 5):
                v.part.addItem(f"Q{q}", f"Q{q}")
            v.part.setCurrentIndex((today.month - 1) // 3)
        elif grain == "month":
            for m in range(1, 13):
                v.part.addItem(f"{m:02d}", f"{m:02d}")
            v.part.setCurrentIndex(today.month - 1)
        v.part.setVisible(grain != "year")

    def period(self) -> str:
        v = self.view
        grain, year = v.grain.currentData(), v.year.value()
        if grain == "quarter":
            return f"{year}-{v.part.currentData()}"
        if grain == "month":
            return f"{year}-{v.part.currentData()}"
        return str(year)

    def set_period(self, period: str) -> None:
        v = self.view
        year, _, part = period.partition("-")
        v.year.setValue(int(year))
        grain = "year" if not part else "quarter" if part.startswith("Q") else "month"
        v.grain.setCurrentIndex(v.grain.findData(grain))
        self._fill_parts()
        if part:
            v.part.setCurrentIndex(v.part.findData(part))

    def refresh(self) -> None:
        """Nothing is computed until asked: counting a year of cases takes a moment."""

    def forget(self) -> None:
        self.tables, self.months = [], []
        self.view.summary_model.clear()
        self.view.detail_model.clear()
        self.view.chart.clear()
        self.view.export_button.setEnabled(False)

    def compute(self) -> None:
        reg, period = self.ctx.register, self.period()

        def done(result: tuple[list[str], list[Any]]) -> None:
            self.months, self.tables = result
            self.shown_period = period
            self._render()
            if self.tables:
                self.show_indicator(0)

        self.ctx.tasks.submit(
            lambda: compute_for_register(reg, period),
            done,
            busy_text=self.tr("Counting the indicators…"),
            parent=self.view,
        )

    def _render(self) -> None:
        v, lang = self.view, current_lang()
        v.summary_model.set_rows(
            [self.tr("Indicator"), self.tr("Ref."), self.tr("Total")],
            summary_rows(self.tables, lang),
        )
        fit_columns(v.summary, stretch=0, max_width=600)
        v.export_button.setEnabled(bool(self.tables))
        current = v.summary.currentIndex().row()
        if self.tables:
            self.show_indicator(max(current, 0))

    def show_indicator(self, row: int) -> None:
        if not 0 <= row < len(self.tables):
            return
        v, lang = self.view, current_lang()
        table = self.tables[row]
        headers, lines = table_rows(table, lang)
        v.detail_model.set_rows(headers, lines)
        fit_columns(v.detail)
        v.summary.selectRow(row)
        width = max(v.chart.width(), 480)
        v.chart.setPixmap(chart_pixmap(table, lang, (width, 260)))

    def export_tables(self) -> None:
        if not self.tables:
            return
        from ...services import settings as register_settings

        suggested = Path.home() / f"statistics-{self.shown_period}.xlsx"
        out = files.save_file(
            self.view, self.tr("Export the tables"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if out is None:
            return
        centre = register_settings.centre_info(self.ctx.register)
        heading = [
            ("Centre", f"{centre.code} · {centre.name}"),
            ("Period", self.shown_period),
            ("Months", f"{self.months[0]}..{self.months[-1]}" if self.months else ""),
        ]
        tables, lang = self.tables, current_lang()

        def done(path: Path) -> None:
            dialogs.inform(
                self.view, self.tr("The tables were written to %1.").replace("%1", str(path))
            )

        def failed(exc: BaseException) -> None:
            errors.report(exc, self.view)

        self.ctx.tasks.submit(
            lambda: write_tables_xlsx(tables, out, lang, heading),
            done,
            failed,
            busy_text=self.tr("Writing the workbook…"),
            parent=self.view,
        )
        _ = KnownError
