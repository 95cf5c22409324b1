"""Finding cases the way staff type: any script, with or without diacritics, "dj" or "d" for đ;
by JMBG and file number; with filters, sorting and paging done by the database."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from evidencija.db.register import Register
from evidencija.services import cases, people, search
from evidencija.services.dto import CaseQuery, PersonData


def found(register: Register, text: str = "", **filters: object) -> set[str]:
    query = CaseQuery(text=text, **filters)  # type: ignore[arg-type]
    rows = search.search_cases(register, query, 0, 100)
    assert search.count_cases(register, query) == len(rows)
    return {r.file_number for r in rows}


@pytest.fixture
def djordjevic(register: Register, make) -> str:
    case = make.case(file_number="551-17/2025")
    make.victim_in(case.id, "Dragana", "Đorđević", born=date(1979, 11, 3))
    other = make.case(file_number="551-18/2025")
    make.victim_in(other.id, "Jelena", "Petrović")
    return case.file_number


@pytest.mark.parametrize("typed", [
    "Đorđević", "djordjevic", "dordevic", "DJORDJEVIC", "Ђорђевић", "đorđ", "dragana djordj",
    "Драгана",
])
def test_name_in_any_spelling(register: Register, djordjevic: str, typed: str) -> None:
    assert found(register, typed) == {djordjevic}


def test_name_entered_in_cyrillic_found_in_latin(register: Register, make) -> None:
    case = make.case()
    make.victim_in(case.id, "Ђурђа", "Шаћировић")
    assert found(register, "djurdja sacirovic") == {case.file_number}
    assert found(register, "Šaćirović") == {case.file_number}


def test_every_word_must_match(register: Register, djordjevic: str) -> None:
    assert found(register, "dragana petrovic") == set()
    assert found(register, "petrovic jelena") == {"551-18/2025"}


def test_by_jmbg_and_file_number(register: Register, make) -> None:
    case = make.case(file_number="551-0042/2025")
    person = make.person("Ana", "Nikolić", born=date(1990, 5, 17))
    people.add_participant(register, case.id, person.id, "VICTIM")
    make.case(file_number="551-0043/2025")
    assert person.jmbg is not None
    assert found(register, person.jmbg) == {case.file_number}
    assert found(register, person.jmbg[:7]) == {case.file_number}
    assert found(register, "551-0042/2025") == {case.file_number}
    assert found(register, "0042") == {case.file_number}


def test_wildcards_typed_are_literal(register: Register, djordjevic: str) -> None:
    assert found(register, "%") == set()
    assert found(register, "_") == set()
    assert found(register, "") == {djordjevic, "551-18/2025"}


def test_search_text_follows_every_change(register: Register, make) -> None:
    case = make.case(file_number="551-1/2025")
    victim = make.person("Marija", "Lazić", born=date(1991, 2, 3))
    part = people.add_participant(register, case.id, victim.id, "VICTIM")
    assert found(register, "lazic") == {"551-1/2025"}

    fields = {f.name: getattr(victim, f.name) for f in dataclasses.fields(PersonData)}
    people.update_person(register, victim.id, PersonData(**{**fields, "last_name": "Kovač"}))
    assert found(register, "lazic") == set()
    assert found(register, "kovac") == {"551-1/2025"}

    info = cases.get_case(register, case.id)
    cases.update_case(register, case.id, dataclasses.replace(info, file_number="551-99/2025"))
    assert found(register, "551-99") == {"551-99/2025"}
    assert found(register, "551-1/") == set()

    people.remove_participant(register, part.id)
    assert found(register, "kovac") == set()


@pytest.fixture
def several(register: Register, make, staff: dict[str, str]) -> None:
    specs = [
        ("551-01/2025", date(2025, 1, 10), "IMMEDIATE_24H", "marko"),
        ("551-02/2025", date(2025, 1, 20), "REGULAR_7D", "jovana"),
        ("551-03/2025", date(2025, 2, 5), "URGENT_3D", "marko"),
        ("551-04/2025", date(2025, 2, 25), "REGULAR_7D", None),
        ("551-05/2025", date(2025, 3, 1), "IMMEDIATE_24H", "jovana"),
        ("551-06/2025", date(2025, 3, 2), None, "marko"),
        ("551-07/2025", date(2025, 3, 3), "URGENT_3D", "jovana"),
    ]
    for number, opened, priority, manager in specs:
        case = make.case(file_number=number, opened_on=opened, response_priority=priority,
                         case_manager_id=staff[manager] if manager else None)
        make.victim_in(case.id, "Ana", f"Ilić {number[-7:-5]}", with_jmbg=False)
        if number == "551-03/2025":
            cases.update_case(register, case.id, dataclasses.replace(case,
                                                                     status="UNDER_GKS_REVIEW"))


def test_filters(register: Register, several: None, staff: dict[str, str]) -> None:
    assert found(register, statuses=("UNDER_GKS_REVIEW",)) == {"551-03/2025"}
    assert found(register, case_manager_id=staff["marko"]) == {
        "551-01/2025", "551-03/2025", "551-06/2025"}
    assert found(register, priorities=("IMMEDIATE_24H",)) == {"551-01/2025", "551-05/2025"}
    assert found(register, opened_from=date(2025, 2, 5), opened_to=date(2025, 3, 1)) == {
        "551-03/2025", "551-04/2025", "551-05/2025"}
    assert found(register, "ilic", case_manager_id=staff["jovana"],
                 opened_from=date(2025, 3, 1)) == {"551-05/2025", "551-07/2025"}


def test_sorting_and_paging(register: Register, several: None) -> None:
    by_date = CaseQuery(sort="opened_on", descending=False)
    pages = [search.search_cases(register, by_date, offset, 3) for offset in (0, 3, 6)]
    numbers = [r.file_number for page in pages for r in page]
    assert numbers == [f"551-0{n}/2025" for n in range(1, 8)]
    assert [len(p) for p in pages] == [3, 3, 1]
    newest = search.search_cases(register, CaseQuery(), 0, 2)
    assert [r.file_number for r in newest] == ["551-07/2025", "551-06/2025"]

    urgent_first = search.search_cases(register, CaseQuery(sort="response_priority",
                                                           descending=False), 0, 7)
    assert [r.response_priority for r in urgent_first] == [
        "IMMEDIATE_24H", "IMMEDIATE_24H", "URGENT_3D", "URGENT_3D", "REGULAR_7D", "REGULAR_7D",
        None]
    by_manager = search.search_cases(register, CaseQuery(sort="case_manager", descending=False),
                                     0, 7)
    names = [r.case_manager_name for r in by_manager]
    assert names == [None, "Jovana Jovanović", "Jovana Jovanović", "Jovana Jovanović",
                     "Marko Marković", "Marko Marković", "Marko Marković"]
    assert search.count_cases(register, CaseQuery()) == 7


def test_rows_carry_what_the_list_shows(register: Register, make, staff: dict[str, str]) -> None:
    case = make.case(case_manager_id=staff["marko"])
    make.victim_in(case.id, "Jelena", "Petrović")
    make.victim_in(case.id, "Mila", "Antić", with_jmbg=False)
    (row,) = search.search_cases(register, CaseQuery(), 0, 10)
    assert row.id == case.id
    assert row.victims == "Mila Antić, Jelena Petrović"
    assert row.case_manager_name == "Marko Marković"
    assert row.opened_on == case.opened_on


def test_bad_sort_or_page_is_refused(register: Register) -> None:
    from evidencija.errors import InvalidInput

    with pytest.raises(InvalidInput):
        search.search_cases(register, CaseQuery(sort="search_text"), 0, 10)
    with pytest.raises(InvalidInput):
        search.search_cases(register, CaseQuery(), 0, 0)
