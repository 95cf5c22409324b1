"""Indicators (data dictionary §2.4) as pure functions over the export contract's row-level data.

**One implementation for both sides.** The NGO computes indicators from the rows it imported
(`store.rowset.load_rowset`); a centre's own Statistics page computes them from the rows its
register produces for the same sheets (the export's row extraction, before the workbook is
written). Both hand this module the same thing, a `RowSet`:

    rowset = RowSet()
    rowset.add(centre="CSR-KG", month="2026-03", sheets={"cases": [...], "victims": [...], ...})

`sheets` maps a row-level sheet name of the contract (`evidencija.export.schema.ROW_SHEETS`) to
its rows, each a mapping column → value exactly as the contract defines them: codes as `str`
(`"YES"`, `"FEMALE"`, `"SUPPRESSED"` …), whole numbers as `int`, empty as `None`. One `add` per
centre and month (the month the rows were exported for). Nothing else is needed, nothing is read
from a database here, and nothing here writes.

Then

    table = compute(rowset, "new_cases", rows="centre", grain="quarter")
    table.values            # raw counts, for the screen of the person allowed to see them
    table.published()       # the same table after small-cell suppression: for anything that
                            # leaves the tool (report workbook, charts, CSV, annual report)

`compute_all(rowset, …)` gives every indicator. Tables have periods as columns (month, quarter
or year, plus TOTAL) — the trend — and rows by centre, municipality or category.

**Counting rules.** The monthly row sheets are of two kinds. Event sheets (reports, incidents,
risk assessments, services, meetings, plans, urgent and protection measures, criminal
proceedings, referrals, closures) list what happened in the month, so each row counts once.
The `cases` and `victims` sheets list everything *active* in the month, so the same case or
person appears in many months: those indicators count distinct pseudonyms per cell, and a unit
whose attributes changed between months is counted with its latest month's attributes. The
TOTAL column is the count over the whole selected period (for distinct units: not the sum of the
columns). Duration indicators give the median whole days and the number of values.

**Municipality.** A fact is placed in the municipality of its case's victim (the `victims` sheet
of the same centre and month; `UNKNOWN` when there is none). The export generalises rare
municipalities (`OTHER_MUNICIPALITY`) and may suppress quasi-identifiers (`SUPPRESSED`): these
appear as their own rows, so the totals stay right.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .periods import bucket, buckets
from .suppression import MIN_SHOWN, suppress_table

Row = Mapping[str, Any]
TOTAL = "TOTAL"
ALL = "ALL"
YES = "YES"
NO = "NO"

ROW_DIMENSIONS = ("centre", "municipality", "category")
KINDS = ("count", "sum", "median")


# ============================================================================ the input
@dataclass(frozen=True)
class MonthRows:
    centre: str
    month: str
    sheets: Mapping[str, Sequence[Row]]


class RowSet:
    """Row-level data of one or more centres and months, in the contract's shape."""

    def __init__(self, parts: Iterable[MonthRows] = ()) -> None:
        self._parts: list[MonthRows] = []
        self._municipality_cache: dict[tuple[str, str], dict[str, str]] = {}
        for part in parts:
            self._parts.append(part)

    def add(self, centre: str, month: str, sheets: Mapping[str, Sequence[Row]]) -> None:
        """Add the rows one centre exported (or would export) for one month (YYYY-MM)."""
        self._parts.append(MonthRows(centre, month, sheets))
        self._municipality_cache.pop((centre, month), None)

    @property
    def parts(self) -> tuple[MonthRows, ...]:
        return tuple(self._parts)

    def centres(self) -> list[str]:
        return sorted({p.centre for p in self._parts})

    def months(self) -> list[str]:
        return sorted({p.month for p in self._parts})

    def rows(self, sheet: str) -> Iterator[tuple[MonthRows, int, Row]]:
        """(part, row number, row) for every row of `sheet`."""
        for part in self._parts:
            for i, row in enumerate(part.sheets.get(sheet, ())):
                yield part, i, row

    def case_municipality(self, part: MonthRows, case_code: object) -> str:
        key = (part.centre, part.month)
        mapping = self._municipality_cache.get(key)
        if mapping is None:
            mapping = {}
            for row in part.sheets.get("victims", ()):
                code = row.get("case_code")
                if isinstance(code, str) and code not in mapping:
                    mapping[code] = str(row.get("municipality") or "UNKNOWN")
            self._municipality_cache[key] = mapping
        return mapping.get(case_code, "UNKNOWN") if isinstance(case_code, str) else "UNKNOWN"

    def filtered(
        self, centres: Iterable[str] | None = None, months: Iterable[str] | None = None
    ) -> RowSet:
        cs = set(centres) if centres is not None else None
        ms = set(months) if months is not None else None
        return RowSet(
            p
            for p in self._parts
            if (cs is None or p.centre in cs) and (ms is None or p.month in ms)
        )


