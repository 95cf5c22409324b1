"""Tables that every register has from its first revision: the centre, users, settings, audit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, id_column, utcnow


class Centre(Base):
    """The one centre this register belongs to (a single row).

    The pseudonym key and the signing key never leave the encrypted database: the first keys the
    per-export pseudonymous codes, the second signs export packages.
    """

    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    municipality_code: Mapped[str | None] = mapped_column(String(20))
    register_id: Mapped[str] = mapped_column(String(36))
    pseudonym_key: Mapped[bytes] = mapped_column(LargeBinary)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class User(Base):
    """A named person who may unlock the register; the key slot lives beside the database."""

    __tablename__ = "users"

    id: Mapped[str] = id_column()
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # code list `user_role`
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Setting(Base):
    """Register-wide settings (idle-lock minutes, k for the export …). Never secrets of users."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Append-only, hash-chained record of every write and every opening of identity data.

    `entry_hash` = SHA-256 over the previous entry's hash and this entry's canonical content, so
    that an edited, inserted or deleted row breaks the chain and `evidencija check` reports it.
    """

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(20))  # CREATE / UPDATE / DELETE / VIEW / PRINT / …
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36), index=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field → [before, after]
    # The case a deleted record belonged to: afterwards nothing in the case points at it, and
    # the case history finds its DELETE entry by this. Not a foreign key: the trail outlives rows.
    case_id: Mapped[str | None] = mapped_column(String(36), index=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
