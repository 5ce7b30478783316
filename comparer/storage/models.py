"""The library's tables as typed SQLAlchemy models.

An article row holds the cleaned text and its metadata; the bytes of the original file sit
in their own table so listing and searching never load them. Sentences and removed blocks
are child rows, deleted with their article by the database itself (``ON DELETE CASCADE``).
A sentence stores only its offsets: its text is a slice of the article's text, so the two
can never disagree. Lists that are only ever read whole (credits, caption spans) are JSON
text, which every backend stores. Text columns mend what a backend cannot store (NUL, lone
surrogates, a value too long for its column) as it is written: see :mod:`.column_types`.
These models describe the newest schema (the column types change no DDL); the Alembic
revisions in ``migrations/versions`` are what actually create and change it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from comparer.storage.column_types import StoredString, StoredText


class Base(DeclarativeBase):
    """The declarative base of every library table."""


def row_ids(dialect: str) -> range:
    """Every id a row can have in a ``dialect`` database: keys are INTEGER, 32 bits on
    PostgreSQL and 64 bits on SQLite (rowids). A number outside names no row, and must not
    reach the database (PostgreSQL refuses one past 32 bits, SQLite one past 64)."""
    return range(1, 2**63) if dialect == "sqlite" else range(1, 2**31)


class ArticleRow(Base):
    """One stored article: metadata and cleaned text."""

    __tablename__ = "articles"
    # Ids are never reused, so a removed article's id cannot come to mean another one.
    __table_args__ = (
        # One index per order of the library list, covering its title and outlet filter
        # (migration 0005); titles and outlets sort without regard to case.
        Index("ix_articles_imported", "imported_at", "id", "title", "outlet"),
        Index("ix_articles_title", text("title COLLATE NOCASE"), "id", "outlet"),
        Index("ix_articles_outlet", text("outlet COLLATE NOCASE"), "id", "title"),
        Index("ix_articles_published", "published", "id", "title", "outlet"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(StoredText)
    media_type: Mapped[str] = mapped_column(StoredString(255))
    content_hash: Mapped[str] = mapped_column(String(128), unique=True)
    title: Mapped[str] = mapped_column(StoredText, default="")
    outlet: Mapped[str] = mapped_column(StoredText, default="")
    author: Mapped[str] = mapped_column(StoredText, default="")
    published_raw: Mapped[str] = mapped_column(StoredText, default="")
    published: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(StoredString(64, fallback=""), default="")
    dateline: Mapped[str] = mapped_column(StoredText, default="")
    credits: Mapped[str] = mapped_column(StoredText, default="[]")
    captions: Mapped[str] = mapped_column(StoredText, default="[]")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(StoredText)  # last column: listing never reads through it


class OriginalRow(Base):
    """The bytes of the file an article was imported from."""

    __tablename__ = "originals"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SentenceRow(Base):
    """One sentence of an article, as offsets into its text."""

    __tablename__ = "sentences"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class RemovedRow(Base):
    """A block taken out of an article (navigation, adverts...), kept for showing it."""

    __tablename__ = "removed_blocks"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(StoredText)
    reason: Mapped[str] = mapped_column(StoredString(64))
    position: Mapped[int] = mapped_column(Integer)
    # Put back into the text by the reader (migration 0008): see comparer.ingest.kept.
    kept: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ExtractedValueRow(Base):
    """The value import first gave a metadata field the user has since edited."""

    __tablename__ = "extracted_values"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(StoredString(32), primary_key=True)
    value: Mapped[str] = mapped_column(StoredText)
