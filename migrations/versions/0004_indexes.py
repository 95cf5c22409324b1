"""indexes for the export and the case history; deletions remember their case

* Indexes on the dates of the case events. The monthly export selects each kind of event by its
  date (the month) and keeps those of the cases active in that month. Without an index on the
  date, SQLite walks every event of every active case and compares its date with the month's
  bounds row by row — and in SQLCipher with `cipher_memory_security` each comparison of a date
  column with a bound parameter costs microseconds (the parameter is converted to the column's
  NUMERIC affinity every time). With these indexes the export reads only the month's rows.
* An index on `meetings (case_id, meeting_type, held_on)`: the deadlines list needs the last
  coordination-group review of every open case; with it SQLite reads that from the index.
* An index on `audit_log.entity_id`: the case history looks up the entries of every record of
  the case by id; without it every case-file opening scanned the whole audit trail.
* `audit_log.case_id` (indexed, empty for older entries): the case a deletion belonged to. Once a
  record is deleted nothing in the case points at it any more, so its DELETE entry could not be
  shown in the case's history. Included in the entry's hash when set.

Revision ID: 0004_indexes
Revises: 0003_outbox
Create Date: 2026-11-22 07:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_indexes"
down_revision: str | None = "0003_outbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, date column): the names follow the register's naming convention (ix_<table>_<column>).
EVENT_DATES = (
    ("reports", "received_at"),
    ("incidents", "occurred_at"),
    ("risk_assessments", "assessed_on"),
    ("services", "started_on"),
    ("meetings", "held_on"),
    ("protection_plans", "drawn_up_on"),
    ("referrals", "referred_on"),
    ("closures", "closed_on"),
    ("feedback_responses", "given_on"),
)


def upgrade() -> None:
    for table, column in EVENT_DATES:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)
    op.create_index("ix_meetings_case_id_meeting_type_held_on", "meetings",
                    ["case_id", "meeting_type", "held_on"], unique=False)
    op.create_index(op.f("ix_audit_log_entity_id"), "audit_log", ["entity_id"], unique=False)
    op.add_column("audit_log", sa.Column("case_id", sa.String(length=36), nullable=True))
    op.create_index(op.f("ix_audit_log_case_id"), "audit_log", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_log_case_id"), table_name="audit_log")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("case_id")
    op.drop_index(op.f("ix_audit_log_entity_id"), table_name="audit_log")
    op.drop_index("ix_meetings_case_id_meeting_type_held_on", table_name="meetings")
    for table, column in reversed(EVENT_DATES):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
