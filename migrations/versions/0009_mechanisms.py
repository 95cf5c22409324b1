"""coordination mechanisms apart from any case (issue 12)

A GKS or a Kosovo municipal coordination mechanism (`mechanisms`), its member institutions and
named representatives (`mechanism_members`), its meetings with attendance by institution
(`mechanism_meetings`, `mechanism_attendance`) and the decisions taken there with the
responsible institution, deadline and follow-up (`mechanism_decisions`). Names and texts are
direct identifiers: the export reads only counts.

Revision ID: 0009_mechanisms
Revises: 0008_feedback_service
Create Date: 2026-12-06 15:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_mechanisms"
down_revision: str | None = "0008_feedback_service"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamps() -> list[sa.Column]:
    return [sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "mechanisms",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("municipality_code", sa.String(length=20), nullable=False),
        sa.Column("meets_every_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["municipality_code"], ["municipalities.code"],
                                name=op.f("fk_mechanisms_municipality_code_municipalities")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mechanisms")),
    )
    op.create_table(
        "mechanism_members",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mechanism_id", sa.String(length=36), nullable=False),
        sa.Column("institution", sa.String(length=40), nullable=False),
        sa.Column("representative", sa.String(length=200), nullable=True),
        sa.Column("member_role", sa.String(length=40), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["mechanism_id"], ["mechanisms.id"],
                                name=op.f("fk_mechanism_members_mechanism_id_mechanisms"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mechanism_members")),
    )
    op.create_table(
        "mechanism_meetings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mechanism_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("meeting_type", sa.String(length=40), nullable=False),
        sa.Column("cases_discussed", sa.Integer(), nullable=True),
        sa.Column("agenda", sa.Text(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["mechanism_id"], ["mechanisms.id"],
                                name=op.f("fk_mechanism_meetings_mechanism_id_mechanisms"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mechanism_meetings")),
    )
    op.create_table(
        "mechanism_attendance",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["mechanism_meetings.id"],
                                name=op.f("fk_mechanism_attendance_meeting_id_mechanism_meetings"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "code", name=op.f("pk_mechanism_attendance")),
    )
    op.create_table(
        "mechanism_decisions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=40), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("follow_up", sa.Text(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["meeting_id"], ["mechanism_meetings.id"],
                                name=op.f("fk_mechanism_decisions_meeting_id_mechanism_meetings"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mechanism_decisions")),
    )
    with op.batch_alter_table("mechanism_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mechanism_members_mechanism_id"), ["mechanism_id"],
                              unique=False)
    with op.batch_alter_table("mechanism_meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mechanism_meetings_mechanism_id"), ["mechanism_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_mechanism_meetings_held_on"), ["held_on"],
                              unique=False)
    with op.batch_alter_table("mechanism_decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mechanism_decisions_meeting_id"), ["meeting_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_mechanism_decisions_deadline"), ["deadline"],
                              unique=False)


def downgrade() -> None:
    for table in ("mechanism_decisions", "mechanism_attendance", "mechanism_meetings",
                  "mechanism_members", "mechanisms"):
        op.drop_table(table)
