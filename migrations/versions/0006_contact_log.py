"""contact log and case notes (issue 11)

PLACEHOLDER: reserved in the revision chain so that parallel work can land in order; the
feature's migration replaces this body.

Revision ID: 0006_contact_log
Revises: 0005_person_details
Create Date: 2026-12-05 16:20:00
"""

from collections.abc import Sequence

revision: str = "0006_contact_log"
down_revision: str | None = "0005_person_details"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
