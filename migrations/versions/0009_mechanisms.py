"""coordination mechanisms not tied to a case (issue 12)

PLACEHOLDER: reserved in the revision chain so that parallel work can land in order; the
feature's migration replaces this body.

Revision ID: 0009_mechanisms
Revises: 0008_search_index
Create Date: 2026-12-05 16:20:00
"""

from collections.abc import Sequence

revision: str = "0009_mechanisms"
down_revision: str | None = "0008_search_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
