"""Comparison sessions: one row per session, its content as JSON.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("article_count", sa.Integer, nullable=False),
        sa.Column("engine_version", sa.String(64), nullable=False),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.Column("modified", sa.DateTime, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sqlite_autoincrement=True,  # a deleted session's id is never given to another
    )


def downgrade() -> None:
    op.drop_table("sessions")
