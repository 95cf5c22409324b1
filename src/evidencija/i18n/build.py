"""Refresh the translation sources and compile them: `python -m evidencija.i18n.build`.

1. `pyside6-lupdate` scans `evidencija/ui` and updates the four `.ts` files (existing translations
   are kept; strings no longer in the code are dropped).
2. English is the source language: its `.ts` gets each source text as its translation.
3. Serbian Cyrillic is never typed by hand: each message is the Serbian Latin translation
   transliterated (`translit.latin_to_cyrillic`), with placeholders (%1, %n, {name}), markup and
   entities left untouched.
4. `pyside6-lrelease` writes the `.qm` files beside the sources (build outputs, not committed).

Serbian Latin and Albanian are translated by people, in the `.ts` files (Qt Linguist or a text
editor); a string they have not translated yet stays `type="unfinished"` and the test suite says
which.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI_DIR = HERE.parent / "ui"
LANGS = ("sr_Latn", "sr_Cyrl", "en", "sq")
# Parts of a message that are not words of the language and must survive transliteration.
PROTECTED = re.compile(r"(%\d+|%n|\{[^{}]*\}|<[^<>]*>|&[A-Za-z]+;|&#\d+;)")


def ts_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"evidencija_{lang}.ts"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_files: list[Path]) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *map(str, sources()),
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            "-ts",
            *map(str, ts_files),
        ],
        check=True,
    )


def transliterate(text: str) -> str:
    from ..translit import latin_to_cyrillic

    return "".join(
        part if PROTECTED.fullmatch(part) else latin_to_cyrillic(part)
        for part in PROTECTED.split(text)
    )


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return []
    numerus = translation.findall("numerusform")
    return [n.text or "" for n in numerus] if numerus else [translation.text or ""]


def _set(message: ET.Element, forms: list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def _messages(tree: ET.ElementTree) -> list[tuple[tuple[str, str, str], ET.Element]]:
    return [(_key(c, m), m) for c in tree.getroot().iter("context") for m in c.iter("message")]


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill_derived(folder: Path = HERE) -> None:
    """English from the source texts; Serbian Cyrillic from Serbian Latin."""
    latin = {key: _forms(m) for key, m in _messages(ET.parse(ts_path("sr_Latn", folder)))}
    for lang in LANGS:
        tree = ET.parse(ts_path(lang, folder))
        root = tree.getroot()
        root.set("language", lang)
        root.set("sourcelanguage", "en")
        for key, message in _messages(tree):
            if lang == "en":
                source = key[1]
                _set(message, [source] * (2 if message.get("numerus") == "yes" else 1))
            elif lang == "sr_Cyrl" and latin.get(key):
                _set(message, [transliterate(form) for form in latin[key]])
        _write(tree, ts_path(lang, folder))


def lrelease(folder: Path = HERE, out: Path | None = None) -> list[Path]:
    """Compile each language's `.ts` in `folder` into `out` (default: beside it)."""
    written = []
    for lang in LANGS:
        qm = (out or folder) / f"evidencija_{lang}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(lang, folder)), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


def main() -> int:
    files = [ts_path(lang) for lang in LANGS]
    lupdate(files)
    fill_derived()
    lupdate(files)  # once more, so the files keep lupdate's own layout
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
