"""The one place that turns a library location into a configured SQLAlchemy engine.

SQLite connections are set up for sharing a file between two running copies of Comparer:
write-ahead logging so readers never block the writer, a busy timeout so a second writer
waits instead of failing, foreign keys enforced, and ``synchronous=NORMAL`` (safe with WAL:
a crash can lose no committed transaction's integrity, only the last instant's commits).
Python's sqlite3 module would otherwise open transactions lazily and skip them around DDL,
so we switch its own handling off and emit ``BEGIN`` ourselves; writers ask for
``BEGIN IMMEDIATE`` so they queue on the busy timeout up front instead of failing halfway
when a read lock cannot be upgraded.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from comparer.errors import LibraryError
from comparer.storage import postgres

BUSY_TIMEOUT_MS = 10_000
WRITE = {"comparer_write": True}
"""Execution options for a connection or session that will write."""

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def to_url(target: str | Path) -> URL:
    """A SQLAlchemy URL for a path or a URL string (``sqlite:///...``, ``postgresql://...``).

    A PostgreSQL URL always names the psycopg 3 driver (see :mod:`.postgres`).
    """
    if isinstance(target, str) and "://" in target:
        try:
            return postgres.driver_url(make_url(target))
        except ArgumentError as error:
            raise LibraryError(f"{target!r} is not a library location: {error}") from error
    path = Path(target).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database or "")


def open_engine(url: URL) -> Engine:
    """An engine for ``url``, with SQLite connections configured for shared use.

    A SQLite file that this process may not write (a read-only file, folder or medium) is
    opened read-only, so it can still be read; writes then fail as read-only.
    """
    if url.get_backend_name() != "sqlite":
        try:
            if postgres.is_postgresql(url):
                return postgres.open_engine(url)
            return create_engine(url)
        except (ArgumentError, ImportError) as error:
            raise LibraryError(f"cannot open {url.render_as_string()}: {error}") from error
    path = sqlite_file(url)
    if path is not None and not is_writable(path):
        engine = read_only_engine(path)
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def is_writable(path: Path) -> bool:
    """Whether this process can write the library file and the journal files beside it."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def read_only_engine(path: Path) -> Engine:
    """An engine that can only read ``path``: used to inspect a library before trusting it.

    In a folder where SQLite cannot create its shared-memory file (a read-only medium), the
    file is opened as immutable: nothing can change it there anyway.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    if not os.access(path.parent, os.W_OK) and not path.with_name(path.name + "-shm").exists():
        uri += "&immutable=1"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.isolation_level = None
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return connection

    return create_engine("sqlite://", creator=connect, poolclass=NullPool)


def _configure_sqlite(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in _PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _begin_sqlite(connection: Connection) -> None:
    writing = connection.get_execution_options().get("comparer_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")
