"""The table that keeps comparison sessions, on the library's declarative base.

A session is small and always read and written whole, so it is one row: the columns the
session list shows and the optimistic-locking ``revision``, plus the session itself as JSON
(:mod:`comparer.sessions.codec`). Articles are referred to by content hash inside that
JSON, so removing an article never breaks the row; opening such a session says what is
missing instead.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from comparer.storage.models import Base


class SessionRow(Base):
    """One stored session."""

    __tablename__ = "sessions"
    # Ids are never reused, so a deleted session's id cannot come to mean another one.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    revision: Mapped[int] = mapped_column(Integer)
    article_count: Mapped[int] = mapped_column(Integer)
    engine_version: Mapped[str] = mapped_column(String(64))
    created: Mapped[datetime] = mapped_column(DateTime)
    modified: Mapped[datetime] = mapped_column(DateTime)
    body: Mapped[str] = mapped_column(Text)
