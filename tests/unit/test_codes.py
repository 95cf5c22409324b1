"""Tests for the code lists (evidencija.db.codes)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evidencija.db.codes import (
    AGE_BANDS,
    CODE_LISTS,
    LANGS,
    Code,
    CodeList,
    age_group,
    code_list,
    gbvims_main_type,
)

REQUIRED_LISTS = [
    "case_type", "case_status", "response_priority", "closure_reason", "participant_role", "sex",
    "age_group", "ethnicity", "disability", "marital_status", "employment_status", "education",
    "citizenship", "relationship", "relationship_group", "tri_state", "report_channel",
    "reporter_type", "location_type", "form_of_violence", "gbvims_type", "weapon", "injury",
    "violence_duration", "risk_factor", "risk_assessor", "risk_level", "assessment_recipient",
    "service_type", "provider_type", "service_status", "meeting_type", "meeting_chair",
    "institution", "meeting_case_list", "meeting_decision", "plan_author", "plan_measure_kind",
    "plan_measure_status", "effectiveness", "urgent_measure_type", "urgent_court_decision",
    "appeal_by", "appeal_outcome", "protection_measure_type", "plaintiff", "protection_outcome",
    "criminal_offence", "complaint_filer", "prosecutor_decision", "verdict", "sanction",
    "referral_direction", "referral_institution", "referral_purpose", "feeling_safer", "user_role",
    "jurisdiction",
]  # fmt: skip

MULTI_LISTS = {
    "form_of_violence",
    "disability",
    "institution",
    "meeting_decision",
    "assessment_recipient",
    "protection_measure_type",
    "criminal_offence",
    "sanction",
}

UPPER_SNAKE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")

ALL_CODES = [(cl, c) for cl in CODE_LISTS.values() for c in cl.codes]


def test_all_required_lists_exist() -> None:
    assert set(REQUIRED_LISTS) <= set(CODE_LISTS)
    for name, cl in CODE_LISTS.items():
        assert cl.name == name
        assert code_list(name) is cl
        assert cl.codes, name


def test_unknown_list_raises() -> None:
    with pytest.raises(KeyError):
        code_list("no_such_list")


def test_multi_flags() -> None:
    assert {name for name, cl in CODE_LISTS.items() if cl.multi} == MULTI_LISTS


@pytest.mark.parametrize("cl", CODE_LISTS.values(), ids=lambda cl: cl.name)
def test_codes_ascii_upper_snake_and_unique(cl: CodeList) -> None:
    assert UPPER_SNAKE.match(cl.name.upper())
    for c in cl.codes:
        assert c.code.isascii(), c.code
        assert UPPER_SNAKE.match(c.code), c.code
    assert len(cl.values) == len(set(cl.values))


@pytest.mark.parametrize("lang", LANGS)
def test_every_label_and_title_non_empty(lang: str) -> None:
    for cl, c in ALL_CODES:
        assert c.label(lang).strip(), (cl.name, c.code, lang)
        assert cl.label(c.code, lang) == c.label(lang)
    for cl in CODE_LISTS.values():
        assert cl.title(lang).strip(), (cl.name, lang)


def test_labels_differ_from_codes() -> None:
    # A label equal to its code would mean a placeholder was left in.
    for cl, c in ALL_CODES:
        for lang in LANGS:
            assert c.label(lang) != c.code or c.code in {"RS", "XK", "NGO", "CSR"}, (
                cl.name,
                c.code,
                lang,
            )


def test_cyrillic_labels_have_no_latin_letters() -> None:
    latin = re.compile(r"[A-Za-zčćđšžČĆĐŠŽ]")
    for cl, c in ALL_CODES:
        cyr = c.label("sr_Cyrl")
        assert not latin.search(cyr), (cl.name, c.code, cyr)
        assert c.sr_cyrl == cyr
    for cl in CODE_LISTS.values():
        assert not latin.search(cl.title("sr_Cyrl")), cl.name


def test_label_language_dispatch() -> None:
    c = code_list("form_of_violence").get("PHYSICAL")
    assert c.label("sr_Latn") == "Fizičko nasilje"
    assert c.label("sr_Cyrl") == "Физичко насиље"
    assert c.label("en") == "Physical violence"
    assert c.label("sq") == "Dhunë fizike"
    with pytest.raises(ValueError):
        c.label("de")
    with pytest.raises(ValueError):
        code_list("sex").title("sr")


def test_get_and_contains() -> None:
    sex = code_list("sex")
    assert sex.values == ("FEMALE", "MALE", "UNKNOWN")
    assert "FEMALE" in sex
    assert "ZENSKI" not in sex
    assert 1 not in sex
    assert None not in sex
    with pytest.raises(KeyError):
        sex.get("Z")


def test_duplicate_code_rejected() -> None:
    a = Code("A", "a", "a", "a")
    with pytest.raises(ValueError):
        CodeList("x", "x", "x", "x", (a, a))


def test_codes_are_immutable() -> None:
    c = code_list("sex").get("FEMALE")
    with pytest.raises(AttributeError):
        c.code = "X"  # type: ignore[misc]


def test_fixed_lists() -> None:
    assert code_list("tri_state").values == ("YES", "NO", "UNKNOWN")
    assert code_list("age_group").values == ("AGE_0_17", "AGE_18_25", "AGE_26_64", "AGE_65_PLUS")
    assert code_list("user_role").values == ("ADMIN", "CASE_MANAGER", "CASEWORKER", "READ_ONLY")
    assert code_list("jurisdiction").values == ("RS", "XK")
    assert code_list("relationship_group").values == (
        "PARTNER",
        "FORMER_PARTNER",
        "PARENT_TO_CHILD",
        "CHILD_TO_PARENT",
        "OTHER_FAMILY",
        "UNKNOWN",
    )
    assert code_list("gbvims_type").values == (
        "RAPE",
        "SEXUAL_ASSAULT",
        "PHYSICAL_ASSAULT",
        "FORCED_MARRIAGE",
        "DENIAL_OF_RESOURCES",
        "PSYCHOLOGICAL_ABUSE",
    )
    assert code_list("response_priority").values == ("IMMEDIATE_24H", "URGENT_3D", "REGULAR_7D")


def test_relationship_groups_exist() -> None:
    rel = code_list("relationship")
    groups = code_list("relationship_group")
    assert len(rel.codes) == 18
    assert "UNKNOWN" in rel
    for c in rel.codes:
        assert c.group in groups, c.code
    # Every export group is used by at least one relationship.
    assert {c.group for c in rel.codes} == set(groups.values)
    assert rel.get("SPOUSE").group == "PARTNER"
    assert rel.get("FORMER_SPOUSE").group == "FORMER_PARTNER"
    assert rel.get("COMMON_CHILD").group == "PARTNER"
    assert rel.get("PARENT").group == "PARENT_TO_CHILD"
    assert rel.get("CHILD").group == "CHILD_TO_PARENT"


def test_forms_of_violence_map_to_gbvims_types() -> None:
    fov = code_list("form_of_violence")
    gbv = code_list("gbvims_type")
    assert len(fov.codes) == 11
    for c in fov.codes:
        assert c.group in gbv, c.code
    assert fov.get("PHYSICAL").group == "PHYSICAL_ASSAULT"
    assert fov.get("SEXUAL").group == "SEXUAL_ASSAULT"
    assert fov.get("ECONOMIC").group == "DENIAL_OF_RESOURCES"
    assert fov.get("FORCED_MARRIAGE").group == "FORCED_MARRIAGE"
    assert fov.get("FGM").group == "SEXUAL_ASSAULT"


def test_risk_factors() -> None:
    rf = code_list("risk_factor")
    groups = [c.group for c in rf.codes]
    assert groups.count("ZSNP16") == 10
    assert groups.count("EXTENDED") == 12
    assert len(groups) == 22


def test_urgent_measure_jurisdictions() -> None:
    um = code_list("urgent_measure_type")
    assert [c.group for c in um.codes].count("RS") == 2
    assert [c.group for c in um.codes].count("XK") == 3
    assert all(c.group in code_list("jurisdiction") for c in um.codes)


def test_institution_includes_kosovo_members() -> None:
    inst = code_list("institution")
    for code in ("BASIC_PROSECUTION", "POLICE", "CSR", "XK_VICTIM_ADVOCATE", "XK_GENDER_OFFICER"):
        assert code in inst
    assert all(c.group in (None, "XK") for c in inst.codes)


@pytest.mark.parametrize(
    "code",
    ["POLICE", "CSR", "BASIC_PROSECUTION", "HIGHER_PROSECUTION", "COURT", "COORDINATION_GROUP",
     "SHELTER", "NGO", "SCHOOL", "PRESCHOOL", "EMPLOYMENT_SERVICE", "MUNICIPALITY", "ATTORNEY",
     "XK_VICTIM_ADVOCATE", "XK_GENDER_OFFICER", "UNKNOWN", "PERPETRATOR", "PENDING"],
)  # fmt: skip
def test_shared_institution_codes_have_identical_labels(code: str) -> None:
    # An institution reused across lists (reporter, assessor, meeting member, referral target)
    # must carry the same labels everywhere, or the same code would read differently by screen.
    found = {(c.sr, c.en, c.sq) for _cl, c in ALL_CODES if c.code == code}
    assert len(found) == 1, (code, found)


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        ([], None),
        (["PSYCHOLOGICAL"], "PSYCHOLOGICAL_ABUSE"),
        (["PSYCHOLOGICAL", "ECONOMIC"], "DENIAL_OF_RESOURCES"),
        (["ECONOMIC", "FORCED_MARRIAGE"], "FORCED_MARRIAGE"),
        (["FORCED_MARRIAGE", "PHYSICAL", "STALKING"], "PHYSICAL_ASSAULT"),
        (["PHYSICAL", "SEXUAL", "PSYCHOLOGICAL"], "SEXUAL_ASSAULT"),
        (["SEXUAL_HARASSMENT", "PHYSICAL"], "SEXUAL_ASSAULT"),
        (["NEGLECT"], "DENIAL_OF_RESOURCES"),
        (["TECHNOLOGY_FACILITATED", "RESTRICTION_OF_FREEDOM"], "PSYCHOLOGICAL_ABUSE"),
        (["PHYSICAL", "PHYSICAL"], "PHYSICAL_ASSAULT"),
    ],
)
def test_gbvims_main_type(forms: list[str], expected: str | None) -> None:
    assert gbvims_main_type(forms) == expected
    assert gbvims_main_type(iter(forms)) == expected


def test_gbvims_main_type_unknown_form() -> None:
    with pytest.raises(KeyError):
        gbvims_main_type(["FIZICKO"])


@given(st.sets(st.sampled_from(code_list("form_of_violence").values), min_size=1))
def test_gbvims_main_type_is_most_severe(forms: set[str]) -> None:
    order = code_list("gbvims_type").values
    fov = code_list("form_of_violence")
    result = gbvims_main_type(forms)
    assert result is not None
    assert order.index(result) == min(order.index(str(fov.get(f).group)) for f in forms)


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, "AGE_0_17"),
        (17, "AGE_0_17"),
        (18, "AGE_18_25"),
        (25, "AGE_18_25"),
        (26, "AGE_26_64"),
        (64, "AGE_26_64"),
        (65, "AGE_65_PLUS"),
        (110, "AGE_65_PLUS"),
    ],
)
def test_age_group_boundaries(age: int, band: str) -> None:
    assert age_group(age) == band


def test_age_group_negative() -> None:
    with pytest.raises(ValueError):
        age_group(-1)


@given(st.integers(min_value=0, max_value=150))
def test_age_bands_cover_and_match_code_list(age: int) -> None:
    assert age_group(age) in code_list("age_group")


def test_age_bands_contiguous() -> None:
    assert [b[0] for b in AGE_BANDS] == list(code_list("age_group").values)
    assert AGE_BANDS[0][1] == 0
    for (_, _, high), (_, low, _) in zip(AGE_BANDS, AGE_BANDS[1:], strict=False):
        assert high is not None and low == high + 1
    assert AGE_BANDS[-1][2] is None


def test_core_modules_do_not_import_qt() -> None:
    # Run in a fresh interpreter: in the full suite the UI tests import PySide6 into this one.
    import evidencija.translit

    src = str(Path(evidencija.translit.__file__).resolve().parents[1])
    code = (
        "import sys, evidencija.translit, evidencija.db.codes, evidencija.db.municipalities\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', "
        "'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    env = {**os.environ, "PYTHONPATH": src}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)