# ============================================================================ facts
@dataclass(frozen=True)
class Fact:
    """One countable thing: a unit (for distinct counting) placed in a centre, municipality,
    month and category, with an optional value (days, a number of measures)."""

    centre: str
    municipality: str
    month: str
    category: str
    unit: Hashable
    value: float | None = None


FactFn = Callable[[RowSet], Iterator[Fact]]


@dataclass(frozen=True)
class Indicator:
    id: str
    ref: str  # the data dictionary §2.4 indicator number(s)
    title_en: str
    title_sr: str
    kind: str
    facts: FactFn
    code_list: str | None = None  # labels of the categories
    categories: tuple[str, ...] | None = None  # the display order, when fixed
    distinct: bool = False  # units repeat across months (cases / victims active)

    def title(self, lang: str = "en") -> str:
        return self.title_en if lang == "en" else self.title_sr


def _yes(row: Row, column: str) -> bool:
    return row.get(column) == YES


def _event_facts(
    sheet: str,
    *,
    where: Callable[[Row], bool] = lambda r: True,
    category: Callable[[Row], str | None] = lambda r: ALL,
    value: Callable[[Row], float | None] | None = None,
) -> FactFn:
    """Each row of an event sheet is one fact (counted once)."""

    def facts(rs: RowSet) -> Iterator[Fact]:
        for part, i, row in rs.rows(sheet):
            if not where(row):
                continue
            cat = category(row)
            if cat is None:
                continue
            v = value(row) if value is not None else None
            if value is not None and v is None:
                continue
            yield Fact(
                part.centre,
                rs.case_municipality(part, row.get("case_code")),
                part.month,
                cat,
                (part.centre, part.month, sheet, i),
                v,
            )

    return facts


def _flag_facts(
    sheet: str, flags: Mapping[str, str], where: Callable[[Row], bool] = lambda r: True
) -> FactFn:
    """Multi-count: one fact per YES flag of a row (e.g. forms of violence of an incident)."""

    def facts(rs: RowSet) -> Iterator[Fact]:
        for part, i, row in rs.rows(sheet):
            if not where(row):
                continue
            muni = rs.case_municipality(part, row.get("case_code"))
            for column, cat in flags.items():
                if row.get(column) == YES:
                    yield Fact(
                        part.centre, muni, part.month, cat, (part.centre, part.month, sheet, i, cat)
                    )

    return facts


def _distinct_facts(
    sheet: str,
    unit_column: str,
    *,
    where: Callable[[Row], bool] = lambda r: True,
    category: Callable[[Row], str | None] = lambda r: ALL,
) -> FactFn:
    """Distinct pseudonyms (a case or a person) of a sheet; repeats across months collapse.

    A victim row whose quasi-identifiers were suppressed has no person code: such victims are
    counted per case (the n-th suppressed victim of a case is one unit across months).
    """

    def facts(rs: RowSet) -> Iterator[Fact]:
        for part in rs.parts:
            nth: dict[object, int] = defaultdict(int)
            for row in part.sheets.get(sheet, ()):
                if not where(row):
                    continue
                cat = category(row)
                if cat is None:
                    continue
                unit_value = row.get(unit_column)
                if unit_value is None:
                    case = row.get("case_code")
                    nth[case] += 1
                    unit_value = ("suppressed", case, nth[case])
                yield Fact(
                    part.centre,
                    rs.case_municipality(part, row.get("case_code")),
                    part.month,
                    cat,
                    (part.centre, unit_value),
                )

    return facts


