"""Reference data for pickers: code-list labels and municipalities in the interface language."""

from __future__ import annotations

from typing import Any

from .i18n import current_lang


def code_label(list_name: str, code: str | None) -> str:
    """The label of `code` in the current language (the code itself if the list lacks it)."""
    if not code:
        return ""
    try:
        from ..db.codes import code_list

        return code_list(list_name).label(code, current_lang())
    except (ImportError, KeyError, ValueError):
        return code


def code_choices(list_name: str) -> list[tuple[str, str]]:
    """(code, label) pairs of a code list in display order."""
    from ..db.codes import code_list

    lang = current_lang()
    return [(c.code, c.label(lang)) for c in code_list(list_name).codes]


def _name_of(item: Any) -> str:
    lang = current_lang()
    for attr in (("name_sq",) if lang == "sq" else ()) + ("name_sr", "name"):
        value = item.get(attr) if isinstance(item, dict) else getattr(item, attr, None)
        if value:
            if lang == "sr_Cyrl" and attr == "name_sr":
                from ..translit import latin_to_cyrillic

                return latin_to_cyrillic(str(value))
            return str(value)
    return ""


def municipality_label(code: str | None) -> str:
    """ "Name (code)" of a municipality, or the code alone when it is unknown."""
    if not code:
        return "—"
    names = dict(municipality_choices())
    return f"{names[code]} ({code})" if code in names else code


def municipality_choices() -> list[tuple[str, str]]:
    """(code, name) of every municipality when the reference list is available, sorted by name."""
    try:
        from ..db.municipalities import MUNICIPALITIES  # type: ignore[import-not-found]
    except ImportError:
        return []
    items: list[tuple[str, str]] = []
    source = MUNICIPALITIES.items() if isinstance(MUNICIPALITIES, dict) else MUNICIPALITIES
    for entry in source:
        if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], str):
            code, name = entry
        else:
            code = entry.get("code") if isinstance(entry, dict) else getattr(entry, "code", None)
            name = _name_of(entry)
        if code:
            items.append((str(code), name or str(code)))
    return sorted(items, key=lambda pair: pair[1].casefold())


def jurisdiction_of(municipality_code: str | None) -> str:
    """ "XK" for a Kosovo municipality, else "RS" (the law a case's centre works under)."""
    from ..db.municipalities import municipality

    try:
        return municipality(municipality_code or "").jurisdiction
    except KeyError:
        return "RS"


def law_choices(list_name: str, law: str) -> list[tuple[str, str]]:
    """The codes of a list that belong to `law` ("RS", "XK") or to no law in particular."""
    from ..db.codes import code_list

    lang = current_lang()
    return [(c.code, c.label(lang)) for c in code_list(list_name).codes
            if c.group in (None, law)]
