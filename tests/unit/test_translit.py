"""Tests for Serbian script conversion and search folding."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidencija.translit import cyrillic_to_latin, fold, latin_to_cyrillic, search_terms

# The 30 letters of Gaj's Latin alphabet, digraphs as single units (lower case).
SERBIAN_LATIN_LETTERS = [
    "a", "b", "c", "č", "ć", "d", "dž", "đ", "e", "f", "g", "h", "i", "j", "k",
    "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "š", "t", "u", "v", "z", "ž",
]  # fmt: skip


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Đorđević", "Ђорђевић"),
        ("Ljubica", "Љубица"),
        ("LJUBICA", "ЉУБИЦА"),
        ("ljubav", "љубав"),
        ("Njegoš", "Његош"),
        ("NJEGOŠ", "ЊЕГОШ"),
        ("Džamonja", "Џамоња"),
        ("DŽAMONJA", "ЏАМОЊА"),
        ("hodža", "хоџа"),
        ("Kraljevo", "Краљево"),
        ("KRALJ", "КРАЉ"),
        ("Šćepan Čolić", "Шћепан Чолић"),
        ("Žitište", "Житиште"),
        ("Zrenjanin", "Зрењанин"),
        ("", ""),
    ],
)
def test_known_words(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic
    assert cyrillic_to_latin(cyrillic) == latin


def test_non_serbian_characters_are_kept() -> None:
    # q, w, x, y, digits, punctuation and Albanian letters are not part of Serbian Latin.
    assert latin_to_cyrillic("Gjakovë 2024, Xk-Qy!") == "Гјаковë 2024, Xк-Qy!"
    assert cyrillic_to_latin("Ы 12 ω") == "Ы 12 ω"


def test_decomposed_input_is_normalised() -> None:
    assert latin_to_cyrillic("C\u030cac\u030cak") == "Чачак"


def test_isolated_upper_digraph_letter() -> None:
    # A lone capital Љ is ambiguous; title case is the natural reading (an initial).
    assert cyrillic_to_latin("Љ. Петровић") == "Lj. Petrović"
    assert cyrillic_to_latin("ПРЕЗИМЕ: ЊЕ") == "PREZIME: NJE"


def _cased_word(units: list[str], style: str) -> str:
    word = "".join(units)
    if style == "upper":
        return word.upper()
    if style == "title":
        return word[0].upper() + word[1:]
    return word


@st.composite
def serbian_latin_text(draw: st.DrawFn) -> str:
    """Well-formed text: words over the Serbian alphabet, each lower, Title or UPPER case.

    Title and UPPER words have at least two letters: the one-letter words "Lj" and "LJ" are
    the same Cyrillic "Љ", so no converter can tell them apart.
    """
    words = []
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        style = draw(st.sampled_from(["lower", "title", "upper"]))
        min_size = 1 if style == "lower" else 2
        units = draw(
            st.lists(st.sampled_from(SERBIAN_LATIN_LETTERS), min_size=min_size, max_size=8)
        )
        # Adjacent units can merge into a digraph ("n" + "j" is "nj"), so count letters in
        # Cyrillic, where every letter is one character.
        if len(latin_to_cyrillic("".join(units))) < 2:
            style = "lower"
        words.append(_cased_word(units, style))
    seps = draw(st.lists(st.sampled_from([" ", "-", ", ", ". "]), min_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=False))


@given(serbian_latin_text())
def test_round_trip_latin_cyrillic_latin(text: str) -> None:
    assert cyrillic_to_latin(latin_to_cyrillic(text)) == text


@given(serbian_latin_text())
def test_cyrillic_output_has_no_serbian_latin_letters(text: str) -> None:
    cyr = latin_to_cyrillic(text)
    assert not any(ch.isascii() and ch.isalpha() for ch in cyr)
    assert not set(cyr) & set("čćđšžČĆĐŠŽ")


@given(serbian_latin_text())
def test_fold_is_script_insensitive_and_ascii(text: str) -> None:
    folded = fold(text)
    assert folded == fold(latin_to_cyrillic(text))
    assert folded.isascii()
    assert folded == folded.lower()
    assert fold(folded) == folded


def test_fold_rules() -> None:
    assert fold("Đorđević") == "djordjevic"
    assert fold("Ђорђевић") == "djordjevic"
    assert fold("  ŽAKLINA   Šćekić\tČolić ") == "zaklina scekic colic"
    assert fold("Džajić") == "dzajic"
    assert fold("Gjakovë Kaçanik") == "gjakove kacanik"
    assert fold("Müller Ångström") == "muller angstrom"


@pytest.mark.parametrize("stored", ["Đorđević", "Ђорђевић"])
@pytest.mark.parametrize("query", ["djordjevic", "dordevic", "Đorđević", "Ђорђевић", "ĐORĐEVIĆ"])
def test_search_terms_find_dordevic(stored: str, query: str) -> None:
    assert fold(query) in search_terms(stored)


def test_search_terms_ascii_entered_name() -> None:
    # A name typed without diacritics is still found by the bare-d spelling.
    terms = search_terms("Djordjevic")
    assert fold("dordevic") in terms
    assert fold("Đorđević") in terms


def test_search_terms_deduplicated_and_phrase_preserving() -> None:
    assert search_terms("Marko Marković") == "marko markovic"
    terms = search_terms("Đorđe Đorđević")
    assert terms == "djordje djordjevic dorde dordevic"
    assert "dorde dordevic" in terms
    assert search_terms("") == ""
