"""Known errors of the outbox (messages in `evidencija.messages`)."""

from __future__ import annotations

from ..errors import KnownError


class NotAPackage(KnownError):
    """Something other than an age-encrypted export package was offered to the outbox."""

    exit_code = 12
    message_id = "outbox_not_package"


class OutboxNotConfigured(KnownError):
    """Sending by SMTP was asked for, but the server, sender or NGO address is not set."""

    exit_code = 21
    message_id = "outbox_not_configured"
