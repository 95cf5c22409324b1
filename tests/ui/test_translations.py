"""Every user-visible string exists in all four languages, with the same placeholders, and the
interface switches language live."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from evidencija.i18n import build
from evidencija.ui.i18n import Translators

PLACEHOLDER = re.compile(r"%\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
MNEMONIC = re.compile(r"&(?!&)(?=\w)")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(build.ts_path(lang)).getroot()
    return [
        (c.findtext("name") or "", m.findtext("source") or "", m)
        for c in root.iter("context")
        for m in c.iter("message")
    ]


@pytest.mark.parametrize("lang", build.LANGS)
def test_every_string_is_translated_with_the_same_placeholders(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 100
    problems = []
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None
        forms = [n.text or "" for n in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        where = f"{lang} {context}: {source!r}"
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where} is {translation.get('type')}")
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has no translation")
            elif set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders {PLACEHOLDER.findall(form)}")
            elif bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(form)):
                problems.append(f"{where}: keyboard mnemonic (&) missing or added: {form!r}")
    assert not problems, "\n".join(problems)


def test_translation_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    build.lupdate([fresh])
    root = ET.parse(fresh).getroot()
    in_code = {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }
    for lang in build.LANGS:
        in_file = {(context, source) for context, source, _ in messages(lang)}
        assert in_code == in_file, (
            f"{lang}: run `python -m evidencija.i18n.build` ({in_code ^ in_file})"
        )


def test_cyrillic_is_the_latin_transliterated() -> None:
    latin = {(c, s): m.findtext("translation") for c, s, m in messages("sr_Latn")}
    for context, source, message in messages("sr_Cyrl"):
        assert message.findtext("translation") == build.transliterate(
            latin[(context, source)] or ""
        )
    assert (
        build.transliterate("Otključaj %1 <b>&Lozinka</b>&nbsp;{n}")
        == "Откључај %1 <b>&Лозинка</b>&nbsp;{n}"
    )


def test_language_switches_live(qtbot: Any, tmp_path: Path) -> None:
    for lang in build.LANGS:
        shutil.copy(build.ts_path(lang), tmp_path)
    build.lrelease(tmp_path)
    translators = Translators(qm_dir=tmp_path)
    from evidencija.ui.unlock.view import UnlockView

    try:
        translators.use("en")
        view = UnlockView("en")
        qtbot.addWidget(view)
        assert view.unlock_button.text() == "&Unlock"
        translated = {}
        for lang in ("sr_Latn", "sr_Cyrl", "sq"):
            translators.use(lang)
            qtbot.waitUntil(lambda: view.unlock_button.text() != "&Unlock", timeout=2_000)
            translated[lang] = view.unlock_button.text()
            translators.use("en")
            qtbot.waitUntil(lambda: view.unlock_button.text() == "&Unlock", timeout=2_000)
        assert len(set(translated.values())) == 3
        assert re.search("[а-яА-Яђјљњћџ]", translated["sr_Cyrl"])
    finally:
        translators.clear()
