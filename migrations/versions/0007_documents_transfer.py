"""documents attached to a case, case transfer between centres (issue 11)

PLACEHOLDER: reserved in the revision chain so that parallel work can land in order; the
feature's migration replaces this body.

Revision ID: 0007_documents_transfer
Revises: 0006_contact_log
Create Date: 2026-12-05 16:20:00
"""

from collections.abc import Sequence

revision: str = "0007_documents_transfer"
down_revision: str | None = "0006_contact_log"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
