"""Coordination mechanisms of the centre's municipality, kept apart from any one case: the
Serbian GKS (ZSNP art. 25) or a Kosovo municipal coordination mechanism against domestic
violence, its member institutions and their representatives, its meetings (attendance by
institution, agenda) and the decisions taken there, with the institution responsible, a deadline
and what became of them.

A representative's name and the agenda and decision texts may identify people: they stay in the
register like the case file. The monthly export carries only counts (docs/export-format.md).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, id_column
from .case import CHILD, CODE, MUNICIPALITY, Timestamped


class Mechanism(Timestamped, Base):
    """A coordination body: `kind` GKS or XK_MECHANISM; it should meet every
    `meets_every_days` (60 for a Kosovo mechanism's bimonthly meetings)."""

    __tablename__ = "mechanisms"

    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(CODE)  # code list: mechanism_kind
    municipality_code: Mapped[str] = mapped_column(
        MUNICIPALITY, ForeignKey("municipalities.code"))
    meets_every_days: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    members: Mapped[list[MechanismMember]] = relationship(back_populates="mechanism", **CHILD)
    meetings: Mapped[list[MechanismMeeting]] = relationship(back_populates="mechanism", **CHILD)


class MechanismMember(Timestamped, Base):
    """A member institution and its named representative (identifying: never exported)."""

    __tablename__ = "mechanism_members"

    id: Mapped[str] = id_column()
    mechanism_id: Mapped[str] = mapped_column(
        ForeignKey("mechanisms.id", ondelete="CASCADE"), index=True)
    institution: Mapped[str] = mapped_column(CODE)  # code list: institution
    representative: Mapped[str | None] = mapped_column(String(200))
    member_role: Mapped[str | None] = mapped_column(CODE)  # code list: mechanism_member_role
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)

    mechanism: Mapped[Mechanism] = relationship(back_populates="members")


class MechanismMeeting(Timestamped, Base):
    """A meeting of the mechanism: regular, extraordinary or about a case."""

    __tablename__ = "mechanism_meetings"

    id: Mapped[str] = id_column()
    mechanism_id: Mapped[str] = mapped_column(
        ForeignKey("mechanisms.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    meeting_type: Mapped[str] = mapped_column(CODE)  # code list: mechanism_meeting_type
    cases_discussed: Mapped[int | None] = mapped_column(Integer)
    agenda: Mapped[str | None] = mapped_column(Text)

    mechanism: Mapped[Mechanism] = relationship(back_populates="meetings")
    attendance_rows: Mapped[list[MechanismAttendance]] = relationship(**CHILD)
    decisions: Mapped[list[MechanismDecision]] = relationship(back_populates="meeting", **CHILD)


class MechanismAttendance(Base):
    """An institution present at a meeting (multi-select)."""

    __tablename__ = "mechanism_attendance"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("mechanism_meetings.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(CODE, primary_key=True)  # code list: institution


class MechanismDecision(Timestamped, Base):
    """A decision of a meeting: who carries it out, by when, and what became of it (recorded
    when a later meeting follows it up)."""

    __tablename__ = "mechanism_decisions"

    id: Mapped[str] = id_column()
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("mechanism_meetings.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(CODE)  # code list: institution
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(CODE, default="OPEN")  # code list: decision_status
    done_on: Mapped[date | None] = mapped_column(Date)
    follow_up: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[MechanismMeeting] = relationship(back_populates="decisions")
