"""Finding cases: by name in any script or spelling, JMBG or file number, with filters, sorting
and paging done in SQL so the case list stays fast at 100,000 cases.

Each case carries `search_text`: the folded spellings (`translit.search_terms`) of every
participant's name, their JMBGs and the file number. A query is folded the same way and each of
its words must occur in it (`LIKE '%word%'`), so "djordjevic", "dordevic", "Ђорђевић" and
"Đorđević" all find Đorđević. The services rebuild `search_text` whenever a participant, a name,
a JMBG or the file number changes (`refresh_search_text`).

Words of three characters or more are looked up in the trigram index of `search_text`
(`case_search`, FTS5, migration 0005): a phrase query there matches exactly the texts that
contain the word as a substring — the same cases `LIKE '%word%'` finds — but through the
trigrams they share, so the work grows with the hits, not with the register. A word of one or
two characters has no trigram: it narrows the hits with LIKE, and alone (a query of one or
two letters, typed on the way to a longer one) it scans as before. SQLite would rather walk the
sort column's index and stop after one page, which is fast when most cases match and up to ten times slower when
few do, because every case is then looked up row by row; so a filtered page is sorted from the
hits instead. A complete JMBG is also looked up through the index on `persons.jmbg`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, case, column, func, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from ..db.models import Case, Participant, Person, User
from ..db.register import Register
from ..errors import InvalidInput
from ..translit import fold, search_terms
from .access import reader
from .dto import CaseQuery, CaseRow

# Response priority in order of urgency (its codes do not sort that way alphabetically).
_PRIORITY_RANK = case(
    (Case.response_priority == "IMMEDIATE_24H", 0),
    (Case.response_priority == "URGENT_3D", 1),
    (Case.response_priority == "REGULAR_7D", 2),
    else_=3,
)

# Sort keys with an index of their own, down which SQLite would walk in sort order.
INDEXED_SORTS = ("file_number", "opened_on", "status")
SORT_KEYS: dict[str, Any] = {
    "file_number": Case.file_number,
    "opened_on": Case.opened_on,
    "status": Case.status,
    "response_priority": _PRIORITY_RANK,
    "case_manager": User.display_name,
    "updated_at": Case.updated_at,
}

MAX_PAGE = 1000


def compose_search_text(file_number: str, people: Iterable[tuple[str, str, str | None]]) -> str:
    """The folded search text of a case from its file number and its people's
    (first name, last name, JMBG)."""
    parts = [search_terms(file_number)]
    for first, last, jmbg in sorted(set(people), key=lambda p: (p[1], p[0], p[2] or "")):
        parts.append(search_terms(f"{first} {last}"))
        if jmbg:
            parts.append(jmbg)
    return " | ".join(p for p in parts if p)


def refresh_search_text(session: Session, case_ids: Iterable[str]) -> None:
    """Recompute `search_text` of the given cases from their current participants."""
    ids = set(case_ids)
    if not ids:
        return
    people: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    rows = session.execute(
        select(Participant.case_id, Person.first_name, Person.last_name, Person.jmbg)
        .join(Person, Participant.person_id == Person.id)
        .where(Participant.case_id.in_(ids))
    )
    for case_id, first, last, jmbg in rows:
        people[case_id].append((first, last, jmbg))
    for c in session.scalars(select(Case).where(Case.id.in_(ids))):
        text = compose_search_text(c.file_number, people[c.id])
        if c.search_text != text:
            c.search_text = text


def _like_escaped(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# The trigram index (migration 0005_search_index): its rowids are the stable keys of the cases.
_SEARCH_KEYS = table("case_search_keys", column("id"), column("case_id"))
TRIGRAM = 3


def _in_index(words: list[str]) -> ColumnElement[bool]:
    """The cases whose search text contains every word (each ≥ 3 characters) as a substring."""
    phrases = " AND ".join('"' + word.replace('"', '""') + '"' for word in words)
    hits = text("SELECT rowid FROM case_search WHERE case_search MATCH :phrases").bindparams(phrases=phrases)
    keys = select(_SEARCH_KEYS.c.case_id).where(_SEARCH_KEYS.c.id.in_(hits.columns(column("rowid"))))
    return Case.id.in_(keys)


def _conditions(query: CaseQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    words = fold(query.text).split()
    indexed = [word for word in words if len(word) >= TRIGRAM]
    if indexed:
        where.append(_in_index(indexed))
    for word in words:
        if len(word) < TRIGRAM:
            where.append(Case.search_text.like(_like_escaped(word), escape="\\"))
        if len(word) == 13 and word.isdigit():
            with_jmbg = (select(Participant.case_id).join(Person)
                         .where(Person.jmbg == word).scalar_subquery())
            where.append(Case.id.in_(with_jmbg))
    if query.statuses:
        where.append(Case.status.in_(query.statuses))
    if query.case_manager_id is not None:
        where.append(Case.case_manager_id == query.case_manager_id)
    if query.priorities:
        where.append(Case.response_priority.in_(query.priorities))
    if query.opened_from is not None:
        where.append(Case.opened_on >= query.opened_from)
    if query.opened_to is not None:
        where.append(Case.opened_on <= query.opened_to)
    return where


def count_cases(register: Register, query: CaseQuery) -> int:
    """How many cases match `query` (for the list's row count)."""
    reader(register)
    with register.session() as session:
        count = select(func.count()).select_from(Case).where(*_conditions(query))
        return session.scalar(count) or 0


def search_cases(register: Register, query: CaseQuery, offset: int = 0,
                 limit: int = 100) -> list[CaseRow]:
    """One page of the cases matching `query`, sorted by `query.sort` (a key of `SORT_KEYS`)."""
    reader(register)
    if query.sort not in SORT_KEYS:
        raise InvalidInput(detail=f"sort {query.sort}")
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise InvalidInput(detail=f"page {offset}+{limit}")
    with register.session() as session:
        ids = _page_ids(session, query, offset, limit)
        # The columns for the page only: the sort above touched one column per case, not every
        # participant of every case.
        return _rows(session, ids)


def _ordered(stmt: Any, query: CaseQuery, *, scan: bool = False) -> Any:
    column = SORT_KEYS[query.sort]
    if scan:
        # SQLite's unary "+" keeps it from sorting by walking the column's index.
        column = UnaryExpression(column.expression, operator=custom_op("+"), type_=column.type)
    if query.descending:
        return stmt.order_by(column.desc(), Case.id.desc())
    return stmt.order_by(column.asc(), Case.id.asc())


def _page_ids(session: Session, query: CaseQuery, offset: int, limit: int) -> list[str]:
    where = _conditions(query)
    page = select(Case.id).where(*where)
    if query.sort == "case_manager":
        page = page.outerjoin(User, Case.case_manager_id == User.id)
    # Unfiltered, the sort index gives the page at once; filtered, one scan is steadier.
    scan = bool(where) and query.sort in INDEXED_SORTS
    return list(session.scalars(_ordered(page, query, scan=scan).offset(offset).limit(limit)))


def _rows(session: Session, ids: list[str]) -> list[CaseRow]:
    if not ids:
        return []
    victims: dict[str, list[str]] = defaultdict(list)
    for case_id, first, last in session.execute(
        select(Participant.case_id, Person.first_name, Person.last_name)
        .join(Person, Participant.person_id == Person.id)
        .where(Participant.case_id.in_(ids), Participant.role == "VICTIM")
        .order_by(Person.last_name, Person.first_name)
    ):
        victims[case_id].append(f"{first} {last}")
    found = {
        r.id: r
        for r in session.execute(
            select(Case.id, Case.file_number, Case.opened_on, Case.status,
                   Case.response_priority, Case.case_manager_id, User.display_name,
                   Case.updated_at)
            .outerjoin(User, Case.case_manager_id == User.id)
            .where(Case.id.in_(ids))
        )
    }
    return [
        CaseRow(id=r.id, file_number=r.file_number, opened_on=r.opened_on, status=r.status,
                response_priority=r.response_priority, case_manager_id=r.case_manager_id,
                case_manager_name=r.display_name, victims=", ".join(victims[r.id]),
                updated_at=r.updated_at)
        for r in (found[i] for i in ids if i in found)
    ]
