"""Generalisation and the k-anonymity gate over the victims' quasi-identifiers.

The unit is a victim in a case. Its quasi-identifiers (QIs) are municipality, opened period, sex,
age band and relationship group. Because pseudonymous codes are stable, rows that share a person
code or a case code can be linked; the gate therefore groups *linked components* (persons and
cases joined by their rows) and compares their QI profiles (which QI tuples each link carries),
not single rows. For a component with one person and one case this is ordinary k-anonymity on
the row's QI tuple.

Two checks must both hold (docs/export-format.md §5):

* month: in this export alone, every profile is shared by ≥ k components;
* 12-month union: adding this export's rows to the rows *actually released* by the previous 11
  months' exports (kept in the register, see `history.py`) creates no profile shared by fewer
  than k components. Groups that were already small before this export and that this export does
  not touch cannot be repaired by it; they are counted as RESIDUAL in the record.

Where a check fails the gate first recodes globally along a fixed ladder (rare municipalities →
OTHER, month → quarter → year → not released (ANY), then 6 → 3 relationship groups with
4 → 3 age bands, then 2 groups and 2 bands, then the municipality withheld) and only then
suppresses locally; it takes the first level whose local suppression
stays within MAX_SUPPRESSED_SHARE, or else the level that suppresses least.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..db.codes import age_group
from .period import code_period
from .rows import VictimRecord
from .schema import SUPPRESSED

MAX_SUPPRESSED_SHARE = 0.05
DEFAULT_K = 5
MIN_K = 3

QI = tuple[str, str, str, str, str]  # municipality, opened_period, sex, age_band, rel_group


@dataclass(frozen=True)
class Level:
    number: int
    rare_municipalities: bool  # municipalities with < k persons → OTHER_MUNICIPALITY
    period: str  # MONTH / QUARTER / YEAR
    relationship: str  # G6 / G3 / G2
    age: str  # A4 / A3 / A2
    municipality_withheld: bool = False  # every municipality → ANY

    def describe(self) -> str:
        mun = ("withheld (ANY)" if self.municipality_withheld else
               "rare→OTHER_MUNICIPALITY" if self.rare_municipalities else "as recorded")
        return (f"level {self.number}: municipality {mun}, "
                f"period {self.period}, relationship {self.relationship}, age {self.age}")


LEVELS: tuple[Level, ...] = (
    Level(0, False, "MONTH", "G6", "A4"),
    Level(1, True, "MONTH", "G6", "A4"),
    Level(2, True, "QUARTER", "G6", "A4"),
    Level(3, True, "YEAR", "G6", "A4"),
    Level(4, True, "ANY", "G6", "A4"),
    Level(5, True, "ANY", "G3", "A3"),
    Level(6, True, "ANY", "G2", "A2"),
    Level(7, True, "ANY", "G2", "A2", municipality_withheld=True),
)

REL_G3 = {"PARTNER": "INTIMATE_PARTNER", "FORMER_PARTNER": "INTIMATE_PARTNER",
          "PARENT_TO_CHILD": "PARENT_CHILD", "CHILD_TO_PARENT": "PARENT_CHILD",
          "OTHER_FAMILY": "OTHER_OR_UNKNOWN", "UNKNOWN": "OTHER_OR_UNKNOWN"}
REL_G2 = {"PARTNER": "INTIMATE_PARTNER", "FORMER_PARTNER": "INTIMATE_PARTNER",
          "PARENT_TO_CHILD": "FAMILY_OR_UNKNOWN", "CHILD_TO_PARENT": "FAMILY_OR_UNKNOWN",
          "OTHER_FAMILY": "FAMILY_OR_UNKNOWN", "UNKNOWN": "FAMILY_OR_UNKNOWN"}


def code_age(age: int | None, coding: str) -> str:
    if age is None:
        return "UNKNOWN"
    if coding == "A4":
        return age_group(age)
    if age <= 17:
        return "AGE_0_17"
    if coding == "A3":
        return "AGE_18_64" if age <= 64 else "AGE_65_PLUS"
    return "AGE_18_PLUS"


def code_relationship(group: str, coding: str) -> str:
    if coding == "G6":
        return group
    return (REL_G3 if coding == "G3" else REL_G2).get(group, "UNKNOWN")


def rare_municipalities(records: Sequence[VictimRecord], k: int) -> set[str]:
    persons: dict[str, set[str]] = defaultdict(set)
    for r in records:
        persons[r.municipality].add(r.person_code)
    return {m for m, ps in persons.items() if len(ps) < k and m != "UNKNOWN"}


def qi_tuple(r: VictimRecord, level: Level, rare: set[str]) -> QI:
    if level.municipality_withheld:
        municipality = "ANY"
    elif level.rare_municipalities and r.municipality in rare:
        municipality = "OTHER_MUNICIPALITY"
    else:
        municipality = r.municipality
    return (municipality, code_period(r.opened_on, level.period), r.sex,
            code_age(r.age, level.age), code_relationship(r.relationship_group, level.relationship))


# ------------------------------------------------------------------------------ components
Edge = tuple[str, str]  # (person_code, case_code)


def components(edges: Iterable[Edge]) -> dict[Edge, int]:
    """Connected components of the person–case graph: edge → component id."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edge_list = list(edges)
    # Most edges are a person in one case who is in no other, with no one else in that case:
    # a component of their own, numbered without the union-find.
    persons = Counter(person for person, _ in edge_list)
    cases = Counter(case for _, case in edge_list)
    alone = [persons[person] == 1 and cases[case] == 1 for person, case in edge_list]
    for (person, case), single in zip(edge_list, alone, strict=True):
        if single:
            continue
        a, b = "p:" + person, "c:" + case
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    roots: dict[str, int] = {}
    numbered: dict[Edge, int] = {}
    for edge, single in zip(edge_list, alone, strict=True):
        key = "e:" + edge[0] + "\x00" + edge[1] if single else find("p:" + edge[0])
        numbered[edge] = roots.setdefault(key, len(roots))
    return numbered


