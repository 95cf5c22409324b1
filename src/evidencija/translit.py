"""Serbian script conversion and diacritics-insensitive search folding.

Serbian is written in two scripts that map one-to-one letter by letter: Gaj's Latin alphabet
(30 letters, three of them digraphs: lj, nj, dž) and Vuk's Cyrillic alphabet. Staff in a
centre may type a name in either script, with or without diacritics, and with the Serbian
"dj" convention for đ. This module gives the conversions and the folding the search uses so
that all of these spellings find the same person.

No third-party dependencies: only :mod:`unicodedata`.
"""

from __future__ import annotations

import unicodedata

__all__ = ["cyrillic_to_latin", "fold", "latin_to_cyrillic", "search_terms"]

# Single Latin letters to Cyrillic. Upper and lower case are listed explicitly rather than
# derived with str.upper(), so that the table reads like the alphabet and stays auditable.
_LAT_TO_CYR_SINGLE: dict[str, str] = {
    "A": "А", "B": "Б", "V": "В", "G": "Г", "D": "Д", "Đ": "Ђ", "E": "Е", "Ž": "Ж",
    "Z": "З", "I": "И", "J": "Ј", "K": "К", "L": "Л", "M": "М", "N": "Н", "O": "О",
    "P": "П", "R": "Р", "S": "С", "T": "Т", "Ć": "Ћ", "U": "У", "F": "Ф", "H": "Х",
    "C": "Ц", "Č": "Ч", "Š": "Ш",
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "đ": "ђ", "e": "е", "ž": "ж",
    "z": "з", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "p": "п", "r": "р", "s": "с", "t": "т", "ć": "ћ", "u": "у", "f": "ф", "h": "х",
    "c": "ц", "č": "ч", "š": "ш",
}  # fmt: skip

# Digraphs are one letter in Serbian. Only the three well-formed case forms count as a digraph:
# "lJ" (lower then upper) never occurs in real text, so it is left as two letters, which keeps
# the conversion a simple left-to-right scan.
_LAT_TO_CYR_DIGRAPH: dict[str, str] = {
    "LJ": "Љ", "Lj": "Љ", "lj": "љ",
    "NJ": "Њ", "Nj": "Њ", "nj": "њ",
    "DŽ": "Џ", "Dž": "Џ", "dž": "џ",
}  # fmt: skip

_CYR_TO_LAT: dict[str, str] = {cyr: lat for lat, cyr in _LAT_TO_CYR_SINGLE.items()}
_CYR_TO_LAT.update({"љ": "lj", "њ": "nj", "џ": "dž"})

# Upper-case Cyrillic digraph letters: their Latin form depends on context ("Lj" or "LJ").
_CYR_UPPER_DIGRAPH: dict[str, tuple[str, str]] = {
    "Љ": ("Lj", "LJ"),
    "Њ": ("Nj", "NJ"),
    "Џ": ("Dž", "DŽ"),
}

# Letters folded by hand before the generic NFKD pass. đ has no Unicode decomposition (its
# stroke is not a combining mark), so NFKD alone would keep it; the others would be handled
# by NFKD too but are listed so the rule is visible in one place.
_FOLD_MAP = str.maketrans({"ž": "z", "č": "c", "ć": "c", "š": "s", "ë": "e", "ç": "c"})


def latin_to_cyrillic(text: str) -> str:
    """Convert Serbian Gaj Latin text to Vuk Cyrillic.

    The digraphs lj, nj and dž become the single letters љ, њ, џ in every well-formed case form
    ("lj", "Lj", "LJ"). Characters outside the Serbian Latin alphabet (digits, punctuation,
    q/w/x/y, Albanian ë and ç, ...) are kept unchanged. The input is NFC-normalised first so
    that a decomposed "c" + combining caron is treated as č.

    Known limitation (inherent to the script): the rare words in which the two letters of a
    digraph belong to different morphemes (e.g. "nadživeti") come out with џ.
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        pair = text[i : i + 2]
        if pair in _LAT_TO_CYR_DIGRAPH:
            out.append(_LAT_TO_CYR_DIGRAPH[pair])
            i += 2
            continue
        ch = text[i]
        out.append(_LAT_TO_CYR_SINGLE.get(ch, ch))
        i += 1
    return "".join(out)


def _is_upper_letter(ch: str) -> bool:
    return ch.isalpha() and ch.isupper()


def cyrillic_to_latin(text: str) -> str:
    """Convert Serbian Cyrillic text to Gaj Latin.

    An upper-case Љ, Њ or Џ becomes "LJ"/"NJ"/"DŽ" when it stands in an upper-case word
    (the next letter, or failing that the previous letter, is upper case) and "Lj"/"Nj"/"Dž"
    otherwise, so "ЉУБАВ" → "LJUBAV" and "Љубав" → "Ljubav". Other characters are kept.
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _CYR_UPPER_DIGRAPH:
            title_form, upper_form = _CYR_UPPER_DIGRAPH[ch]
            nxt = text[i + 1] if i + 1 < n else ""
            if nxt.isalpha():
                upper = nxt.isupper()
            else:
                prev = text[i - 1] if i > 0 else ""
                upper = _is_upper_letter(prev)
            out.append(upper_form if upper else title_form)
        else:
            out.append(_CYR_TO_LAT.get(ch, ch))
    return "".join(out)


def _fold(text: str, dj: str) -> str:
    """Fold ``text`` for search, writing đ as ``dj``."""
    s = cyrillic_to_latin(text).lower().replace("đ", dj).translate(_FOLD_MAP)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.split())


def fold(text: str) -> str:
    """Fold text for diacritics-insensitive, script-insensitive search.

    Cyrillic is first converted to Latin, then the text is lower-cased; đ becomes "dj"
    (the Serbian ASCII convention), ž→z, č/ć→c, š→s, Albanian ë→e and ç→c; any other
    combining marks are stripped after NFKD decomposition, and runs of whitespace collapse
    to one space. "Ђорђевић" and "Đorđević" both fold to "djordjevic".
    """
    return _fold(text, "dj")


def search_terms(text: str) -> str:
    """Return every folded spelling a user might type for ``text``, space-separated.

    People type đ either as "dj" or as a bare "d" ("Djordjevic", "Dordevic"), so the stored
    search column holds both folds; a query is folded with :func:`fold` and matched as a
    substring. The "dj"→"d" variant is also taken from the folded text itself so that a name
    that was *entered* in ASCII ("Djordjevic") is still found by "dordevic". Variants are
    whole phrases (not single words) so that a multi-word query still matches as a substring
    of one variant; duplicates are dropped, order is stable.
    """
    with_dj = _fold(text, "dj")
    variants = [with_dj, _fold(text, "d"), with_dj.replace("dj", "d")]
    seen: dict[str, None] = {}
    for v in variants:
        if v:
            seen.setdefault(v, None)
    return " ".join(seen)
