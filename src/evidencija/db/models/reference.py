"""Reference data and working state kept inside the encrypted register: the municipality table and
the drafts of unsaved forms.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UtcDateTime, id_column, utcnow

if TYPE_CHECKING:
    from .case import Case
    from .register import User


class Municipality(Base):
    """A municipality of Serbia or Kosovo (data dictionary §4), the target of every
    municipality code in the register.

    `code` is the register's own stable code. The two official code systems are kept beside it
    because neither covers everything: `rzs_code` is the Serbian statistical office's code (it
    exists for the pre-1999 Kosovo municipalities only), `ask_code` the Kosovo Agency of
    Statistics code. `valid_from` / `valid_to` date changes such as the creation of North
    Mitrovica in 2013, so old cases keep their old municipality. The rows are seeded by a
    migration.
    """

    __tablename__ = "municipalities"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name_sr: Mapped[str] = mapped_column(String(100))
    name_sq: Mapped[str | None] = mapped_column(String(100))
    rzs_code: Mapped[str | None] = mapped_column(String(10))
    ask_code: Mapped[str | None] = mapped_column(String(10))
    jurisdiction: Mapped[str] = mapped_column(String(2))
    district: Mapped[str | None] = mapped_column(String(100))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("jurisdiction IN ('RS', 'XK')", name="jurisdiction_rs_or_xk"),
        CheckConstraint(
            "valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from", name="valid_period"
        ),
    )


class DraftEdit(Base):
    """An unsaved form, kept so that nothing typed is lost when the register locks.

    It lives inside the encrypted database (never in a plain file or in QSettings) because it
    may hold identity data. `form_key` names one form instance, e.g. `incident:<id>` or
    `case:new`; a user has at most one draft per form. `payload` is the form's fields as JSON.
    `case_id` lets the case screen offer the drafts that belong to it and lets them go when the
    case is deleted.
    """

    __tablename__ = "draft_edits"

    id: Mapped[str] = id_column()
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    form_key: Mapped[str] = mapped_column(String(200))
    case_id: Mapped[str | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    payload: Mapped[str] = mapped_column(Text, default="{}")
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("user_id", "form_key"),)

    user: Mapped[User] = relationship()
    case: Mapped[Case | None] = relationship(back_populates="drafts")
