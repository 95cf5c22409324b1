"""The case file: a header, a section for every kind of record, History, printing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_ATTR = "_evidencija_open_case"


def set_case_opener(events: Any, opener: Callable[[str], None]) -> None:
    """The case list registers how a case is opened, so other pages can open one by id."""
    setattr(events, _ATTR, opener)


def open_case(events: Any, case_id: str) -> bool:
    """Open case `case_id` in the case file; False if no case list is there to do it."""
    opener = getattr(events, _ATTR, None)
    if opener is None:
        return False
    opener(case_id)
    return True
