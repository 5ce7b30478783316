"""Index every column the library list sorts by, so a click on a header reads an index.

Revision ID: 0005
Revises: 0004

Titles and outlets sort without regard to case (``COLLATE NOCASE`` on SQLite, ``lower()``
elsewhere), as people expect; each index ends in the id, the list's tie-breaker.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _folded(column: str) -> sa.TextClause:
    if op.get_bind().dialect.name == "sqlite":
        return sa.text(f"{column} COLLATE NOCASE")
    return sa.text(f"lower({column})")


def upgrade() -> None:
    op.create_index("ix_articles_title", "articles", [_folded("title"), "id"])
    op.create_index("ix_articles_outlet", "articles", [_folded("outlet"), "id"])
    op.create_index("ix_articles_published", "articles", ["published", "id"])


def downgrade() -> None:
    for name in ("ix_articles_published", "ix_articles_outlet", "ix_articles_title"):
        op.drop_index(name, table_name="articles")
