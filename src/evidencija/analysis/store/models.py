"""The consolidated store of the analysis side: its own declarative base, its own alembic history.

Four bookkeeping tables — registered centres, their signing keys (history kept), submissions
(one row per imported export file, current or superseded) and the import log (every file tried,
accepted or rejected, with its reason) — and one table per row-level sheet of the export contract
(`evidencija.analysis.contract`), each row tied to the submission it came in.

A re-sent export for the same centre and month does not delete anything: the earlier submission
is marked `superseded` (with who replaced it and when) and its rows stay, so the history of what
was received can be reconstructed. Everything that reads indicators reads `current` submissions
only. A partial unique index keeps at most one current submission per centre and month even when
two analysts import into a shared PostgreSQL server at the same moment.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ...db.models.base import NAMING_CONVENTION, UtcDateTime, utcnow
from ...export import schema as S
from ..contract import MAX_CODE_CHARS, ROW_SHEETS, column_type, sheet_columns

CENTRE = String(40)
PERIOD = String(7)  # YYYY-MM


class AnalysisBase(DeclarativeBase):
    """The analysis store's own base: never mixed with the register's tables."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Centre(AnalysisBase):
    """A centre for social work registered from its centre card."""

    __tablename__ = "centres"

    code: Mapped[str] = mapped_column(CENTRE, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    municipality_code: Mapped[str | None] = mapped_column(String(20))
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)


class CentreKey(AnalysisBase):
    """A signing key of a centre. One is `active`; replaced keys stay as `retired` (history)."""

    __tablename__ = "centre_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    centre_code: Mapped[str] = mapped_column(ForeignKey("centres.code"), index=True)
    public_key: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    card_json: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index(
            "uq_centre_keys_one_active",
            "centre_code",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )


class Submission(AnalysisBase):
    """One imported export file (a centre's month). `status` is `current` or `superseded`."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    centre_code: Mapped[str] = mapped_column(ForeignKey("centres.code"), index=True)
    period: Mapped[str] = mapped_column(PERIOD)
    export_id: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    schema_version: Mapped[int] = mapped_column(Integer)
    software_version: Mapped[str | None] = mapped_column(String(40))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    workbook_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(500))
    file_size: Mapped[int] = mapped_column(BigInteger)
    key_fingerprint: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    status: Mapped[str] = mapped_column(String(12), default="current")
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"))
    superseded_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    row_counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON: sheet → rows
    metadata_json: Mapped[str] = mapped_column(Text, default="{}")  # the metadata sheet, as read

    __table_args__ = (
        Index("ix_submissions_centre_period", "centre_code", "period"),
        Index(
            "uq_submissions_one_current",
            "centre_code",
            "period",
            unique=True,
            sqlite_where=text("status = 'current'"),
            postgresql_where=text("status = 'current'"),
        ),
    )


class ImportLogEntry(AnalysisBase):
    """Every file an import looked at, with its outcome (accepted, replaced, unchanged, rejected)."""

    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)
    centre_code: Mapped[str | None] = mapped_column(CENTRE)
    period: Mapped[str | None] = mapped_column(PERIOD)
    export_id: Mapped[str | None] = mapped_column(String(64))
    submission_id: Mapped[int | None] = mapped_column(Integer)


# ---------------------------------------------------------------------------- row-level sheets
def _sql_type(column_type: str):  # type: ignore[no-untyped-def]
    if column_type == S.INT:
        return BigInteger()
    if column_type == S.PSEUDONYM:
        return String(16)
    if column_type == S.PERIOD:
        return String(10)
    if column_type == S.CODE:
        return String(MAX_CODE_CHARS)
    return Text()


def _data_table(sheet: str) -> Table:
    return Table(
        f"rows_{sheet}",
        AnalysisBase.metadata,
        Column("submission_id", ForeignKey("submissions.id"), nullable=False),
        Column("row_no", Integer, nullable=False),
        *(
            Column(name, _sql_type(column_type(sheet, name)), nullable=True)
            for name in sheet_columns(sheet)
        ),
        PrimaryKeyConstraint("submission_id", "row_no"),
    )


DATA_TABLES: dict[str, Table] = {sheet: _data_table(sheet) for sheet in ROW_SHEETS}
"""Row sheet name → its table in the store (`rows_<sheet>`)."""


COORDINATION_COUNTS = Table(
    "coordination_counts",
    AnalysisBase.metadata,
    Column("submission_id", ForeignKey("submissions.id"), nullable=False),
    Column("row_no", Integer, nullable=False),
    Column("table_id", String(60), nullable=False),
    Column("row_code", String(MAX_CODE_CHARS), nullable=False),
    Column("column_code", String(MAX_CODE_CHARS), nullable=False),
    Column("count", BigInteger, nullable=True),
    PrimaryKeyConstraint("submission_id", "row_no"),
)
"""The coordination mechanisms' counts of a submission (aggregate tables T20–T23)."""
