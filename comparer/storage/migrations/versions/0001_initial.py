"""The first library schema: articles, originals, sentences, removed blocks, search index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from comparer.storage import fts, fts_pg_schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _article_child(name: str, key: str, *columns: sa.Column[object]) -> None:
    op.create_table(
        name,
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column(key, sa.Integer, nullable=False),
        *columns,
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", key),
    )


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(255), nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("outlet", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("published_raw", sa.Text, nullable=False),
        sa.Column("published", sa.Date, nullable=True),
        sa.Column("language", sa.String(64), nullable=False),
        sa.Column("dateline", sa.Text, nullable=False),
        sa.Column("credits", sa.Text, nullable=False),
        sa.Column("captions", sa.Text, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        # Last, so reading the columns before it never walks a long text's overflow pages.
        sa.Column("text", sa.Text, nullable=False),
        sqlite_autoincrement=True,  # a removed article's id is never given to another
    )
    op.create_table(
        "originals",
        sa.Column("article_id", sa.Integer, primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
    )
    _article_child(
        "sentences",
        "number",
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    _article_child(
        "removed_blocks",
        "ordinal",
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("reason", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    # The full-text index is each database's own: FTS5 on SQLite, a tsvector on PostgreSQL.
    if op.get_bind().dialect.name == "sqlite":
        fts.create(op.get_bind())
    elif op.get_bind().dialect.name == "postgresql":
        fts_pg_schema.create_config(op.get_bind())
        fts_pg_schema.create_column(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        fts.drop(op.get_bind())
    elif op.get_bind().dialect.name == "postgresql":
        fts_pg_schema.drop(op.get_bind())
    for table in ("removed_blocks", "sentences", "originals", "articles"):
        op.drop_table(table)
