"""The table that keeps comparison sessions, on the library's declarative base.

A session is small and always read and written whole, so it is one row: the columns the
session list shows and the optimistic-locking ``revision``, plus the session itself as JSON
(:mod:`comparer.sessions.codec`). Articles are referred to by content hash inside that
JSON, so removing an article never breaks the row; opening such a session says what is
missing instead. A draft (:class:`DraftRow`) is the unsaved state of one running window,
one row per owner, kept apart from the sessions so an autosave never touches a saved one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer
from sqlalchemy.orm import Mapped, mapped_column

from comparer.storage.column_types import StoredString, StoredText
from comparer.storage.models import Base


class SessionRow(Base):
    """One stored session."""

    __tablename__ = "sessions"
    # Ids are never reused, so a deleted session's id cannot come to mean another one.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(StoredText, unique=True)
    revision: Mapped[int] = mapped_column(Integer)
    article_count: Mapped[int] = mapped_column(Integer)
    engine_version: Mapped[str] = mapped_column(StoredString(64))
    created: Mapped[datetime] = mapped_column(DateTime)
    modified: Mapped[datetime] = mapped_column(DateTime)
    body: Mapped[str] = mapped_column(StoredText)
    created_by: Mapped[str] = mapped_column(StoredText, default="", server_default="")
    saved_by: Mapped[str] = mapped_column(StoredText, default="", server_default="")


class DraftRow(Base):
    """The unsaved state of the session one running copy of Comparer has open.

    ``session_id`` is a plain number, not a foreign key: deleting the stored session must
    not delete the work in its draft, which then restores as a new, unsaved session. The
    session's library bookkeeping is kept in columns because the JSON body leaves it out.
    """

    __tablename__ = "session_drafts"
    # Ids are never reused, so a draft id the user was offered cannot come to mean another.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(StoredText, unique=True)
    session_id: Mapped[int | None] = mapped_column(Integer)
    session_revision: Mapped[int] = mapped_column(Integer)
    session_created: Mapped[datetime | None] = mapped_column(DateTime)
    session_modified: Mapped[datetime | None] = mapped_column(DateTime)
    name: Mapped[str] = mapped_column(StoredText)
    body: Mapped[str] = mapped_column(StoredText)
    modified: Mapped[datetime] = mapped_column(DateTime)