def profiles(labelled: dict[Edge, frozenset[QI]]) -> tuple[dict[Edge, int], dict[int, tuple]]:
    """Component of each edge and the QI profile of each component.

    The profile is an invariant of the labelled person–case graph: for every person the sorted
    labels of its links, for every case the same, both sorted. It is exact for components of up
    to two persons or two cases (nearly all) and never merges components an intruder could tell
    apart by the labels of single persons or cases.
    """
    comp = components(labelled)
    edges_in = Counter(comp.values())
    profile_of: dict[int, tuple] = {}
    by_person: dict[tuple[int, str], list[tuple]] = defaultdict(list)
    by_case: dict[tuple[int, str], list[tuple]] = defaultdict(list)
    for edge, label in labelled.items():
        lab = tuple(label) if len(label) == 1 else tuple(sorted(label))
        c = comp[edge]
        if edges_in[c] == 1:  # one person in one case (most): its profile directly
            single = ((lab,),)
            profile_of[c] = (single, single)
            continue
        person, case = edge
        by_person[(c, person)].append(lab)
        by_case[(c, case)].append(lab)
    people: dict[int, list[tuple]] = defaultdict(list)
    cases: dict[int, list[tuple]] = defaultdict(list)
    for (c, _), labs in by_person.items():
        people[c].append(tuple(sorted(labs)))
    for (c, _), labs in by_case.items():
        cases[c].append(tuple(sorted(labs)))
    for c in people:
        profile_of[c] = (tuple(sorted(people[c])), tuple(sorted(cases[c])))
    return comp, profile_of


def group_sizes(profile_of: dict[int, tuple]) -> Counter[tuple]:
    return Counter(profile_of.values())


# ------------------------------------------------------------------------------ the gate
@dataclass(frozen=True)
class Released:
    """A row as released by an earlier export: codes and the QI tuple as written then."""

    person_code: str
    case_code: str
    qi: QI


@dataclass
class Step:
    stage: str
    detail: str
    records: int


@dataclass
class GateResult:
    k: int
    level: Level
    tuples: list[QI]                       # per input record, at the chosen level
    suppressed: set[int]                   # indexes of records whose QIs are suppressed
    steps: list[Step] = field(default_factory=list)
    smallest_month_group: int | None = None
    smallest_union_group: int | None = None
    residual_union_groups: int = 0
    generalised: int = 0                   # records whose tuple differs from the level-0 tuple

    @property
    def records(self) -> int:
        return len(self.tuples)

    @property
    def suppressed_share(self) -> float:
        return len(self.suppressed) / self.records if self.records else 0.0

    def released(self, records: Sequence[VictimRecord]) -> list[Released]:
        return [Released(r.person_code, r.case_code, self.tuples[i])
                for i, r in enumerate(records) if i not in self.suppressed]


@dataclass
class _Attempt:
    level: Level
    tuples: list[QI]
    suppressed: set[int]
    month_min: int | None
    union_min: int | None
    residual: int
    month_suppressed: int
    union_suppressed: int
    complete: bool = True


