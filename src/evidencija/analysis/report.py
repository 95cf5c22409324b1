"""The consolidated report: a workbook of published indicator tables with native Excel charts,
and PNG/SVG charts (matplotlib, Agg backend) for written reports.

Everything written here has been through small-cell suppression (`IndicatorTable.published()`):
a suppressed cell is written as the text "•" (and left out of charts), and each sheet says how
many cells were suppressed. Row labels are code labels, municipality names or centre codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..fsutil import atomic_output
from . import indicators as I
from .coordination import COLUMNS as COORDINATION_COLUMNS
from .coordination import coordination_months
from .grid import submission_grid
from .periods import months_of
from .rowsets import load_rowset
from .store import Store

SUPPRESSED_MARK = "•"


@dataclass
class ReportResult:
    path: Path
    tables: int
    charts: list[Path] = field(default_factory=list)
    suppressed_cells: int = 0


def imported_period(store: Store) -> str:
    """Every month imported so far, first to last (`A..B`): the report of a newcomer who has not
    chosen a period yet. Refuses an empty store with a message that says what to do first."""
    from sqlalchemy import func, select

    from .errors import UsageError
    from .store.models import Submission

    with store.session() as session:
        first, last = session.execute(
            select(func.min(Submission.period), func.max(Submission.period)).where(
                Submission.status == "current"
            )
        ).one()
    if first is None:
        raise UsageError("nothing_imported")
    return f"{first}..{last}"


def _rows_for(ind: I.Indicator) -> str:
    probe_categories = ind.code_list or ind.categories
    return "category" if probe_categories or ind.id == "victims_by_sex_age" else "centre"


def build_tables(
    store: Store, period: str, centres: Sequence[str] | None = None, grain: str = "month"
) -> list[I.PublishedTable]:
    months = months_of(period)
    rs = load_rowset(store, months, centres)
    out = []
    for ind in I.INDICATORS.values():
        table = I.compute(rs, ind, rows=_rows_for(ind), grain=grain, months=months, centres=None)
        out.append(table.published())
        if ind.id in I.HEADLINE:
            out.append(
                I.compute(
                    rs, ind, rows="centre", grain=grain, months=months, centres=centres
                ).published()
            )
    return out


def _sheet_title(table: I.PublishedTable, used: set[str]) -> str:
    base = f"{table.id}"[:25] + ("" if table.rows_by == "category" else "-c")
    title, n = base[:31], 2
    while title in used:
        title = f"{base[:28]}-{n}"
        n += 1
    used.add(title)
    return title


def write_report(
    store: Store,
    period: str,
    out: Path,
    *,
    centres: Sequence[str] | None = None,
    charts_dir: Path | None = None,
    grain: str = "month",
    lang: str = "en",
) -> ReportResult:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Font

    tables = build_tables(store, period, centres, grain)
    wb = Workbook()
    summary = wb.active
    summary.title = "Summary"
    bold = Font(bold=True)
    summary.append(
        ["Evidencija — consolidated report" if lang == "en" else "Evidencija — zbirni izveštaj"]
    )
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["Period", period])
    summary.append(["Centres", ", ".join(centres) if centres else "all registered"])
    summary.append(["Generated", datetime.now(UTC).isoformat(timespec="seconds")])
    summary.append(
        [
            "Disclosure control",
            f"Counts 1–{I.MIN_SHOWN - 1} and the cells that would reveal them are shown as "
            f"{SUPPRESSED_MARK}; medians of fewer than {I.MIN_SHOWN} values likewise.",
        ]
    )
    summary.append([])
    summary.append(
        ["Indicator", "Ref. (data dictionary §2.4)", "Total", "Suppressed cells", "Sheet"]
    )
    for c in summary[summary.max_row]:
        c.font = bold

    used: set[str] = set()
    suppressed = 0
    for table in tables:
        title = _sheet_title(table, used)
        ws = wb.create_sheet(title)
        ws.append([table.indicator.title(lang)])
        ws["A1"].font = bold
        ws.append([f"rows: {table.rows_by}; {table.notes[0] if table.notes else ''}"])
        header = ["", *table.col_keys]
        ws.append(header)
        for c in ws[3]:
            c.font = bold
        for key, line in zip([*table.row_keys, I.TOTAL], table.values, strict=True):
            ws.append(
                [
                    table.row_label(key, lang),
                    *(
                        SUPPRESSED_MARK
                        if v is None
                        else (round(v, 1) if table.indicator.kind == "median" else int(v))
                        for v in line
                    ),
                ]
            )
        hidden = table.suppressed_primary + table.suppressed_secondary
        suppressed += hidden
        total = table.values[-1][-1]
        summary.append(
            [
                table.indicator.title(lang),
                table.indicator.ref,
                SUPPRESSED_MARK if total is None else total,
                hidden,
                title,
            ]
        )
        n_cols = len(table.col_keys) - 1
        last_row = ws.max_row
        if n_cols >= 2 and table.row_keys:
            chart = (
                LineChart() if table.rows_by == "centre" or len(table.row_keys) > 8 else BarChart()
            )
            chart.title = table.indicator.title(lang)[:60]
            chart.height, chart.width = 8, 18
            # The TOTAL line over the periods (suppressed cells are text: Excel skips them).
            data = Reference(ws, min_col=1, max_col=1 + n_cols, min_row=last_row, max_row=last_row)
            chart.add_data(data, from_rows=True, titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=2, max_col=1 + n_cols, min_row=3, max_row=3))
            ws.add_chart(chart, f"B{last_row + 3}")

    coordination = coordination_months(store, period, centres)
    if coordination:
        ws = wb.create_sheet("Coordination")
        ws.append(["Coordination mechanisms: meetings held, regular meetings missed, decisions "
                   "(counts of meetings and decisions, not of people)"])
        ws["A1"].font = bold
        ws.append(["centre", "period", *COORDINATION_COLUMNS])
        for c in ws[2]:
            c.font = bold
        for m in coordination:
            ws.append([m.centre, m.period, *(getattr(m, k) for k in COORDINATION_COLUMNS)])

    grid = submission_grid(store, period, centres)
    ws = wb.create_sheet("Submissions")
    for line in grid.as_table():
        ws.append(line)
    for c in ws[1]:
        c.font = bold

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(out) as handle:
        wb.save(handle)
    result = ReportResult(out, len(tables), suppressed_cells=suppressed)
    if charts_dir is not None:
        result.charts = write_charts(
            [
                t
                for t in tables
                if t.id in I.HEADLINE
                and t.rows_by != "centre"
                or (t.id in I.HEADLINE and t.rows_by == "centre")
            ],
            Path(charts_dir),
            lang,
        )
    return result


def write_charts(tables: Sequence[I.PublishedTable], folder: Path, lang: str = "en") -> list[Path]:
    """One PNG and one SVG per table: the published TOTAL over the periods (trend)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    seen: set[str] = set()
    for table in tables:
        if table.id in seen:
            continue
        seen.add(table.id)
        periods = table.col_keys[:-1]
        values = table.values[-1][:-1]
        fig = Figure(figsize=(8, 4), dpi=120)
        ax = fig.add_subplot()
        xs = [i for i, v in enumerate(values) if v is not None]
        ax.plot(xs, [values[i] for i in xs], marker="o")
        ax.set_xticks(range(len(periods)), periods, rotation=45, ha="right", fontsize=8)
        ax.set_title(table.indicator.title(lang), fontsize=10)
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        if len(xs) < len(values):
            ax.text(
                0.99,
                0.02,
                f"{SUPPRESSED_MARK} periods with small counts not shown",
                transform=ax.transAxes,
                ha="right",
                fontsize=7,
            )
        fig.tight_layout()
        for ext in ("png", "svg"):
            path = folder / f"{table.id}.{ext}"
            with atomic_output(path) as handle:
                fig.savefig(handle, format=ext)
            written.append(path)
    return written
