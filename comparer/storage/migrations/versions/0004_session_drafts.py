"""Session drafts: the unsaved state of each running window, for crash restore.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("owner", sa.Text, nullable=False, unique=True),
        # No foreign key: a draft outlives the deletion of the session it was made from.
        sa.Column("session_id", sa.Integer, nullable=True),
        sa.Column("session_revision", sa.Integer, nullable=False),
        sa.Column("session_created", sa.DateTime, nullable=True),
        sa.Column("session_modified", sa.DateTime, nullable=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("modified", sa.DateTime, nullable=False),
        sqlite_autoincrement=True,  # a dropped draft's id is never given to another
    )


def downgrade() -> None:
    op.drop_table("session_drafts")