def _distinct_cases_of_events(sheet: str, where: Callable[[Row], bool]) -> FactFn:
    """Distinct cases that had at least one matching event."""

    def facts(rs: RowSet) -> Iterator[Fact]:
        for part, _i, row in rs.rows(sheet):
            if where(row):
                yield Fact(
                    part.centre,
                    rs.case_municipality(part, row.get("case_code")),
                    part.month,
                    ALL,
                    (part.centre, row.get("case_code")),
                )

    return facts


def _code(column: str) -> Callable[[Row], str | None]:
    def get(row: Row) -> str | None:
        value = row.get(column)
        return str(value) if value is not None else "UNKNOWN"

    return get


def _int(column: str) -> Callable[[Row], float | None]:
    def get(row: Row) -> float | None:
        value = row.get(column)
        return (
            float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
        )

    return get


_FORMS = {
    "form_physical": "PHYSICAL",
    "form_psychological": "PSYCHOLOGICAL",
    "form_sexual": "SEXUAL",
    "form_economic": "ECONOMIC",
    "form_neglect": "NEGLECT",
}
_SANCTIONS = {
    "sanction_prison": "PRISON",
    "sanction_fine": "FINE",
    "sanction_community_service": "COMMUNITY_SERVICE",
    "sanction_suspended": "SUSPENDED",
    "sanction_admonition": "ADMONITION",
    "sanction_security_measure": "SECURITY_MEASURE",
}
_PM_TYPES = {
    "type_eviction": "EVICTION",
    "type_move_in": "MOVE_IN",
    "type_approach_ban": "APPROACH_BAN",
    "type_area_access_ban": "AREA_ACCESS_BAN",
    "type_harassment_ban": "HARASSMENT_BAN",
}


def _plan_measures(rs: RowSet) -> Iterator[Fact]:
    """Plan measures by how they were carried out (a sum over the plans drawn up)."""
    columns = {
        "measures_done_on_time": "DONE_ON_TIME",
        "measures_done_late": "DONE_LATE",
        "measures_not_done": "NOT_DONE",
        "measures_open": "OPEN",
        "measures_dropped": "DROPPED",
    }
    for part, i, row in rs.rows("plans"):
        muni = rs.case_municipality(part, row.get("case_code"))
        for column, cat in columns.items():
            value = row.get(column)
            if isinstance(value, int) and value > 0:
                yield Fact(
                    part.centre,
                    muni,
                    part.month,
                    cat,
                    (part.centre, part.month, "plans", i, cat),
                    float(value),
                )


def _sex_age(row: Row) -> str:
    return f"{row.get('sex') or 'UNKNOWN'}/{row.get('age_band') or 'UNKNOWN'}"


def _complaint(row: Row) -> bool:
    return _yes(row, "complaint_in_period") and row.get("complaint_filed") == YES


