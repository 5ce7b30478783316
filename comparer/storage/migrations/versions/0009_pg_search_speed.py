"""PostgreSQL only: search vectors in a narrow table of their own; trigram indexes.

Revision ID: 0009
Revises: 0008

Ranking a search reads each candidate's vector. Kept out of line (TOAST, the default for a
value over 2 kB) that read cost five times the ranking; kept inline in ``articles`` they
made every scan of that table six times slower. So the vectors move to ``article_search``
(inline, with the GIN index and a trigger; see :mod:`comparer.storage.fts_pg_schema`),
which computes every article's vector once more: about a second per thousand articles.
The library list's filter (a substring of the title or outlet) gets trigram indexes where
``pg_trgm`` can be created. SQLite is unchanged.
"""

from __future__ import annotations

from alembic import op

from comparer.storage import fts_pg_schema

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    fts_pg_schema.drop_column(op.get_bind())
    fts_pg_schema.create_table(op.get_bind())
    fts_pg_schema.create_trigrams(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    fts_pg_schema.drop_trigrams(op.get_bind())
    fts_pg_schema.drop_table(op.get_bind())
    fts_pg_schema.create_column(op.get_bind())
