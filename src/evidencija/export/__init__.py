"""The monthly anonymised export: allow-list extraction, generalisation and the k-anonymity gate,
publication-safe indicator tables, a typed formula-free workbook, and the signed, age-encrypted
package (contract: docs/export-format.md). No Qt here."""

from .api import (
    Disclosure,
    ExportPreview,
    ExportResult,
    SheetPreview,
    centre_card,
    export_history,
    get_recipients,
    preview_export,
    run_export,
    set_recipients,
    write_centre_card,
)
from .package import CentreCard, VerifiedPackage, load_centre_card, verify_package
from .period import Period

__all__ = [
    "CentreCard", "Disclosure", "ExportPreview", "ExportResult", "Period", "SheetPreview",
    "VerifiedPackage", "centre_card", "export_history", "get_recipients", "load_centre_card",
    "preview_export", "run_export", "set_recipients", "verify_package", "write_centre_card",
]
