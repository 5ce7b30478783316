"""PostgreSQL only: search vectors in the table's own pages, titles and outlets by trigram.

Revision ID: 0008
Revises: 0007

Ranking a search reads each candidate's vector; kept out of line (TOAST, the default for a
value over 2 kB) that read cost five times the ranking itself. The search column is made
again with ``STORAGE MAIN`` (:func:`comparer.storage.fts_pg.create`), which computes every
article's vector once more: about a second per thousand articles. The library list's
filter (a substring of the title or outlet) gets trigram indexes where ``pg_trgm`` can be
created. SQLite is unchanged.
"""

from __future__ import annotations

from alembic import op

from comparer.storage import fts_pg

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    fts_pg.drop(op.get_bind())
    fts_pg.create(op.get_bind())
    fts_pg.create_trigrams(op.get_bind())


def downgrade() -> None:
    # The search column stays in the table's pages: 0007 reads it just the same.
    if op.get_bind().dialect.name == "postgresql":
        fts_pg.drop_trigrams(op.get_bind())
