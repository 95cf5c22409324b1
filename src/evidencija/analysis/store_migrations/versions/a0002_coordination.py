"""The coordination mechanisms' counts of each submission (issue 12)

Revision ID: a0002_coordination
Revises: a0001_initial
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "a0002_coordination"
down_revision: str | None = "a0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "coordination_counts",
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.String(length=60), nullable=False),
        sa.Column("row_code", sa.String(length=40), nullable=False),
        sa.Column("column_code", sa.String(length=40), nullable=False),
        sa.Column("count", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(["submission_id"], ["submissions.id"],
                                name=op.f("fk_coordination_counts_submission_id_submissions")),
        sa.PrimaryKeyConstraint("submission_id", "row_no", name=op.f("pk_coordination_counts")),
    )


def downgrade() -> None:
    op.drop_table("coordination_counts")
