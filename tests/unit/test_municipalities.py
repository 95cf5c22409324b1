"""Tests for the municipality seed data (evidencija.db.municipalities)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from evidencija.db.codes import code_list
from evidencija.db.municipalities import MUNICIPALITIES, Municipality, municipality
from evidencija.translit import fold

SERBIA = [m for m in MUNICIPALITIES if m.jurisdiction == "RS"]
KOSOVO = [m for m in MUNICIPALITIES if m.jurisdiction == "XK"]


def test_codes_unique() -> None:
    codes = [m.code for m in MUNICIPALITIES]
    assert len(codes) == len(set(codes))
    rzs = [m.rzs_code for m in MUNICIPALITIES if m.rzs_code is not None]
    assert len(rzs) == len(set(rzs))


def test_code_format() -> None:
    for m in MUNICIPALITIES:
        assert m.jurisdiction in code_list("jurisdiction")
        if m.jurisdiction == "RS":
            assert re.fullmatch(r"RS-\d{5}", m.code), m.code
            assert m.rzs_code is not None and m.code == f"RS-{m.rzs_code}"
            assert int(m.rzs_code) < 90000
        else:
            assert re.fullmatch(r"XK-[A-Z]+(_[A-Z]+)*", m.code), m.code
            assert m.rzs_code is None or re.fullmatch(r"90\d{3}", m.rzs_code)
            assert m.ask_code is None  # not verified yet; see the module docstring


def test_names() -> None:
    cyrillic = re.compile(r"[\u0400-\u04FF]")
    for m in MUNICIPALITIES:
        assert m.name_sr.strip() and not cyrillic.search(m.name_sr), m
        assert m.district, m
    for m in KOSOVO:
        assert m.name_sq and m.name_sq.strip(), m


def test_counts() -> None:
    assert len(KOSOVO) == 38
    assert len(SERBIA) >= 150
    # The source table has exactly 169 Serbian units.
    assert len(SERBIA) == 169


# AŽC project municipalities (dictionary §4.1) and the two 2009–10 alternatives (Zemun, Sombor).
@pytest.mark.parametrize(
    ("rzs", "name", "district"),
    [
        ("70165", "Beograd-Lazarevac", "Grad Beograd"),
        ("70203", "Beograd-Palilula", "Grad Beograd"),
        ("70149", "Beograd-Zvezdara", "Grad Beograd"),
        ("70106", "Beograd-Voždovac", "Grad Beograd"),
        ("70645", "Kragujevac", "Šumadijski"),
        ("70734", "Loznica", "Mačvanski"),
        ("71200", "Ćuprija", "Pomoravski"),
        ("70475", "Golubac", "Braničevski"),
        ("71102", "Smederevska Palanka", "Podunavski"),
        ("80152", "Zrenjanin", "Srednjobanatski"),
        ("70157", "Beograd-Zemun", "Grad Beograd"),
        ("80381", "Sombor", "Zapadnobački"),
        ("71323", "Niš-Palilula", "Nišavski"),
    ],
)
def test_azc_project_municipalities(rzs: str, name: str, district: str) -> None:
    m = municipality(f"RS-{rzs}")
    assert (m.name_sr, m.district, m.rzs_code) == (name, district, rzs)


# Kosovo municipalities of §4.2 with their Serbian-register codes.
@pytest.mark.parametrize(
    ("code", "name_sr", "name_sq", "rzs"),
    [
        ("XK-GJILAN", "Gnjilane", "Gjilan", "90042"),
        ("XK-GJAKOVE", "Đakovica", "Gjakovë", "90085"),
        ("XK-DRAGASH", "Dragaš", "Dragash", None),
        ("XK-MITROVICE_VERIUT", "Severna Mitrovica", "Mitrovicë e Veriut", None),
        ("XK-ZVECAN", "Zvečan", "Zveçan", "90352"),
        ("XK-ZUBIN_POTOK", "Zubin Potok", "Zubin Potok", "90093"),
        ("XK-LEPOSAVIQ", "Leposavić", "Leposaviq", "90158"),
    ],
)
def test_kosovo_programme_municipalities(
    code: str, name_sr: str, name_sq: str, rzs: str | None
) -> None:
    m = municipality(code)
    assert (m.name_sr, m.name_sq, m.rzs_code) == (name_sr, name_sq, rzs)


def test_kosovo_serbian_register_codes() -> None:
    # 29 pre-1999 units in the register; Gora (90336) merged into Dragash and has no row.
    rzs = {m.rzs_code for m in KOSOVO if m.rzs_code}
    assert len(rzs) == 28
    assert "90336" not in rzs


def test_kosovo_districts() -> None:
    districts = {m.district for m in KOSOVO}
    assert len(districts) == 7


def test_validity_dates() -> None:
    north = municipality("XK-MITROVICE_VERIUT")
    assert north.valid_from == date(2013, 1, 1)
    assert not north.is_valid_on(date(2012, 6, 1))
    assert north.is_valid_on(date(2024, 6, 1))
    for m in MUNICIPALITIES:
        assert m.valid_to is None or m.valid_from is None or m.valid_from <= m.valid_to
        assert m.is_valid_on(date(2025, 1, 1))


def test_is_valid_on_with_end_date() -> None:
    m = Municipality("XK-TEST", "Test", None, None, None, "XK", None, None, date(2000, 12, 31))
    assert m.is_valid_on(date(2000, 12, 31))
    assert not m.is_valid_on(date(2001, 1, 1))


def test_unknown_code() -> None:
    with pytest.raises(KeyError):
        municipality("RS-99999")


def test_names_are_searchable() -> None:
    # The folded name is what the search compares; Cyrillic or ASCII input must reach it.
    assert fold("Ћуприја") == fold(municipality("RS-71200").name_sr) == "cuprija"
    assert fold(municipality("XK-GJAKOVE").name_sr) == "djakovica"
