"""Index articles by import time, the order the library list is shown in.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_imported", "articles", ["imported_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_articles_imported", table_name="articles")
