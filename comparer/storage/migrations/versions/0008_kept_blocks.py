"""Removed blocks the reader put back into the article's text (``kept``).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every block removed before this revision is still out of the text.
    op.add_column(
        "removed_blocks",
        sa.Column("kept", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("removed_blocks") as batch:
        batch.drop_column("kept")