INDICATORS: dict[str, Indicator] = {
    ind.id: ind
    for ind in (
        Indicator(
            "new_cases",
            "1",
            "New cases registered (report that opened the case)",
            "Novi slučajevi (prijava kojom je slučaj otvoren)",
            "count",
            _distinct_cases_of_events("reports", lambda r: _yes(r, "first_report_of_case")),
        ),
        Indicator(
            "active_cases",
            "1",
            "Cases active in the period",
            "Slučajevi aktivni u periodu",
            "count",
            _distinct_facts("cases", "case_code"),
            distinct=True,
        ),
        Indicator(
            "victims",
            "2",
            "Victims (distinct persons)",
            "Žrtve (različite osobe)",
            "count",
            _distinct_facts("victims", "person_code"),
            distinct=True,
        ),
        Indicator(
            "victims_by_sex_age",
            "2",
            "Victims by sex and age band",
            "Žrtve po polu i starosti",
            "count",
            _distinct_facts("victims", "person_code", category=_sex_age),
            distinct=True,
        ),
        Indicator(
            "victims_by_relationship",
            "4",
            "Victims by relationship group of the perpetrator",
            "Žrtve po grupi odnosa sa učiniocem",
            "count",
            _distinct_facts("victims", "person_code", category=_code("relationship_group")),
            code_list="relationship_group_qi",
            distinct=True,
        ),
        Indicator(
            "incidents_by_form",
            "3",
            "Incidents by form of violence (an incident may have several)",
            "Događaji po obliku nasilja (više oblika po događaju)",
            "count",
            _flag_facts("incidents", _FORMS),
            categories=tuple(_FORMS.values()),
        ),
        Indicator(
            "incidents_by_gbvims_type",
            "3",
            "Incidents by main (GBVIMS) type",
            "Događaji po osnovnom tipu (GBVIMS)",
            "count",
            _event_facts("incidents", category=_code("gbvims_main_type")),
            code_list="gbvims_type",
        ),
        Indicator(
            "cases_children_present",
            "6",
            "Cases with an incident that children witnessed",
            "Slučajevi sa događajem kome su prisustvovala deca",
            "count",
            _distinct_cases_of_events("incidents", lambda r: _yes(r, "children_present")),
        ),
        Indicator(
            "reports_by_source",
            "7",
            "Reports by who reported",
            "Prijave po podnosiocu",
            "count",
            _event_facts("reports", category=_code("reporter_type")),
            code_list="reporter_type",
        ),
        Indicator(
            "first_contact_in_time",
            "8",
            "Cases by first contact within the priority deadline",
            "Slučajevi po prvom kontaktu u roku",
            "count",
            _distinct_facts("cases", "case_code", category=_code("first_contact_in_time")),
            code_list="response_in_time",
            distinct=True,
        ),
        Indicator(
            "risk_assessments_by_level",
            "9",
            "Risk assessments by level",
            "Procene rizika po nivou",
            "count",
            _event_facts("risk_assessments", category=_code("level")),
            code_list="risk_level",
        ),
        Indicator(
            "risk_imminent_danger",
            "9",
            "Risk assessments establishing imminent danger",
            "Procene rizika sa neposrednom opasnošću",
            "count",
            _event_facts("risk_assessments", where=lambda r: _yes(r, "imminent_danger")),
        ),
        Indicator(
            "urgent_measures_imposed",
            "10",
            "Urgent measures imposed (served) by type",
            "Izrečene (uručene) hitne mere po vrsti",
            "count",
            _event_facts(
                "urgent_measures",
                where=lambda r: _yes(r, "served_in_period"),
                category=_code("measure_type"),
            ),
            code_list="urgent_measure_type",
        ),
        Indicator(
            "urgent_measures_court",
            "10",
            "Court decisions on extending urgent measures",
            "Odluke suda o produženju hitnih mera",
            "count",
            _event_facts(
                "urgent_measures",
                where=lambda r: _yes(r, "decided_in_period"),
                category=_code("court_decision"),
            ),
            code_list="urgent_court_decision",
        ),
        Indicator(
            "urgent_measures_breached",
            "10",
            "Urgent measures with a recorded breach",
            "Hitne mere sa zabeleženim kršenjem",
            "count",
            _event_facts("urgent_measures", where=lambda r: _yes(r, "breach")),
        ),
        Indicator(
            "urgent_days_to_decision",
            "10",
            "Days from serving an urgent measure to the court's decision (median)",
            "Dana od uručenja hitne mere do odluke suda (medijana)",
            "median",
            _event_facts(
                "urgent_measures",
                where=lambda r: _yes(r, "decided_in_period"),
                value=_int("days_service_to_decision"),
            ),
        ),
        Indicator(
            "meetings_by_type",
            "11",
            "Case conferences and GKS meetings held",
            "Održane konferencije slučaja i sastanci GKS",
            "count",
            _event_facts("meetings", category=_code("meeting_type")),
            code_list="meeting_type",
        ),
        Indicator(
            "victim_participation_meetings",
            "11",
            "Meetings on the case: did the victim take part?",
            "Sastanci o slučaju: da li je žrtva učestvovala?",
            "count",
            _event_facts("meetings", category=_code("victim_present")),
            code_list="yes_no",
        ),
        Indicator(
            "plans_victim_signed",
            "11 12",
            "Protection plans drawn up: did the victim take part and sign?",
            "Izrađeni planovi zaštite: da li je žrtva učestvovala i potpisala?",
            "count",
            _event_facts("plans", category=_code("victim_signed")),
            code_list="yes_no",
        ),
        Indicator(
            "plan_measures",
            "12",
            "Measures of the plans drawn up, by how they were carried out",
            "Mere izrađenih planova po izvršenju",
            "sum",
            _plan_measures,
        ),
        Indicator(
            "protection_measures_filed",
            "13",
            "Family-law protection suits filed, by plaintiff",
            "Podnete tužbe za mere zaštite, po tužiocu",
            "count",
            _event_facts(
                "protection_measures",
                where=lambda r: _yes(r, "filed_in_period"),
                category=_code("plaintiff"),
            ),
            code_list="plaintiff",
        ),
        Indicator(
            "protection_measures_ordered",
            "13",
            "Family-law protection measures ordered, by measure type",
            "Određene mere zaštite po Porodičnom zakonu, po vrsti",
            "count",
            _flag_facts(
                "protection_measures", _PM_TYPES, where=lambda r: _yes(r, "ordered_in_period")
            ),
            categories=tuple(_PM_TYPES.values()),
        ),
        Indicator(
            "protection_decisions",
            "13",
            "Family-law protection decisions ordered in the period",
            "Odluke o merama zaštite donete u periodu",
            "count",
            _event_facts("protection_measures", where=lambda r: _yes(r, "ordered_in_period")),
        ),
        Indicator(
            "criminal_complaints",
            "14",
            "Criminal complaints filed",
            "Podnete krivične prijave",
            "count",
            _event_facts("criminal_proceedings", where=_complaint, category=_code("filed_by")),
            code_list="complaint_filer",
        ),
        Indicator(
            "prosecutor_decisions",
            "14",
            "Prosecutors' decisions",
            "Odluke tužilaštva",
            "count",
            _event_facts(
                "criminal_proceedings",
                where=lambda r: _yes(r, "decision_in_period"),
                category=_code("prosecutor_decision"),
            ),
            code_list="prosecutor_decision",
        ),
        Indicator(
            "verdicts",
            "14",
            "Court outcomes",
            "Presude",
            "count",
            _event_facts(
                "criminal_proceedings",
                where=lambda r: _yes(r, "verdict_in_period"),
                category=_code("verdict"),
            ),
            code_list="verdict",
        ),
        Indicator(
            "sanctions",
            "14",
            "Sanctions imposed in verdicts",
            "Izrečene sankcije",
            "count",
            _flag_facts(
                "criminal_proceedings", _SANCTIONS, where=lambda r: _yes(r, "verdict_in_period")
            ),
            categories=tuple(_SANCTIONS.values()),
        ),
        Indicator(
            "days_complaint_to_decision",
            "14",
            "Days from criminal complaint to the prosecutor's decision (median)",
            "Dana od krivične prijave do odluke tužilaštva (medijana)",
            "median",
            _event_facts(
                "criminal_proceedings",
                where=lambda r: _yes(r, "decision_in_period"),
                value=_int("days_complaint_to_decision"),
            ),
        ),
        Indicator(
            "services_by_type",
            "15",
            "Services started, by type",
            "Započete usluge po vrsti",
            "count",
            _event_facts("services", category=_code("service_type")),
            code_list="service_type",
        ),
        Indicator(
            "referrals_out",
            "16",
            "Referrals to other institutions",
            "Upućivanja drugim institucijama",
            "count",
            _event_facts(
                "referrals",
                where=lambda r: r.get("direction") == "SENT_TO",
                category=_code("institution_type"),
            ),
            code_list="referral_institution",
        ),
        Indicator(
            "referrals_in",
            "16",
            "Referrals received from other institutions",
            "Upućivanja primljena od drugih institucija",
            "count",
            _event_facts(
                "referrals",
                where=lambda r: r.get("direction") == "RECEIVED_FROM",
                category=_code("institution_type"),
            ),
            code_list="referral_institution",
        ),
        Indicator(
            "closures_by_reason",
            "18",
            "Cases closed, by reason",
            "Zatvoreni slučajevi po razlogu",
            "count",
            _event_facts("closures", category=_code("reason")),
            code_list="closure_reason_export",
        ),
    )
}
"""Every indicator by id, in report order."""

