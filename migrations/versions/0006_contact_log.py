"""contact log (case notes): dated contacts with the person and with institutions (issue 11)

One table, `contact_log`: when, how (`contact_type`), with whom (`counterpart`, optionally the
participant or the institution), which colleague (`staff_user_id`) and a short free-text note.
The note and the colleague are direct identifiers: the export reads nothing of this table.

Revision ID: 0006_contact_log
Revises: 0005_search_index
Create Date: 2026-12-05 22:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_contact_log"
down_revision: str | None = "0005_search_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("contact_type", sa.String(length=40), nullable=False),
        sa.Column("counterpart", sa.String(length=40), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("institution", sa.String(length=40), nullable=True),
        sa.Column("staff_user_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_contact_log_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participants.id"], name=op.f("fk_contact_log_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["staff_user_id"], ["users.id"], name=op.f("fk_contact_log_staff_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_log")),
    )
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_log_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_log_contacted_on"), ["contacted_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_log_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_log_staff_user_id"), ["staff_user_id"], unique=False)


def downgrade() -> None:
    op.drop_table("contact_log")
