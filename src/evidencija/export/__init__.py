"""The monthly anonymised export: allow-list extraction, generalisation and the k-anonymity gate,
publication-safe indicator tables, a typed formula-free workbook, and the signed, age-encrypted
package (contract: docs/export-format.md). No Qt here.

The names below are loaded on first use: the CLI imports this package at every start to find
its sub-commands, and must not pay for openpyxl and SQLAlchemy there.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOME = {
    "Disclosure": "api", "ExportPreview": "api", "ExportResult": "api", "SheetPreview": "api",
    "centre_card": "api", "export_history": "api", "get_recipients": "api",
    "preview_export": "api", "run_export": "api", "set_recipients": "api",
    "write_centre_card": "api",
    "CentreCard": "package", "VerifiedPackage": "package", "load_centre_card": "package",
    "verify_package": "package",
    "Period": "period",
}
__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(name)
    return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
