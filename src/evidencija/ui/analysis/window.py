"""The Analysis window (`evidencija analysis` with no sub-command): the NGO imports the centres'
packages (files, folders, drag-and-drop; progress and Cancel), sees the import summary, the
submission grid (centres × months: received / replaced / missing, in words and icons), the
indicators with filters and a chart, and writes the report workbook or the dataset.

Store work runs on one worker thread (`ui.tasks.TaskRunner`); the window never blocks."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import KnownError
from .. import dialogs, errors, files
from ..i18n import current_lang
from ..tasks import TaskRunner
from .models import (
    GridModel,
    RowsModel,
    chart_pixmap,
    compute_tables,
    fit_columns,
    std_icon,
    summary_rows,
    table_rows,
)
from .progress import CancellableProgress

IDENTITY_KEY = "analysis/identity"


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class DropArea(QFrame):
    """Takes packages (and folders of them) dropped from the file manager."""

    dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        self.setStyleSheet("#dropArea { border: 2px dashed #8a8a8a; border-radius: 6px; }")
        self.label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class AnalysisWindow(QMainWindow):
    def __init__(
        self,
        data_dir: Path | None = None,
        store_url: str | None = None,
        identity: Path | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__()
        import os

        from ...analysis.store import STORE_ENV, default_store_path

        self.setObjectName("AnalysisWindow")
        self.data_dir = data_dir
        self.tasks = tasks or TaskRunner(self)
        self.store: Any = None
        self.summary: Any = None
        self.grid: Any = None
        self.tables: list[Any] = []
        self.settings = QSettings()
        # --- setup
        self.setup_box = QGroupBox()
        self.identity = QLineEdit(str(identity or self.settings.value(IDENTITY_KEY, "") or ""))
        self.identity.setObjectName("identityFile")
        self.identity_browse = QPushButton()
        self.store_url = QLineEdit(
            store_url or os.environ.get(STORE_ENV) or str(default_store_path(data_dir))
        )
        self.store_url.setObjectName("storeUrl")
        self.store_open = QPushButton()
        self.add_card = QPushButton()
        self.centres_label = QLabel()
        form = QFormLayout(self.setup_box)
        self.identity_label, self.store_label = QLabel(), QLabel()
        line = QHBoxLayout()
        line.addWidget(self.identity, 1)
        line.addWidget(self.identity_browse)
        form.addRow(self.identity_label, line)
        line = QHBoxLayout()
        line.addWidget(self.store_url, 1)
        line.addWidget(self.store_open)
        form.addRow(self.store_label, line)
        line = QHBoxLayout()
        line.addWidget(self.add_card)
        line.addWidget(self.centres_label, 1)
        form.addRow("", line)
        # --- import
        self.drop = DropArea()
        self.add_files = QPushButton()
        self.add_folder = QPushButton()
        self.headline = QLabel(wordWrap=True)
        self.headline.setObjectName("importHeadline")
        self.outcomes = RowsModel(self)
        self.outcomes_view = _table(self.outcomes, "importOutcomes")
        self.outcomes_view.horizontalHeader().setStretchLastSection(True)
        import_tab = QWidget()
        il = QVBoxLayout(import_tab)
        row = QHBoxLayout()
        row.addWidget(self.drop, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_files)
        buttons.addWidget(self.add_folder)
        buttons.addStretch()
        row.addLayout(buttons)
        il.addLayout(row)
        il.addWidget(self.headline)
        il.addWidget(self.outcomes_view, 1)
        # --- grid
        self.grid_period = QLineEdit(str(date.today().year))
        self.grid_period.setObjectName("gridPeriod")
        self.grid_show = QPushButton()
        self.grid_model = GridModel(self)
        self.grid_view = _table(self.grid_model, "submissionGrid")
        self.grid_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.grid_legend = QLabel(wordWrap=True)
        self.grid_period_label = QLabel()
        grid_tab = QWidget()
        gl = QVBoxLayout(grid_tab)
        row = QHBoxLayout()
        row.addWidget(self.grid_period_label)
        row.addWidget(self.grid_period)
        row.addWidget(self.grid_show)
        row.addStretch()
        gl.addLayout(row)
        gl.addWidget(self.grid_view, 1)
        gl.addWidget(self.grid_legend)
        # --- indicators
        self.ind_centre = QComboBox()
        self.ind_centre.setObjectName("indicatorCentre")
        self.ind_period = QLineEdit(str(date.today().year))
        self.ind_period.setObjectName("indicatorPeriod")
        self.ind_grain = QComboBox()
        self.ind_show = QPushButton()
        self.ind_centre_label, self.ind_period_label = QLabel(), QLabel()
        self.summary_model = RowsModel(self)
        self.summary_view = _table(self.summary_model, "indicatorSummary")
        self.summary_view.verticalHeader().hide()
        self.detail_model = RowsModel(self)
        self.detail_view = _table(self.detail_model, "indicatorDetail")
        self.detail_view.verticalHeader().hide()
        self.chart = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(200)
        self.report_button = QPushButton()
        self.dataset_xlsx = QPushButton()
        self.dataset_csv = QPushButton()
        ind_tab = QWidget()
        nl = QVBoxLayout(ind_tab)
        row = QHBoxLayout()
        for w in (
            self.ind_centre_label,
            self.ind_centre,
            self.ind_period_label,
            self.ind_period,
            self.ind_grain,
            self.ind_show,
        ):
            row.addWidget(w)
        row.addStretch()
        nl.addLayout(row)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.detail_view)
        right.addWidget(self.chart)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.summary_view)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        nl.addWidget(split, 1)
        row = QHBoxLayout()
        row.addStretch()
        for w in (self.report_button, self.dataset_xlsx, self.dataset_csv):
            row.addWidget(w)
        nl.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(import_tab, "")
        self.tabs.addTab(grid_tab, "")
        self.tabs.addTab(ind_tab, "")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1200, 800)
        # --- wiring
        self.identity_browse.clicked.connect(self.choose_identity)
        self.store_open.clicked.connect(self.open_store)
        self.add_card.clicked.connect(self.choose_card)
        self.add_files.clicked.connect(self.choose_files)
        self.add_folder.clicked.connect(self.choose_folder)
        self.drop.dropped.connect(self.import_paths)
        self.grid_show.clicked.connect(self.show_grid)
        self.ind_show.clicked.connect(self.show_indicators)
        self.summary_view.clicked.connect(lambda index: self.show_indicator(index.row()))
        self.report_button.clicked.connect(self.write_report)
        self.dataset_xlsx.clicked.connect(lambda: self.write_dataset(".xlsx"))
        self.dataset_csv.clicked.connect(lambda: self.write_dataset(".csv"))
        self.retranslate()

    # ------------------------------------------------------------------ text
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidencija — analysis"))
        self.setup_box.setTitle(self.tr("Organisation's key and store"))
        self.identity_label.setText(self.tr("Identity file:"))
        self.identity_browse.setText(self.tr("Choose…"))
        self.store_label.setText(self.tr("Store:"))
        self.store_open.setText(self.tr("Open"))
        self.add_card.setText(self.tr("Register a centre card…"))
        self.tabs.setTabText(0, self.tr("Import"))
        self.tabs.setTabText(1, self.tr("Submissions"))
        self.tabs.setTabText(2, self.tr("Indicators"))
        self.drop.label.setText(self.tr("Drop the centres' packages (.age files) or folders here"))
        self.add_files.setText(self.tr("Add files…"))
        self.add_folder.setText(self.tr("Add folder…"))
        self.grid_period_label.setText(self.tr("Period (YYYY, YYYY-Qn or YYYY-MM):"))
        self.grid_show.setText(self.tr("Show"))
        self.grid_legend.setText(
            self.tr(
                "✓ received · ✓ replaced (n versions) · — missing: nothing received for that "
                "month · not due: the month is not over yet"
            )
        )
        self.ind_centre_label.setText(self.tr("Centre:"))
        self.ind_period_label.setText(self.tr("Period:"))
        grain = self.ind_grain.currentIndex()
        self.ind_grain.clear()
        self.ind_grain.addItem(self.tr("by month"), "month")
        self.ind_grain.addItem(self.tr("by quarter"), "quarter")
        self.ind_grain.addItem(self.tr("by year"), "year")
        self.ind_grain.setCurrentIndex(max(grain, 0))
        self.ind_show.setText(self.tr("Show"))
        self.report_button.setText(self.tr("Report workbook…"))
        self.dataset_xlsx.setText(self.tr("Dataset (.xlsx)…"))
        self.dataset_csv.setText(self.tr("Dataset (.csv)…"))
        if self.ind_centre.count() == 0:
            self.ind_centre.addItem("", None)
        self.ind_centre.setItemText(0, self.tr("All centres"))
        self._render_grid()
        self._render_outcomes()

    # ------------------------------------------------------------------ store
    def open_store(self) -> None:
        from ...analysis.store import open_store

        url = self.store_url.text().strip() or None
        if self.store is not None:
            self.store.dispose()
            self.store = None

        def done(store: Any) -> None:
            self.store = store
            self.refresh_centres()

        self.tasks.submit(
            lambda: open_store(url, self.data_dir), done, lambda exc: errors.report(exc, self)
        )

    def _with_store(self) -> bool:
        if self.store is None:
            from ...analysis.store import open_store

            try:
                self.store = open_store(self.store_url.text().strip() or None, self.data_dir)
            except KnownError as exc:
                errors.report(exc, self)
                return False
        return True

    def refresh_centres(self) -> None:
        from ...analysis.centres import list_centres

        if not self._with_store():
            return
        centres = list_centres(self.store)
        self.centres = centres
        self.centres_label.setText(
            self.tr("Registered centres: %1").replace(
                "%1", ", ".join(c.code for c in centres) or "—"
            )
        )
        current = self.ind_centre.currentData()
        while self.ind_centre.count() > 1:
            self.ind_centre.removeItem(1)
        for c in centres:
            self.ind_centre.addItem(f"{c.code} · {c.name}", c.code)
        index = self.ind_centre.findData(current)
        self.ind_centre.setCurrentIndex(max(index, 0))

    def choose_identity(self) -> None:
        path = files.open_file(
            self, self.tr("The organisation's identity file"), Path.home(), self.tr("All files (*)")
        )
        if path is not None:
            self.identity.setText(str(path))

    def choose_card(self) -> None:
        path = files.open_file(
            self,
            self.tr("A centre's card"),
            Path.home(),
            self.tr("Centre card (*.json);;All files (*)"),
        )
        if path is not None:
            self.register_card(path)

    def register_card(self, path: Path, replace_key: bool = False) -> None:
        from ...analysis.centres import add_centre

        if not self._with_store():
            return
        try:
            result = add_centre(self.store, Path(path), replace_key=replace_key)
        except KnownError as exc:
            errors.report(exc, self)
            return
        self.refresh_centres()
        dialogs.inform(
            self,
            self.tr("Centre %1 (%2) is registered; key fingerprint %3.")
            .replace("%1", result.centre_code)
            .replace("%2", result.name)
            .replace("%3", result.fingerprint),
        )

    # ------------------------------------------------------------------ import
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Packages to import"),
            str(Path.home()),
            self.tr("Packages (*.age *.xlsx);;All files (*)"),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = files.folder(self, self.tr("A folder of packages"), Path.home())
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: list[Path]) -> None:
        from ...analysis.importer import collect_files, import_files
        from ...analysis.keys import load_identity

        text = self.identity.text().strip()
        if not text:
            dialogs.warn(
                self,
                self.tr(
                    "Choose the organisation's identity file first: the "
                    "packages are encrypted for it."
                ),
            )
            return
        try:
            identity = load_identity(Path(text))
        except KnownError as exc:
            errors.report(exc, self)
            return
        self.settings.setValue(IDENTITY_KEY, text)
        if not self._with_store():
            return
        found = collect_files(paths)
        if not found:
            dialogs.warn(self, self.tr("No packages were found there."))
            return
        store = self.store
        progress = CancellableProgress(
            self, self.tr("Import"), self.tr("Importing %1 file(s)…").replace("%1", str(len(found)))
        )
        progress.report(0, len(found))

        def step(done: int, total: int, outcome: Any) -> None:
            progress.report(done, total, Path(outcome.path).name)

        def job() -> Any:
            return import_files(store, identity, found, progress=step, cancelled=progress.cancelled)

        def done(summary: Any) -> None:
            progress.close()
            self.summary = summary
            self._render_outcomes()
            self.refresh_centres()
            self.show_grid()

        def failed(exc: BaseException) -> None:
            progress.close()
            errors.report(exc, self)

        self.tasks.submit(job, done, failed)

    def _render_outcomes(self) -> None:
        from ...analysis.importer import ACCEPTED, REJECTED, REPLACED, UNCHANGED

        if self.summary is None:
            self.headline.setText(self.tr("Nothing imported yet in this window."))
            self.outcomes.clear()
            return
        lang = current_lang()
        words = {
            ACCEPTED: self.tr("accepted"),
            REPLACED: self.tr("accepted (replaces)"),
            UNCHANGED: self.tr("already imported"),
            REJECTED: self.tr("rejected"),
        }
        icons = {
            ACCEPTED: "SP_DialogApplyButton",
            REPLACED: "SP_BrowserReload",
            UNCHANGED: "SP_DialogApplyButton",
            REJECTED: "SP_MessageBoxCritical",
        }
        outs = self.summary.outcomes
        self.headline.setText(self.summary.headline(lang))
        self.outcomes.set_rows(
            [
                self.tr("Result"),
                self.tr("File"),
                self.tr("Centre"),
                self.tr("Month"),
                self.tr("Rows"),
                self.tr("Details"),
            ],
            [
                (
                    words[o.status],
                    Path(o.path).name,
                    o.centre_code or "",
                    o.period or "",
                    o.rows,
                    o.message,
                )
                for o in outs
            ],
            icons=[std_icon(self, icons[o.status]) for o in outs],
            tips=[o.path for o in outs],
        )
        fit_columns(self.outcomes_view, stretch=5, max_width=420)
        _ = REJECTED

    # ------------------------------------------------------------------ grid
    def show_grid(self) -> None:
        from ...analysis.grid import submission_grid

        if not self._with_store():
            return
        store, period = self.store, self.grid_period.text().strip()

        def done(grid: Any) -> None:
            self.grid = grid
            self._render_grid()

        self.tasks.submit(
            lambda: submission_grid(store, period), done, lambda exc: errors.report(exc, self)
        )

    def _render_grid(self) -> None:
        from ...analysis.grid import MISSING, REPLACED

        grid = self.grid
        if grid is None:
            self.grid_model.set_grid([], [], [])
            return
        cells = []
        this_month = date.today().strftime("%Y-%m")
        for row in grid.rows:
            line = []
            for month, c in zip(grid.months, row.cells, strict=True):
                if c.state == MISSING and month >= this_month:
                    line.append(
                        ("· " + self.tr("not due"), None, self.tr("the month is not over yet"))
                    )
                elif c.state == MISSING:
                    line.append(
                        ("— " + self.tr("missing"), std_icon(self, "SP_MessageBoxWarning"), "")
                    )
                else:
                    tip = self.tr("imported %1").replace(
                        "%1", c.imported_at.strftime("%Y-%m-%d %H:%M") if c.imported_at else ""
                    )
                    if c.state == REPLACED:
                        text = "✓ " + self.tr("replaced (%1)").replace("%1", str(c.versions))
                        line.append((text, std_icon(self, "SP_BrowserReload"), tip))
                    else:
                        line.append(
                            (
                                "✓ " + self.tr("received"),
                                std_icon(self, "SP_DialogApplyButton"),
                                tip,
                            )
                        )
            cells.append(line)
        self.grid_model.set_grid([r.centre_code for r in grid.rows], list(grid.months), cells)
        self.grid_view.resizeColumnsToContents()

    # ------------------------------------------------------------------ indicators
    def show_indicators(self) -> None:
        from ...analysis.periods import months_of
        from ...analysis.rowsets import load_rowset

        if not self._with_store():
            return
        period = self.ind_period.text().strip()
        try:
            months = months_of(period)
        except KnownError as exc:
            errors.report(exc, self)
            return
        centre = self.ind_centre.currentData()
        centres = [centre] if centre else None
        grain = self.ind_grain.currentData() or "month"
        store = self.store

        def job() -> list[Any]:
            return compute_tables(load_rowset(store, months, centres), months, centres, grain)

        def done(tables: list[Any]) -> None:
            self.tables = tables
            self.summary_model.set_rows(
                [self.tr("Indicator"), self.tr("Ref."), self.tr("Total")],
                summary_rows(tables, current_lang()),
            )
            fit_columns(self.summary_view, stretch=0, max_width=600)
            if tables:
                self.show_indicator(0)

        self.tasks.submit(job, done, lambda exc: errors.report(exc, self))

    def show_indicator(self, row: int) -> None:
        if not 0 <= row < len(self.tables):
            return
        lang = current_lang()
        headers, lines = table_rows(self.tables[row], lang)
        self.detail_model.set_rows(headers, lines)
        fit_columns(self.detail_view)
        self.summary_view.selectRow(row)
        self.chart.setPixmap(
            chart_pixmap(self.tables[row], lang, (max(self.chart.width(), 480), 240))
        )

    # ------------------------------------------------------------------ exports
    def write_report(self, out: Path | None = None) -> None:
        from ...analysis.report import write_report

        if not self._with_store():
            return
        period = self.ind_period.text().strip()
        out = out or files.save_file(
            self,
            self.tr("Report workbook"),
            Path.home() / f"report-{period}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if out is None:
            return
        centre = self.ind_centre.currentData()
        store, lang = self.store, "en" if current_lang() == "en" else "sr"
        self.tasks.submit(
            lambda: write_report(
                store,
                period,
                Path(out),
                centres=[centre] if centre else None,
                grain=self.ind_grain.currentData() or "month",
                lang=lang,
            ),
            lambda result: dialogs.inform(
                self, self.tr("The report was written to %1.").replace("%1", str(result.path))
            ),
            lambda exc: errors.report(exc, self),
            busy_text=self.tr("Writing the report…"),
            parent=self,
        )

    def write_dataset(self, suffix: str, out: Path | None = None) -> None:
        from ...analysis.dataset import write_dataset
        from ...analysis.periods import months_of

        if not self._with_store():
            return
        period = self.ind_period.text().strip()
        out = out or files.save_file(
            self,
            self.tr("Dataset"),
            Path.home() / f"dataset-{period}{suffix}",
            self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx" else self.tr("CSV (*.csv)"),
        )
        if out is None:
            return
        centre = self.ind_centre.currentData()
        store = self.store

        def job() -> Any:
            return write_dataset(
                store,
                Path(out),
                months=months_of(period) if period else None,
                centres=[centre] if centre else None,
            )

        self.tasks.submit(
            job,
            lambda counts: dialogs.inform(
                self,
                self.tr("The dataset was written to %1 (%2 rows).")
                .replace("%1", str(out))
                .replace("%2", str(sum(counts.values()))),
            ),
            lambda exc: errors.report(exc, self),
            busy_text=self.tr("Writing the dataset…"),
            parent=self,
        )

    def closeEvent(self, event: Any) -> None:
        self.tasks.wait(30_000)
        if self.store is not None:
            self.store.dispose()
            self.store = None
        super().closeEvent(event)


def run_window(
    data_dir: Path | None = None, store_url: str | None = None, lang: str | None = None
) -> int:
    """Start the Analysis window as its own program."""
    from ..app import qt_application
    from ..i18n import Translators, normalise
    from ..prefs import Prefs

    errors.install_excepthook()
    app = qt_application()
    translators = Translators()
    translators.use(normalise(lang) or Prefs().language() or "sr_Latn")
    window = AnalysisWindow(data_dir, store_url)
    window.show()
    window.refresh_centres()
    code = int(app.exec())
    translators.clear()
    return code