HEADLINE = (
    "new_cases",
    "criminal_complaints",
    "days_complaint_to_decision",
    "protection_decisions",
    "urgent_measures_imposed",
    "plans_victim_signed",
)
"""The effects the centres' coordinated-action work is judged by (the report's first sheet)."""


# ============================================================================ tables
@dataclass
class IndicatorTable:
    """Raw values of one indicator: rows × (period buckets + TOTAL), with a TOTAL row.

    `values[i][j]` is a count, a sum or a median (for `kind == "median"`, `n[i][j]` is the number
    of values behind it). Unsuppressed: only for the screen of someone allowed to see the rows.
    """

    indicator: Indicator
    rows_by: str
    grain: str
    row_keys: list[str]
    col_keys: list[str]  # buckets, then TOTAL
    values: list[list[float | None]]  # len(row_keys) + 1 (TOTAL row) lines
    n: list[list[int]]

    @property
    def id(self) -> str:
        return self.indicator.id

    def value(self, row: str, col: str) -> float | None:
        keys = [*self.row_keys, TOTAL]
        return self.values[keys.index(row)][self.col_keys.index(col)]

    def row_label(self, key: str, lang: str = "en") -> str:
        return label_of(self.indicator, self.rows_by, key, lang)

    def published(self, threshold: int = MIN_SHOWN) -> PublishedTable:
        return publish(self, threshold)


