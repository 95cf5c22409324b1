"""outbox of export packages and mail settings

Two new tables, nothing else changes: `outbox_items` (each export package waiting for or done
with e-mail delivery, its bytes included, with state, attempts, backoff, last error, Message-ID
and acknowledgement) and `outbox_settings` (one row: the NGO address and the SMTP settings, the
password included, inside the encrypted database).

Revision ID: 0003_outbox
Revises: 0002_domain
Create Date: 2026-11-22 04:49:00.298214
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_outbox"
down_revision: str | None = "0002_domain"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ngo_address", sa.String(length=254), nullable=False),
        sa.Column("sender_address", sa.String(length=254), nullable=False),
        sa.Column("smtp_host", sa.String(length=253), nullable=False),
        sa.Column("smtp_port", sa.Integer(), nullable=False),
        sa.Column("smtp_security", sa.String(length=10), nullable=False),
        sa.Column("smtp_username", sa.String(length=254), nullable=False),
        sa.Column("smtp_password", sa.Text(), nullable=False),
        sa.Column("ca_file", sa.Text(), nullable=False),
        sa.Column("timeout_seconds", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "smtp_security IN ('starttls', 'tls', 'none')",
            name=op.f("ck_outbox_settings_security_known"),
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_outbox_settings_single_row")),
        sa.CheckConstraint(
            "smtp_port BETWEEN 1 AND 65535", name=op.f("ck_outbox_settings_port_range")
        ),
        sa.CheckConstraint(
            "timeout_seconds BETWEEN 1 AND 600", name=op.f("ck_outbox_settings_timeout_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_settings")),
    )
    op.create_table(
        "outbox_items",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=120), nullable=False),
        sa.Column("centre_code", sa.String(length=40), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("package", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=60), nullable=True),
        sa.Column("last_error_detail", sa.String(length=200), nullable=True),
        sa.Column("message_id", sa.String(length=255), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("sent_via", sa.String(length=10), nullable=True),
        sa.Column("server_reply", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "state IN ('queued', 'sending', 'interrupted', 'sent', 'failed')",
            name=op.f("ck_outbox_items_state_known"),
        ),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_outbox_items_attempts_not_negative")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_outbox_items_size_not_negative")),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_outbox_items_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_items")),
    )
    with op.batch_alter_table("outbox_items", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_items_period", ["period"], unique=False)
        batch_op.create_index(
            "ix_outbox_items_state_next_attempt_at", ["state", "next_attempt_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox_items", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_items_state_next_attempt_at")
        batch_op.drop_index("ix_outbox_items_period")

    op.drop_table("outbox_items")
    op.drop_table("outbox_settings")
