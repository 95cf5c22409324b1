"""Known errors: problems of the environment or the input that the user can act on.

Each carries a message id (translated in `evidencija.messages`) and a distinct exit code for the
CLI. Anything else that escapes is a bug: it is logged with a trace and shown in a crash dialog.
"""

from __future__ import annotations

from typing import ClassVar


class KnownError(Exception):
    """An error with a plain message in the user's language; nothing was changed on disk."""

    exit_code: ClassVar[int] = 20
    message_id: ClassVar[str] = "error_generic"

    def __init__(self, message_id: str | None = None, **params: object) -> None:
        self.message_id = message_id or type(self).message_id
        self.params = params
        super().__init__(self.message_id)

    def message(self, lang: str | None = None) -> str:
        from .messages import text

        return text(self.message_id, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class WrongCredentials(KnownError):
    """Wrong username or passphrase; deliberately does not say which."""

    exit_code = 3
    message_id = "wrong_credentials"


class RegisterMissing(KnownError):
    exit_code = 4
    message_id = "register_missing"


class ForeignFile(KnownError):
    """A file that is not part of an Evidencija register (or of this one)."""

    exit_code = 5
    message_id = "foreign_file"


class DamagedRegister(KnownError):
    exit_code = 6
    message_id = "damaged_register"


class NewerRegister(KnownError):
    exit_code = 7
    message_id = "newer_register"


class DiskFull(KnownError):
    exit_code = 8
    message_id = "disk_full"


class RegisterInUse(KnownError):
    exit_code = 9
    message_id = "register_in_use"


class NetworkShare(KnownError):
    exit_code = 10
    message_id = "network_share"


class PermissionDenied(KnownError):
    exit_code = 11
    message_id = "permission_denied"


class InvalidInput(KnownError):
    exit_code = 12
    message_id = "invalid_input"


class BadBackup(KnownError):
    exit_code = 13
    message_id = "bad_backup"


class RegisterExists(KnownError):
    exit_code = 14
    message_id = "register_exists"


class MigrationFailed(KnownError):
    exit_code = 15
    message_id = "migration_failed"


class WriteFailed(KnownError):
    """A write failed for a reason other than a full disk (permissions, removed USB drive …)."""

    exit_code = 16
    message_id = "write_failed"


class DisplayLibraryMissing(KnownError):
    """A system library Qt needs to open a window is not installed (Linux)."""

    exit_code = 23
    message_id = "display_library_missing"


def write_error(exc: OSError, path: object) -> KnownError:
    """Translate an OSError raised while writing into the known error the user should see."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(path=str(path))
    return WriteFailed(path=str(path), reason=exc.strerror or type(exc).__name__)
