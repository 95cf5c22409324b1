"""indexes on the dates of the case events

The monthly export selects each kind of event by its date (the month) and then keeps those of
the cases active in that month. Without an index on the date, SQLite walks every event of every
active case and compares its date with the month's bounds row by row — and in SQLCipher with
`cipher_memory_security` each such comparison of a date column with a bound parameter costs
microseconds (the parameter is converted to the column's NUMERIC affinity every time). With these
indexes the export reads only the month's rows. The deadline and history views benefit too.
Indexes only: no data changes, and an older program version would still read the database.

Revision ID: 0004_event_date_indexes
Revises: 0003_outbox
Create Date: 2026-11-22 07:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_event_date_indexes"
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


def downgrade() -> None:
    for table, column in reversed(EVENT_DATES):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