@dataclass
class PublishedTable:
    """A table fit to leave the tool: small counts (1–4) and what would reveal them are `None`."""

    indicator: Indicator
    rows_by: str
    grain: str
    row_keys: list[str]
    col_keys: list[str]
    values: list[list[float | None]]
    suppressed_primary: int = 0
    suppressed_secondary: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.indicator.id

    def value(self, row: str, col: str) -> float | None:
        keys = [*self.row_keys, TOTAL]
        return self.values[keys.index(row)][self.col_keys.index(col)]

    def row_label(self, key: str, lang: str = "en") -> str:
        return label_of(self.indicator, self.rows_by, key, lang)


def _dedupe_latest(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per unit: the one from the latest month (later rows win ties)."""
    best: dict[Hashable, Fact] = {}
    for f in facts:
        prev = best.get(f.unit)
        if prev is None or f.month >= prev.month:
            best[f.unit] = f
    return list(best.values())


def _row_key(f: Fact, rows_by: str) -> str:
    if rows_by == "centre":
        return f.centre
    if rows_by == "municipality":
        return f.municipality
    return f.category


def _aggregate(facts: list[Fact], kind: str) -> tuple[float | None, int]:
    if kind == "count":
        return float(len(facts)), len(facts)
    values = [f.value for f in facts if f.value is not None]
    if kind == "sum":
        return float(sum(values)), len(values)
    if not values:
        return None, 0
    return float(statistics.median(values)), len(values)


def compute(
    rowset: RowSet,
    indicator: str | Indicator,
    *,
    rows: str = "centre",
    grain: str = "month",
    months: Sequence[str] | None = None,
    centres: Sequence[str] | None = None,
    category: str | None = None,
) -> IndicatorTable:
    """One indicator as a table: rows by `rows` (centre, municipality or category), columns the
    `grain` buckets (month, quarter, year) of `months` (default: every month in the row set) and
    TOTAL. `category` keeps only that category (e.g. one form of violence)."""
    ind = INDICATORS[indicator] if isinstance(indicator, str) else indicator
    if rows not in ROW_DIMENSIONS:
        raise ValueError(f"rows must be one of {ROW_DIMENSIONS}")
    selected = rowset.filtered(centres, months)
    month_list = sorted(months) if months is not None else selected.months()
    cols = buckets(month_list, grain)
    facts = [f for f in ind.facts(selected) if category is None or f.category == category]

    # Deduplicate distinct units per bucket (and over the whole period for TOTAL).
    per_bucket: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        per_bucket[bucket(f.month, grain)].append(f)
    per_bucket = {b: _dedupe_latest(fs) for b, fs in per_bucket.items()}
    whole = _dedupe_latest(facts)

    row_keys = _row_order(ind, rows, {_row_key(f, rows) for f in whole}, centres)
    col_keys = [*cols, TOTAL]
    grouped: dict[str, dict[str, list[Fact]]] = {}
    for col in col_keys:
        pool = whole if col == TOTAL else per_bucket.get(col, [])
        by_row: dict[str, list[Fact]] = defaultdict(list)
        for f in pool:
            by_row[_row_key(f, rows)].append(f)
        by_row[TOTAL] = pool
        grouped[col] = by_row
    values: list[list[float | None]] = []
    ns: list[list[int]] = []
    for key in [*row_keys, TOTAL]:
        line_v: list[float | None] = []
        line_n: list[int] = []
        for col in col_keys:
            v, n = _aggregate(grouped[col].get(key, []), ind.kind)
            line_v.append(v)
            line_n.append(n)
        values.append(line_v)
        ns.append(line_n)
    return IndicatorTable(ind, rows, grain, row_keys, col_keys, values, ns)


def compute_all(
    rowset: RowSet,
    *,
    rows: str = "centre",
    grain: str = "month",
    months: Sequence[str] | None = None,
    centres: Sequence[str] | None = None,
    ids: Iterable[str] | None = None,
) -> list[IndicatorTable]:
    """Every indicator (or those in `ids`), same shape. Category indicators get category rows
    when `rows == "category"`; with `rows="centre"` they give the total per centre."""
    return [
        compute(rowset, i, rows=rows, grain=grain, months=months, centres=centres)
        for i in (ids or INDICATORS)
    ]


def _row_order(
    ind: Indicator, rows_by: str, present: set[str], centres: Sequence[str] | None
) -> list[str]:
    if rows_by == "centre" and centres:
        return list(centres)
    if rows_by == "category":
        order = list(ind.categories or ())
        if not order and ind.code_list:
            order = list(_code_values(ind.code_list))
        known = [c for c in order if c in present]
        return known + sorted(present - set(known))
    return sorted(present)


EXACT_AUDIT_MAX_CELLS = 120
"""Tables up to this many interior cells are protected by the export's own suppression
(`evidencija.export.aggregates.protect`: primary 1–4, then secondary cells until an exact
linear-programming audit shows no suppressed cell can be worked out from the rest). Its exact
audit grows fast with the table, so larger tables (many centres × months) use the hypercube
heuristic of `suppression.suppress_table`, which protects every row and column line."""


def publish(table: IndicatorTable, threshold: int = MIN_SHOWN) -> PublishedTable:
    """Apply small-cell suppression (primary 1–4, secondary) to a table leaving the tool.

    Counts and sums: primary and secondary suppression over the table and its totals. For
    indicators counting distinct cases or persons, the rows of each column add up to its total
    but the columns do not add up to TOTAL (a case active in two months counts once), so each
    column is protected as a one-way table. Medians of fewer than `threshold` values are hidden.
    """
    ind = table.indicator
    raw = table.values
    n_rows, n_cols = len(table.row_keys), len(table.col_keys) - 1
    if ind.kind == "median":
        values = [
            [v if n >= threshold else None for v, n in zip(line, nline, strict=True)]
            for line, nline in zip(raw, table.n, strict=True)
        ]
        hidden = sum(
            1
            for line, nl in zip(raw, table.n, strict=True)
            for v, n in zip(line, nl, strict=True)
            if v is not None and n < threshold
        )
        return PublishedTable(
            ind,
            table.rows_by,
            table.grain,
            list(table.row_keys),
            list(table.col_keys),
            values,
            hidden,
            0,
            [f"medians of fewer than {threshold} values are not shown"],
        )
    ints = [[int(v or 0) for v in line] for line in raw]
    hidden: set[tuple[int, int]] = set()
    primary = 0
    methods: set[str] = set()
    if ind.distinct:
        for j in range(n_cols + 1):
            column = [ints[i][j] for i in range(n_rows)]
            h, p, m = _protect_lines(
                [[v] for v in column], [ints[n_rows][j]], threshold, table.row_keys, one_way=True
            )
            hidden |= {(i, j) for i, _ in h}
            primary += p
            methods.add(m)
    else:
        body = [row[:n_cols] for row in ints[:n_rows]]
        h, primary, m = _protect_lines(
            body,
            None,
            threshold,
            table.row_keys,
            one_way=False,
            margins=(
                [ints[i][n_cols] for i in range(n_rows)],
                ints[n_rows][:n_cols],
                ints[n_rows][n_cols],
            ),
        )
        hidden = h
        methods.add(m)
    values = [
        [None if (i, j) in hidden else float(ints[i][j]) for j in range(n_cols + 1)]
        for i in range(n_rows + 1)
    ]
    notes = [
        f"counts 1–{threshold - 1} and the cells that would reveal them are suppressed "
        f"({', '.join(sorted(methods))})"
    ]
    return PublishedTable(
        ind,
        table.rows_by,
        table.grain,
        list(table.row_keys),
        list(table.col_keys),
        values,
        primary,
        len(hidden) - primary,
        notes,
    )


_EXEMPT = ("SUPPRESSED",)  # a row of already-suppressed quasi-identifiers identifies no one


def _protect_lines(
    body: list[list[int]],
    col_totals_one_way: list[int] | None,
    threshold: int,
    row_keys: list[str],
    *,
    one_way: bool,
    margins: tuple[list[int], list[int], int] | None = None,
) -> tuple[set[tuple[int, int]], int, str]:
    """Hidden positions (i, j) — j == len(cols) for row totals, i == len(rows) for the total row."""
    n_rows = len(body)
    n_cols = 1 if one_way else (len(body[0]) if body else 0)
    if one_way:
        assert col_totals_one_way is not None
        total = col_totals_one_way[0]
        cells = n_rows
        if threshold == MIN_SHOWN and cells <= EXACT_AUDIT_MAX_CELLS:
            from ..export import aggregates as agg

            t = agg.Table(
                "t",
                "",
                "",
                [f"r{i}" for i in range(n_rows)],
                [agg.COUNT],
                {(f"r{i}", agg.COUNT): body[i][0] for i in range(n_rows)},
                exempt=frozenset(f"r{i}" for i, k in enumerate(row_keys) if k in _EXEMPT),
            )
            agg.protect(t)
            hidden = {(n_rows if r == agg.TOTAL else int(r[1:]), 0) for r, _c in t.suppressed}
            return hidden, len(t.primary), "exact audit"
        res = suppress_table(
            body,
            threshold=threshold,
            row_totals=[v[0] for v in body],
            col_totals=[total],
            total=total,
        )
        hidden = {(i, 0) for i in range(n_rows) if res.cells[i][0] is None}
        if res.col_totals[0] is None:
            hidden.add((n_rows, 0))
        return hidden, res.primary, "line heuristic"
    assert margins is not None
    row_totals, col_totals, grand = margins
    if threshold == MIN_SHOWN and n_rows * n_cols <= EXACT_AUDIT_MAX_CELLS and n_rows and n_cols:
        from ..export import aggregates as agg

        rk = [f"r{i}" for i in range(n_rows)]
        ck = [f"c{j}" for j in range(n_cols)]
        t = agg.Table(
            "t",
            "",
            "",
            rk,
            ck,
            {(rk[i], ck[j]): body[i][j] for i in range(n_rows) for j in range(n_cols)},
            exempt=frozenset(rk[i] for i, k in enumerate(row_keys) if k in _EXEMPT),
        )
        agg.protect(t)

        def pos(cell: tuple[str, str]) -> tuple[int, int]:
            r, c = cell
            return (
                n_rows if r == agg.TOTAL else int(r[1:]),
                n_cols if c == agg.TOTAL else int(c[1:]),
            )

        return {pos(c) for c in t.suppressed}, len(t.primary), "exact audit"
    res = suppress_table(
        body or [[0] * n_cols],
        threshold=threshold,
        row_totals=row_totals or [0],
        col_totals=col_totals,
        total=grand,
    )
    hidden = set()
    for i in range(n_rows):
        for j in range(n_cols):
            if res.cells[i][j] is None:
                hidden.add((i, j))
        if res.row_totals[i] is None:
            hidden.add((i, n_cols))
    for j in range(n_cols):
        if res.col_totals[j] is None:
            hidden.add((n_rows, j))
    if res.total is None:
        hidden.add((n_rows, n_cols))
    return hidden, res.primary, "line heuristic"


# ============================================================================ labels
def _code_values(name: str) -> tuple[str, ...]:
    try:
        from ..export.schema import any_code_list

        return any_code_list(name).values
    except Exception:  # a code list the export does not define: no fixed order
        return ()


def label_of(ind: Indicator, rows_by: str, key: str, lang: str = "en") -> str:
    """A readable label for a row key (a category code, a municipality, a centre)."""
    if key == TOTAL:
        return "Total" if lang == "en" else "Ukupno"
    if rows_by == "municipality":
        try:
            from ..db.municipalities import municipality

            m = municipality(key)
            return (m.name_sq or m.name_sr) if lang == "sq" else m.name_sr
        except Exception:
            pass
    if rows_by == "category" and ind.code_list:
        try:
            from ..export.schema import any_code_list

            return any_code_list(ind.code_list).label(key, "en" if lang == "en" else "sr_Latn")
        except Exception:
            pass
    return key
