"""The outbox: finished export packages waiting to be e-mailed to the NGO, and how to send them.

Both tables live inside the encrypted register, so a queued package survives closing the app and
travels with every backup, and the SMTP password is never in a plain file.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, id_column, utcnow

OUTBOX_STATES = ("queued", "sending", "interrupted", "sent", "failed")
SMTP_SECURITY_MODES = ("starttls", "tls", "none")


class OutboxItem(Base):
    """One export package in the outbox, with its bytes and its delivery history.

    `package` holds the age-encrypted file itself (never anything else: the outbox checks the age
    header and the file name when an item is added). `message_id` is fixed at the first attempt
    and reused by every later attempt, so the NGO can drop a duplicate. `sent_at` is written the
    moment the server acknowledged the end of the message (its 250 reply to DATA), before QUIT.
    `last_error` is a message id, `last_error_detail` a short technical text (an SMTP code, an
    exception name) — never personal data.
    """

    __tablename__ = "outbox_items"

    id: Mapped[str] = id_column()
    file_name: Mapped[str] = mapped_column(String(120))
    centre_code: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    package: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_error: Mapped[str | None] = mapped_column(String(60))
    last_error_detail: Mapped[str | None] = mapped_column(String(200))
    message_id: Mapped[str | None] = mapped_column(String(255))
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    sent_via: Mapped[str | None] = mapped_column(String(10))  # "smtp" or "manual"
    server_reply: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint(
            "state IN ('queued', 'sending', 'interrupted', 'sent', 'failed')", name="state_known"
        ),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("size >= 0", name="size_not_negative"),
        Index("ix_outbox_items_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_outbox_items_period", "period"),
    )


class OutboxSettings(Base):
    """How this centre sends mail (a single row, id 1). An empty `smtp_host` means "no SMTP":
    the user sends the package from their own mail client ("Prepare e-mail").

    `ca_file` names a PEM file of extra certificate authorities to trust, for a centre whose mail
    server has a certificate from a private CA (and for the tests); empty means the system's.
    """

    __tablename__ = "outbox_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ngo_address: Mapped[str] = mapped_column(String(254), default="")
    sender_address: Mapped[str] = mapped_column(String(254), default="")
    smtp_host: Mapped[str] = mapped_column(String(253), default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=587)
    smtp_security: Mapped[str] = mapped_column(String(10), default="starttls")
    smtp_username: Mapped[str] = mapped_column(String(254), default="")
    smtp_password: Mapped[str] = mapped_column(Text, default="")
    ca_file: Mapped[str] = mapped_column(Text, default="")
    timeout_seconds: Mapped[int] = mapped_column(Integer, default=60)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("smtp_security IN ('starttls', 'tls', 'none')", name="security_known"),
        CheckConstraint("smtp_port BETWEEN 1 AND 65535", name="port_range"),
        CheckConstraint("timeout_seconds BETWEEN 1 AND 600", name="timeout_range"),
    )
