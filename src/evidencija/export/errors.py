"""Known errors of the export and of package verification (messages in `evidencija.messages`)."""

from __future__ import annotations

from ..errors import KnownError


class ExportRefused(KnownError):
    """The export cannot be made as asked (no NGO recipient and no explicit plain choice …)."""

    exit_code = 17
    message_id = "export_no_recipient"


class ExportCancelled(KnownError):
    exit_code = 18
    message_id = "export_cancelled"


class PackageInvalid(KnownError):
    """A package that must not be trusted. `reason` is one of the REASONS below."""

    exit_code = 19
    message_id = "package_invalid"

    UNREADABLE = "unreadable"        # not decryptable with this identity, or not a package at all
    UNKNOWN_CENTRE = "unknown_centre"  # the centre is not among the trusted centres
    WRONG_SIGNER = "wrong_signer"    # signed by a key other than the centre's registered key
    BAD_SIGNATURE = "bad_signature"  # the manifest was changed after signing
    TAMPERED = "tampered"            # the workbook is not the one the manifest names

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(f"package_{reason}", **params)
        self.reason = reason
