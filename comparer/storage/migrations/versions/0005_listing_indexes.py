"""Index every order the library list is shown in, covering its filter; index prefixes.

Revision ID: 0005
Revises: 0004

The list sorts by import time, title, outlet or date, with the id breaking ties, and its
filter reads only titles and outlets. Each index holds its sort key, the id, the title and
the outlet, so sorting, counting and filtering 100,000 articles read a small index and
never the wide article rows. Titles and outlets sort without regard to case
(``COLLATE NOCASE`` on SQLite, ``lower()`` elsewhere). The import-time index of 0002 is
replaced by its covering version. On SQLite the full-text index is built again with
prefix entries (:data:`comparer.storage.fts.PREFIXES`), so typed prefixes such as ``Syri*``
read one list; that takes about a second per thousand articles, once. A downgrade keeps
the prefix entries, which the older schema reads just the same.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from comparer.storage import fts

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _folded(column: str) -> sa.TextClause:
    if op.get_bind().dialect.name == "sqlite":
        return sa.text(f"{column} COLLATE NOCASE")
    return sa.text(f"lower({column})")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        fts.drop(op.get_bind())
        fts.create(op.get_bind())
    op.drop_index("ix_articles_imported", table_name="articles")
    op.create_index("ix_articles_imported", "articles", ["imported_at", "id", "title", "outlet"])
    op.create_index("ix_articles_title", "articles", [_folded("title"), "id", "outlet"])
    op.create_index("ix_articles_outlet", "articles", [_folded("outlet"), "id", "title"])
    op.create_index("ix_articles_published", "articles", ["published", "id", "title", "outlet"])


def downgrade() -> None:
    for name in ("ix_articles_published", "ix_articles_outlet", "ix_articles_title"):
        op.drop_index(name, table_name="articles")
    op.drop_index("ix_articles_imported", table_name="articles")
    op.create_index("ix_articles_imported", "articles", ["imported_at", "id"])
