"""Indicator tables (data dictionary §2.4) with primary and secondary cell suppression.

Every table is one- or two-way with published totals. Counts 1–4 are suppressed (primary). Then
secondary cells are suppressed until no suppressed cell can be worked out from the published
cells and the totals: the audit computes, for every suppressed cell, the smallest and largest
value it can take given every table relation and the intruder's knowledge that a suppressed cell
is at least 1 (zeros are always shown). The relations of a table with totals form a network
matrix, so these linear-programming bounds are also the integer bounds; a cell is protected when
they differ. Multi-count tables (one record may count in several rows) have no additive total
and get primary suppression only.

Tables whose dimensions are the victims' quasi-identifiers are counted from the protected
victim rows (after generalisation and suppression), so they never reveal more than those rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..db.codes import age_group
from .rows import MonthData, Row
from .schema import SUPPRESSED

TOTAL = "TOTAL"
COUNT = "COUNT"
NOT_RECORDED = "NOT_RECORDED"
SMALL = range(1, 5)

Cell = tuple[str, str]


@dataclass
class Table:
    id: str
    title_en: str
    title_sr: str
    rows: list[str]
    cols: list[str]                 # [COUNT] for one-way tables
    values: dict[Cell, int]         # interior cells
    additive: bool = True           # False: multi-count, no totals
    exempt: frozenset[str] = frozenset()  # row/column codes never suppressed (SUPPRESSED)
    suppressed: set[Cell] = field(default_factory=set)
    primary: set[Cell] = field(default_factory=set)
    # False: counts of meetings and decisions of institutions, not of people, so no small
    # count discloses anyone and none is suppressed
    about_people: bool = True

    @property
    def two_way(self) -> bool:
        return self.cols != [COUNT]

    def all_cells(self) -> dict[Cell, int]:
        cells = dict(self.values)
        if not self.additive:
            return cells
        for r in self.rows:
            if self.two_way:
                cells[(r, TOTAL)] = sum(self.values[(r, c)] for c in self.cols)
        for c in self.cols:
            cells[(TOTAL, c)] = sum(self.values[(r, c)] for r in self.rows)
        if self.two_way:
            cells[(TOTAL, TOTAL)] = sum(self.values.values())
        return cells

    def relations(self) -> list[list[tuple[Cell, int]]]:
        """Linear relations Σ coef·cell = 0 that hold between the published cells."""
        if not self.additive:
            return []
        rels: list[list[tuple[Cell, int]]] = []
        if self.two_way:
            for r in self.rows:
                rels.append([((r, c), 1) for c in self.cols] + [((r, TOTAL), -1)])
            for c in self.cols:
                rels.append([((r, c), 1) for r in self.rows] + [((TOTAL, c), -1)])
            rels.append([((r, TOTAL), 1) for r in self.rows] + [((TOTAL, TOTAL), -1)])
            rels.append([((TOTAL, c), 1) for c in self.cols] + [((TOTAL, TOTAL), -1)])
        else:
            rels.append([((r, COUNT), 1) for r in self.rows] + [((TOTAL, COUNT), -1)])
        return rels


# ------------------------------------------------------------------------------ exact audit
EPS = 1e-9


def _lp(a: list[list[float]], b: list[float], target: int, minimise: bool) -> float | None:
    """Optimum of y[target] subject to A y = b, y ≥ 0 (None when unbounded).

    Two-phase simplex with Bland's rule. The tables' relations form a network matrix with small
    integer data, so floating point is exact enough; callers round the result.
    """
    m = len(a)
    n = len(a[0]) if a else 0
    tab = []
    for i in range(m):
        sign = -1.0 if b[i] < 0 else 1.0
        tab.append([sign * v for v in a[i]] + [1.0 if j == i else 0.0 for j in range(m)]
                   + [sign * b[i]])
    basis = [n + i for i in range(m)]

    def pivot(r: int, c: int) -> None:
        row = tab[r]
        pv = row[c]
        tab[r] = row = [v / pv for v in row]
        for i in range(m):
            if i != r:
                f = tab[i][c]
                if abs(f) > EPS:
                    tab[i] = [vi - f * vr for vi, vr in zip(tab[i], row, strict=True)]
        basis[r] = c

    def optimise(cost: list[float], allowed: int) -> bool:
        while True:
            cb = [cost[basis[i]] for i in range(m)]
            entering = -1
            for j in range(allowed):
                rc = cost[j] - sum(cb[i] * tab[i][j] for i in range(m) if cb[i])
                if rc < -EPS:
                    entering = j
                    break
            if entering < 0:
                return True
            best: tuple[float, int, int] | None = None
            for i in range(m):
                if tab[i][entering] > EPS:
                    cand = (tab[i][-1] / tab[i][entering], basis[i], i)
                    if best is None or cand[0] < best[0] - EPS or (
                            abs(cand[0] - best[0]) <= EPS and cand[1] < best[1]):
                        best = cand
            if best is None:
                return False
            pivot(best[2], entering)

    optimise([0.0] * n + [1.0] * m, n + m)
    for i in range(m):
        if basis[i] >= n:
            col = next((j for j in range(n) if abs(tab[i][j]) > EPS), None)
            if col is not None:
                pivot(i, col)
    cost = [0.0] * (n + m)
    cost[target] = 1.0 if minimise else -1.0
    if not optimise(cost, n):
        return None
    return next((tab[i][-1] for i in range(m) if basis[i] == target), 0.0)


def _system(table: Table, cells: dict[Cell, int]
            ) -> tuple[list[Cell], list[list[float]], list[float]]:
    unknown = sorted(table.suppressed)
    index = {c: i for i, c in enumerate(unknown)}
    a: list[list[float]] = []
    b: list[float] = []
    for rel in table.relations():
        if not any(cell in index for cell, _ in rel):
            continue
        row = [0.0] * len(unknown)
        const = 0.0
        for cell, coef in rel:
            if cell in index:
                row[index[cell]] += coef
                const -= coef  # y = x − 1 ≥ 0: a suppressed cell is known to be ≥ 1
            else:
                const -= coef * cells[cell]
        a.append(row)
        b.append(const)
    return unknown, a, b


def _bounds_of(a: list[list[float]], b: list[float], i: int) -> tuple[int, int | None]:
    if not a or not any(abs(row[i]) > EPS for row in a):
        return 1, None
    low = _lp(a, b, i, minimise=True)
    high = _lp(a, b, i, minimise=False)
    return (round(low or 0.0) + 1, None if high is None else round(high) + 1)


def _first_exposed(table: Table, cells: dict[Cell, int], relations: list[list[tuple[Cell, int]]],
                   safe: set[Cell]) -> Cell | None:
    """A suppressed cell whose value can be worked out, or None. `safe` holds cells already shown
    protected: suppressing one more cell only widens every other cell's feasible range (the old
    solutions stay feasible), so they need no second look; it grows as cells are proven."""
    for rel in relations:  # alone in a relation: its value is the total minus the others
        hidden = [cell for cell, _ in rel if cell in table.suppressed]
        if len(hidden) == 1:
            return hidden[0]
    unknown, a, b = _system(table, cells)
    for i, cell in enumerate(unknown):
        if cell in safe:
            continue
        low, high = _bounds_of(a, b, i)
        if high is not None and high <= low:
            return cell
        safe.add(cell)
    return None


def protect(table: Table) -> None:
    """Primary suppression of 1–4, then secondary until every suppressed cell is protected."""
    cells = table.all_cells()

    def exempt(cell: Cell) -> bool:
        return cell[0] in table.exempt or cell[1] in table.exempt

    table.primary = {c for c, v in cells.items() if v in SMALL and not exempt(c)}
    table.suppressed = set(table.primary)
    if not table.additive:
        return
    relations = table.relations()
    safe: set[Cell] = set()
    while True:
        target = _first_exposed(table, cells, relations, safe)
        if target is None:
            return
        candidates = {cell for rel in relations if any(c == target for c, _ in rel)
                      for cell, _ in rel}
        candidates = {c for c in candidates if c not in table.suppressed and cells[c] > 0
                      and not exempt(c)}
        if not candidates:  # widen the search to the whole table
            candidates = {c for c, v in cells.items() if c not in table.suppressed and v > 0
                          and not exempt(c)}
        if not candidates:
            # A tiny month (a centre with 1–4 new cases): no pattern of secondary suppression can
            # hide the small cells, so the whole table is withheld — a table of nothing but
            # SUPPRESSED is safe, an export that cannot be written at all helps nobody.
            table.suppressed = set(cells)
            return

        def closes_cycle(c: Cell, target: Cell = target) -> bool:
            """c also lies in a relation (other than the target's) with a suppressed cell."""
            return any(any(x in table.suppressed for x, _ in rel)
                       and not any(x == target for x, _ in rel)
                       for rel in relations if any(x == c for x, _ in rel))

        def cost(c: Cell) -> tuple[int, int, int, str, str]:
            margin = TOTAL in c
            return (1 if margin else 0, 0 if closes_cycle(c) else 1, cells[c], c[0], c[1])

        table.suppressed.add(min(candidates, key=cost))


# ------------------------------------------------------------------------------ the tables
def _count(values: Iterable[str | None], order: Sequence[str]) -> tuple[list[str], dict[Cell, int]]:
    counts = Counter(NOT_RECORDED if v is None else v for v in values)
    rows = [r for r in order if r in counts] + sorted(r for r in counts if r not in order)
    return rows, {(r, COUNT): counts[r] for r in rows}


def one_way(id_: str, en: str, sr: str, values: Iterable[str | None], order: Sequence[str] = (),
            exempt: Iterable[str] = ()) -> Table:
    rows, vals = _count(values, order)
    return Table(id_, en, sr, rows, [COUNT], vals, exempt=frozenset(exempt))


def two_way(id_: str, en: str, sr: str, pairs: Iterable[tuple[str | None, str | None]],
            row_order: Sequence[str] = (), col_order: Sequence[str] = (),
            exempt: Iterable[str] = ()) -> Table:
    pairs = [(NOT_RECORDED if r is None else r, NOT_RECORDED if c is None else c) for r, c in pairs]
    rs = {r for r, _ in pairs}
    cs = {c for _, c in pairs}
    rows = [r for r in row_order if r in rs] + sorted(rs - set(row_order))
    cols = [c for c in col_order if c in cs] + sorted(cs - set(col_order))
    counts = Counter(pairs)
    values = {(r, c): counts.get((r, c), 0) for r in rows for c in cols}
    return Table(id_, en, sr, rows, cols, values, exempt=frozenset(exempt))


def multi_count(id_: str, en: str, sr: str, counts: dict[str, int]) -> Table:
    rows = list(counts)
    return Table(id_, en, sr, rows, [COUNT], {(r, COUNT): counts[r] for r in rows}, additive=False)


AGE4 = ("AGE_0_17", "AGE_18_25", "AGE_26_64", "AGE_65_PLUS")


def build_tables(data: MonthData, victims: Sequence[Row]) -> list[Table]:
    s = data.sheets
    sup = (SUPPRESSED,)
    case_mun: dict[str, str] = {}
    for v in victims:
        if v["municipality"] != SUPPRESSED or v["case_code"] not in case_mun:
            case_mun[v["case_code"]] = v["municipality"]
    new_cases = sorted(data.new_case_codes)
    cases = {c["case_code"]: c for c in s["cases"]}
    incidents = s["incidents"]
    plan_status: Counter[str] = Counter()
    for p in s["plans"]:
        for key, status in (("measures_done_on_time", "DONE_ON_TIME"),
                            ("measures_done_late", "DONE_LATE"), ("measures_not_done", "NOT_DONE"),
                            ("measures_open", "PLANNED"), ("measures_dropped", "DROPPED")):
            plan_status[status] += p[key]
    proceedings = s["criminal_proceedings"]
    tables = [
        one_way("T01_NEW_CASES_BY_MUNICIPALITY", "New cases opened in the period, by municipality",
                "Novi slučajevi po opštini", (case_mun.get(c, "UNKNOWN") for c in new_cases),
                exempt=sup),
        two_way("T02_VICTIMS_SEX_AGE", "Victims in active cases by sex and age band",
                "Žrtve po polu i starosti", ((v["sex"], v["age_band"]) for v in victims),
                ("FEMALE", "MALE", "UNKNOWN"), exempt=sup),
        one_way("T03_INCIDENTS_MAIN_TYPE", "Incidents by main (GBVIMS) type",
                "Događaji po osnovnom tipu", (i["gbvims_main_type"] for i in incidents)),
        multi_count("T03B_INCIDENTS_FORM", "Incidents with each form of violence (one incident "
                    "may count in several rows)", "Događaji po obliku nasilja",
                    {f: sum(1 for i in incidents if i[f] == "YES") for f in
                     ("form_physical", "form_sexual", "form_psychological", "form_economic",
                      "form_neglect")}),
        one_way("T04_VICTIMS_RELATIONSHIP", "Victims by relationship group",
                "Žrtve po grupi odnosa", (v["relationship_group"] for v in victims), exempt=sup),
        two_way("T05_PERPETRATORS_SEX_AGE", "Perpetrators in active cases by sex and age band",
                "Učinioci po polu i starosti",
                ((sex, age_group(age) if age is not None else "UNKNOWN")
                 for sex, age in data.perpetrators), ("FEMALE", "MALE", "UNKNOWN"),
                (*AGE4, "UNKNOWN")),
        one_way("T06_INCIDENTS_CHILDREN_PRESENT", "Incidents with children present",
                "Događaji sa prisutnom decom", (i["children_present"] for i in incidents),
                ("YES", "NO", "UNKNOWN")),
        one_way("T07_REPORTS_BY_REPORTER", "Reports received, by who reported",
                "Prijave po podnosiocu", (r["reporter_type"] for r in s["reports"])),
        two_way("T08_NEW_CASES_PRIORITY_IN_TIME", "New cases by response priority and whether "
                "the first contact was within its deadline", "Novi slučajevi: prioritet i rok",
                ((cases[c]["response_priority"], cases[c]["first_contact_in_time"])
                 for c in new_cases if c in cases)),
        one_way("T09_RISK_LEVEL", "Risk assessments by level", "Procene rizika po nivou",
                (r["level"] for r in s["risk_assessments"]), ("LOW", "MEDIUM", "HIGH")),
        one_way("T09B_IMMINENT_DANGER", "Risk assessments finding imminent danger",
                "Procene sa neposrednom opasnošću",
                (r["imminent_danger"] for r in s["risk_assessments"]), ("YES", "NO")),
        two_way("T10_URGENT_TYPE_DECISION", "Urgent measures by type and court decision",
                "Hitne mere po vrsti i odluci suda",
                ((u["measure_type"], u["court_decision"]) for u in s["urgent_measures"])),
        two_way("T11_MEETINGS_VICTIM_PRESENT", "Meetings by type and victim participation",
                "Sastanci po vrsti i učešću žrtve",
                ((m["meeting_type"], m["victim_present"]) for m in s["meetings"]),
                col_order=("YES", "NO")),
        one_way("T12_PLAN_MEASURES_STATUS", "Measures of the plans drawn up in the period, by "
                "status", "Mere planova po statusu",
                (st for st, n in plan_status.items() for _ in range(n)),
                ("PLANNED", "DONE_ON_TIME", "DONE_LATE", "NOT_DONE", "DROPPED")),
        two_way("T13_PROTECTION_PLAINTIFF_OUTCOME", "Family-law protection measures by "
                "plaintiff and outcome", "Mere zaštite po tužiocu i ishodu",
                ((p["plaintiff"], p["outcome"]) for p in s["protection_measures"])),
        one_way("T14_PROSECUTOR_DECISIONS", "Prosecutor's decisions made in the period",
                "Odluke tužilaštva u periodu",
                (p["prosecutor_decision"] for p in proceedings
                 if p["decision_in_period"] == "YES")),
        one_way("T14B_VERDICTS", "Court outcomes in the period", "Presude u periodu",
                (p["verdict"] for p in proceedings if p["verdict_in_period"] == "YES")),
        two_way("T15_SERVICES_TYPE_STATUS", "Services started by type and status",
                "Usluge po vrsti i statusu",
                ((v["service_type"], v["status"]) for v in s["services"])),
        two_way("T16_REFERRALS", "Referrals by institution type and direction",
                "Upućivanja po instituciji i smeru",
                ((r["institution_type"], r["direction"]) for r in s["referrals"]),
                col_order=("RECEIVED_FROM", "SENT_TO")),
        one_way("T18_CLOSURES_REASON", "Cases closed, by reason", "Zatvoreni slučajevi po razlogu",
                (c["reason"] for c in s["closures"])),
        one_way("T19_FEEDBACK_FEELS_SAFER", "Feedback: feels safer than before contact",
                "Povratna informacija: osećaj bezbednosti",
                (f["feels_safer"] for f in data.feedback), ("MORE", "SAME", "LESS", "DONT_KNOW")),
        one_way("T19B_FEEDBACK_INFORMED", "Feedback: was informed of rights",
                "Povratna informacija: informisana o pravima",
                (f["informed_of_rights"] for f in data.feedback), ("YES", "NO", "UNKNOWN")),
    ]
    tables += coordination_tables(data)
    for t in tables:
        if t.about_people:
            protect(t)
    return tables


def coordination_tables(data: MonthData) -> list[Table]:
    """The coordination mechanisms' month (T20–T23): meetings held by mechanism kind and type,
    the institutions present (a meeting counts once for each), decisions due, done and overdue
    at the month's end, regular meetings missed (calendar slots that ended without one)."""
    c = data.coordination
    if c is None:
        return []
    tables = [
        two_way("T20_MECHANISM_MEETINGS", "Coordination mechanism meetings held, by kind of "
                "mechanism and type of meeting", "Sastanci mehanizama koordinacije po vrsti",
                c.meetings, col_order=("REGULAR", "EXTRAORDINARY", "CASE_RELATED")),
        multi_count("T21_MECHANISM_ATTENDANCE", "Mechanism meetings attended, by institution "
                    "(one meeting counts for each institution present)",
                    "Prisustvo sastancima mehanizama po instituciji", dict(c.attendance)),
        multi_count("T22_MECHANISM_DECISIONS", "Mechanism decisions: due in the period, done in "
                    "the period, overdue at its end", "Odluke mehanizama: rok, izvršene, kasne",
                    {k: c.decisions[k] for k in ("DUE", "DONE", "OVERDUE_AT_END")}),
        multi_count("T23_MECHANISM_MISSED_MEETINGS", "Regular mechanism meetings missed "
                    "(calendar periods that ended in the period without one), by kind",
                    "Propušteni redovni sastanci mehanizama", dict(c.missed)),
    ]
    for t in tables:
        t.about_people = False
    return [t for t in tables if t.values]


def table_rows(tables: Sequence[Table]) -> list[Row]:
    """The long-format `aggregates` sheet."""
    out: list[Row] = []
    for t in tables:
        cells = t.all_cells()
        order: list[Cell] = []
        rows = [*t.rows, TOTAL] if t.additive else t.rows
        cols = [*t.cols, TOTAL] if (t.additive and t.two_way) else t.cols
        for r in rows:
            for c in cols:
                if (r, c) in cells:
                    order.append((r, c))
        for cell in order:
            hidden = cell in t.suppressed
            out.append({"table": t.id, "row": cell[0], "column": cell[1],
                        "count": None if hidden else cells[cell],
                        "status": SUPPRESSED if hidden else "VALUE"})
    return out


def suppression_summary(tables: Sequence[Table]) -> dict[str, Any]:
    primary = sum(len(t.primary) for t in tables)
    total = sum(len(t.suppressed) for t in tables)
    return {"tables": len(tables), "cells": sum(len(t.all_cells()) for t in tables),
            "primary": primary, "secondary": total - primary}
