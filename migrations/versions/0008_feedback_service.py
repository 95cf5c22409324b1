"""feedback names the service it is about (issue 11)

`feedback_responses.service_id`: the service of the same case the person's feedback is about,
empty when it is about the centre's help as a whole. Deleting the service keeps the feedback
(SET NULL). Existing feedback stays about the case as a whole.

Revision ID: 0008_feedback_service
Revises: 0007_documents
Create Date: 2026-12-06 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_feedback_service"
down_revision: str | None = "0007_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("feedback_responses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("service_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_feedback_responses_service_id_services"),
            "services",
            ["service_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_responses_service_id"), ["service_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("feedback_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_responses_service_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_feedback_responses_service_id_services"), type_="foreignkey"
        )
        batch_op.drop_column("service_id")
