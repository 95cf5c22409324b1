"""local protocols of cooperation, jurisdiction-aware legal clocks (issue 12)

PLACEHOLDER: reserved in the revision chain so that parallel work can land in order; the
feature's migration replaces this body.

Revision ID: 0010_protocols
Revises: 0009_mechanisms
Create Date: 2026-12-05 16:20:00
"""

from collections.abc import Sequence

revision: str = "0010_protocols"
down_revision: str | None = "0009_mechanisms"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