def _month_check(records: Sequence[VictimRecord], tuples: list[QI], suppressed: set[int],
                 k: int) -> set[int]:
    """Indexes to suppress so that every month-only profile group has ≥ k components."""
    labelled: dict[Edge, frozenset[QI]] = {}
    index_of: dict[Edge, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if i in suppressed:
            continue
        edge = (r.person_code, r.case_code)
        labelled[edge] = labelled.get(edge, frozenset()) | {tuples[i]}
        index_of[edge].append(i)
    comp, profile_of = profiles(labelled)
    sizes = group_sizes(profile_of)
    small = {c for c, p in profile_of.items() if sizes[p] < k}
    return {i for edge, c in comp.items() if c in small for i in index_of[edge]}


def _month_min(records: Sequence[VictimRecord], tuples: list[QI],
               suppressed: set[int]) -> int | None:
    labelled: dict[Edge, frozenset[QI]] = {}
    for i, r in enumerate(records):
        if i not in suppressed:
            edge = (r.person_code, r.case_code)
            labelled[edge] = labelled.get(edge, frozenset()) | {tuples[i]}
    if not labelled:
        return None
    _, profile_of = profiles(labelled)
    return min(group_sizes(profile_of).values())


@dataclass
class _Past:
    """What the previous 11 months released, prepared once for every level tried."""

    labels: dict[Edge, frozenset[QI]]
    members: dict[tuple, set[int]]   # before-profile → before-components
    sizes: Counter[tuple]
    first_edge: dict[int, Edge]      # before-component → one of its edges

    @classmethod
    def of(cls, past: Sequence[Released]) -> _Past:
        labels: dict[Edge, frozenset[QI]] = {}
        for row in past:
            edge = (row.person_code, row.case_code)
            labels[edge] = labels.get(edge, frozenset()) | {row.qi}
        comp, profile_of = profiles(labels) if labels else ({}, {})
        members: dict[tuple, set[int]] = defaultdict(set)
        for c, p in profile_of.items():
            members[p].add(c)
        first_edge: dict[int, Edge] = {}
        for edge, c in comp.items():
            first_edge.setdefault(c, edge)
        return cls(labels, members, group_sizes(profile_of), first_edge)


def _union_check(records: Sequence[VictimRecord], tuples: list[QI], suppressed: set[int],
                 past: _Past, k: int) -> tuple[set[int], int, int | None]:
    """(indexes to suppress, residual small groups, smallest group touched by this export)."""
    past_labels = past.labels
    edges = [(r.person_code, r.case_code) for r in records]
    is_fresh = [tuples[i] not in past_labels.get(edges[i], frozenset())
                for i in range(len(records))]
    to_suppress: set[int] = set()
    while True:
        active = [i for i in range(len(records)) if i not in suppressed and i not in to_suppress]
        labelled = dict(past_labels)
        for i in active:
            labelled[edges[i]] = labelled.get(edges[i], frozenset()) | {tuples[i]}
        if not labelled:
            return to_suppress, 0, None
        comp, profile_of = profiles(labelled)
        sizes = group_sizes(profile_of)
        fresh_by_comp: dict[int, set[int]] = defaultdict(set)
        for i in active:
            if is_fresh[i]:
                fresh_by_comp[comp[edges[i]]].add(i)
        touched = set(fresh_by_comp)
        members: dict[tuple, set[int]] = defaultdict(set)
        for c, p in profile_of.items():
            if sizes[p] < k:
                members[p].add(c)
        add: set[int] = set()
        residual = 0
        for p, cs in members.items():
            hit = cs & touched
            if hit:
                for c in hit:
                    add |= fresh_by_comp[c]
                continue
            # Untouched members: did the group shrink because touched components left it?
            left = {comp[past.first_edge[bc]] for bc in past.members.get(p, ())
                    if comp.get(past.first_edge[bc]) in touched}
            if left:
                for c in left:
                    add |= fresh_by_comp[c]
            elif past.sizes.get(p, 0) == len(cs):
                residual += 1
        if not add:
            touched_sizes = [sizes[profile_of[c]] for c in touched]
            return to_suppress, residual, min(touched_sizes) if touched_sizes else None
        to_suppress |= add


def _attempt(records: Sequence[VictimRecord], level: Level, past: _Past, k: int,
             give_up_above: int | None = None) -> _Attempt:
    """One level of the ladder. With `give_up_above`, stop as soon as the month check alone
    suppresses more than that (the level cannot be chosen; its count is then a lower bound)."""
    rare = rare_municipalities(records, k) if level.rare_municipalities else set()
    tuples = [qi_tuple(r, level, rare) for r in records]
    suppressed: set[int] = set()
    month_suppressed = union_suppressed = 0
    residual = 0
    union_min: int | None = None
    while True:
        extra = _month_check(records, tuples, suppressed, k)
        month_suppressed += len(extra)
        suppressed |= extra
        if give_up_above is not None and len(suppressed) > give_up_above:
            return _Attempt(level, tuples, suppressed, None, None, 0, month_suppressed, 0,
                            complete=False)
        extra, residual, union_min = _union_check(records, tuples, suppressed, past, k)
        union_suppressed += len(extra)
        suppressed |= extra
        if not extra:
            break
    return _Attempt(level, tuples, suppressed, _month_min(records, tuples, suppressed), union_min,
                    residual, month_suppressed, union_suppressed)


def run_gate(records: Sequence[VictimRecord], past: Sequence[Released], k: int,
             max_share: float = MAX_SUPPRESSED_SHARE) -> GateResult:
    """Choose the generalisation level and the local suppressions for this month's victims."""
    steps: list[Step] = []
    attempts: list[_Attempt] = []
    n = len(records)
    allowed = int(max_share * n)
    prepared = _Past.of(past)
    chosen: _Attempt | None = None
    for level in LEVELS:
        best = min((len(a.suppressed) for a in attempts if a.complete), default=None)
        limit = allowed if best is None else max(allowed, best)
        attempt = _attempt(records, level, prepared, k, give_up_above=limit)
        attempts.append(attempt)
        share = len(attempt.suppressed) / n if n else 0.0
        if not attempt.complete:
            steps.append(Step("LEVEL_TRIED", f"{level.describe()}: the month check alone "
                              f"suppresses {len(attempt.suppressed)} of {n} records "
                              f"({share:.1%}), more than allowed or than a level already "
                              "tried", len(attempt.suppressed)))
            continue
        steps.append(Step("LEVEL_TRIED", f"{level.describe()}: {len(attempt.suppressed)} of {n} "
                          f"records would need local suppression ({share:.1%}; month check "
                          f"{attempt.month_suppressed}, 12-month union check "
                          f"{attempt.union_suppressed})", len(attempt.suppressed)))
        if len(attempt.suppressed) <= allowed:
            chosen = attempt
            break
    if chosen is None:
        complete = [a for a in attempts if a.complete]
        if not complete:  # every level gave up early: finish the least bad one
            least = min(attempts, key=lambda a: (len(a.suppressed), a.level.number))
            complete = [_attempt(records, least.level, prepared, k)]
        chosen = min(complete, key=lambda a: (len(a.suppressed), a.level.number))
        steps.append(Step("LEVEL_CHOSEN", f"no level keeps suppression within {max_share:.0%}; "
                          f"{chosen.level.describe()} suppresses least", len(chosen.suppressed)))
    else:
        steps.append(Step("LEVEL_CHOSEN", f"{chosen.level.describe()} (first level within "
                          f"{max_share:.0%} suppression)", len(chosen.suppressed)))
    base = [qi_tuple(r, LEVELS[0], set()) for r in records]
    generalised = sum(1 for i in range(n) if i not in chosen.suppressed
                      and chosen.tuples[i] != base[i])
    if chosen.level.number > 0:
        steps.append(Step("RECODE", f"{generalised} of {n} records carry coarser codes than "
                          "level 0", generalised))
    steps.append(Step("MONTH_CHECK", f"month: {chosen.month_suppressed} records suppressed; "
                      f"smallest group {chosen.month_min}", chosen.month_suppressed))
    steps.append(Step("UNION_CHECK", f"12-month union ({len(past)} released rows of the previous "
                      f"11 months): {chosen.union_suppressed} more records suppressed; smallest "
                      f"group touched by this export {chosen.union_min}", chosen.union_suppressed))
    if chosen.suppressed:
        steps.append(Step("SUPPRESS", f"QIs of {len(chosen.suppressed)} of {n} records "
                          f"({len(chosen.suppressed) / n:.1%}) written as {SUPPRESSED}; their "
                          "person code is left empty", len(chosen.suppressed)))
    if chosen.residual:
        steps.append(Step("RESIDUAL", f"{chosen.residual} profile groups of the 12-month union "
                          "were already below k before this export and are not touched by it",
                          chosen.residual))
    return GateResult(k=k, level=chosen.level, tuples=chosen.tuples, suppressed=chosen.suppressed,
                      steps=steps, smallest_month_group=chosen.month_min,
                      smallest_union_group=chosen.union_min, residual_union_groups=chosen.residual,
                      generalised=generalised)


def clamp_k(raw: str | int | None) -> tuple[int, str | None]:
    """k from the register setting: default 5, never below 3. Returns (k, note)."""
    if raw is None:
        return DEFAULT_K, None
    try:
        k = int(raw)
    except (TypeError, ValueError):
        return DEFAULT_K, f"setting export_k={raw!r} is not a number; using {DEFAULT_K}"
    if k < MIN_K:
        return MIN_K, f"setting export_k={k} is below the minimum; using {MIN_K}"
    return k, None
