"""Read-only table models and the indicator helpers shared by the Export, Statistics and
Analysis screens (no second indicator implementation: everything here only shows
`evidencija.analysis.indicators` tables)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QPixmap

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.1f}"
    return str(value)


class RowsModel(QAbstractTableModel):
    """Rows of values under column headers, read-only. Numbers are right-aligned."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[Sequence[Any]] = []
        self._icons: list[QIcon | None] = []
        self._tips: list[str | None] = []

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        icons: Sequence[QIcon | None] | None = None,
        tips: Sequence[str | None] | None = None,
    ) -> None:
        self.beginResetModel()
        self._headers = [str(h) for h in headers]
        self._rows = [tuple(r) for r in rows]
        self._icons = list(icons) if icons is not None else []
        self._tips = list(tips) if tips is not None else []
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], [])

    def raw(self, row: int, column: int) -> Any:
        return self._rows[row][column]

    def column_values(self, column: int) -> list[Any]:
        return [r[column] for r in self._rows]

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self._icons:
            return self._icons[index.row()] if index.row() < len(self._icons) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tips and index.row() < len(self._tips) and self._tips[index.row()]:
                return self._tips[index.row()]
            text = _shown(value)
            return text if len(text) > 40 else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class GridModel(QAbstractTableModel):
    """Cells with text and an icon each (the submission grid: state is never colour alone)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._rows: list[str] = []
        self._cells: list[list[tuple[str, QIcon | None, str]]] = []

    def set_grid(
        self,
        rows: Sequence[str],
        columns: Sequence[str],
        cells: Sequence[Sequence[tuple[str, QIcon | None, str]]],
    ) -> None:
        self.beginResetModel()
        self._rows, self._columns = list(rows), list(columns)
        self._cells = [list(line) for line in cells]
        self.endResetModel()

    def cell_text(self, row: int, column: int) -> str:
        return self._cells[row][column][0]

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._cells):
            return None
        text, icon, tip = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self._columns if orientation == Qt.Orientation.Horizontal else self._rows
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# ------------------------------------------------------------------ indicators
def rows_for(indicator: Any) -> str:
    """How the report lays out an indicator (categories, else one line per centre)."""
    from ...analysis.report import _rows_for

    return _rows_for(indicator)


def compute_tables(
    rowset: Any, months: Sequence[str], centres: Sequence[str] | None = None, grain: str = "month"
) -> list[Any]:
    """Every indicator over `months`, laid out as in the consolidated report."""
    from ...analysis import indicators as I

    return [
        I.compute(
            rowset,
            ind,
            rows=rows_for(ind),
            grain=grain,
            months=list(months),
            centres=list(centres) if centres else None,
        )
        for ind in I.INDICATORS.values()
    ]


def ui_lang() -> str:
    from ..i18n import current_lang

    return current_lang()


def label_lang(lang: str) -> str:
    """Indicator titles and labels exist in English and Serbian."""
    return "en" if lang == "en" else "sr"


def table_rows(table: Any, lang: str) -> tuple[list[str], list[list[Any]]]:
    """Headers and lines of an indicator table (raw or published) for a RowsModel."""
    from ...analysis import indicators as I

    ll = label_lang(lang)
    total = "Total" if ll == "en" else "Ukupno"
    headers = ["", *(total if c == I.TOTAL else c for c in table.col_keys)]
    lines = []
    for key, values in zip([*table.row_keys, I.TOTAL], table.values, strict=True):
        lines.append([table.row_label(key, ll), *values])
    return headers, lines


def summary_rows(tables: Sequence[Any], lang: str) -> list[list[Any]]:
    """One line per indicator: title, reference, total over the period."""
    ll = label_lang(lang)
    return [[t.indicator.title(ll), t.indicator.ref, t.values[-1][-1]] for t in tables]


def chart_pixmap(table: Any, lang: str, size: tuple[int, int] = (640, 300)) -> QPixmap:
    """The table's TOTAL line over its periods (bars), drawn by matplotlib's Agg backend."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    dpi = 100
    fig = Figure(figsize=(size[0] / dpi, size[1] / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    periods = list(table.col_keys[:-1])
    values = [v if v is not None else 0 for v in table.values[-1][:-1]]
    ax.bar(range(len(periods)), values, color="#3b6ea5")
    ax.set_xticks(
        range(len(periods)),
        periods,
        rotation=45 if len(periods) > 4 else 0,
        ha="right" if len(periods) > 4 else "center",
        fontsize=8,
    )
    ax.set_title(table.indicator.title(label_lang(lang)), fontsize=10)
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    pixmap = QPixmap()
    pixmap.loadFromData(buf.getvalue(), "PNG")
    return pixmap


def write_tables_xlsx(
    tables: Sequence[Any], out: Path, lang: str, heading: Sequence[tuple[str, str]]
) -> Path:
    """The tables as published (small counts suppressed) in a workbook: a summary sheet, then one
    sheet per indicator. For the centre's annual report."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from ...analysis.report import SUPPRESSED_MARK
    from ...fsutil import atomic_output

    ll = label_lang(lang)
    bold = Font(bold=True)
    published = [t.published() for t in tables]
    wb = Workbook()
    summary = wb.active
    summary.title = "Summary"
    for key, value in heading:
        summary.append([key, value])
    summary.append([])
    summary.append(
        ["Indicator" if ll == "en" else "Pokazatelj", "Ref.", "Total" if ll == "en" else "Ukupno"]
    )
    for c in summary[summary.max_row]:
        c.font = bold
    used: set[str] = set()
    for table in published:
        total = table.values[-1][-1]
        summary.append(
            [
                table.indicator.title(ll),
                table.indicator.ref,
                SUPPRESSED_MARK if total is None else total,
            ]
        )
        title = table.id[:31]
        n = 2
        while title in used:
            title = f"{table.id[:28]}-{n}"
            n += 1
        used.add(title)
        ws = wb.create_sheet(title)
        ws.append([table.indicator.title(ll)])
        ws["A1"].font = bold
        headers, lines = table_rows(table, lang)
        ws.append(headers)
        for c in ws[2]:
            c.font = bold
        for line in lines:
            ws.append([SUPPRESSED_MARK if v is None else v for v in line])
    out = Path(out)
    with atomic_output(out) as handle:
        wb.save(handle)
    return out


def std_icon(widget: Any, name: str) -> QIcon:
    from PySide6.QtWidgets import QStyle

    return widget.style().standardIcon(getattr(QStyle.StandardPixmap, name))


Callback = Callable[..., None]


def fit_columns(view: Any, stretch: int | None = None, max_width: int = 320) -> None:
    """Size a table's columns to their contents (capped), one column taking the rest."""
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMaximumSectionSize(max_width)
    columns = view.model().columnCount() if view.model() is not None else 0
    for c in range(columns):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    if stretch is not None and 0 <= stretch < columns:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
