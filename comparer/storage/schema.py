"""Bringing a library's schema to this version's revision without ever risking its data.

Before anything writes to a library file it is inspected read-only, through SQLite alone
(never a plain file handle, which would drop the process's locks on it): a file that is not a
SQLite database, a database that is not a Comparer library, and a library written by a
newer Comparer (its revision is unknown here) are refused with a
:class:`~comparer.errors.LibraryError` and left exactly as they were. A library already at
:data:`HEAD_REVISION` opens without loading Alembic at all; anything else goes through
:mod:`comparer.storage.migrate` (backup, then upgrade in one transaction).
"""

from __future__ import annotations

from types import ModuleType

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from comparer.errors import LibraryError
from comparer.storage import health
from comparer.storage.database import (
    WRITE,
    is_writable,
    open_engine,
    read_only_engine,
    sqlite_file,
)

# The newest migration in migrations/versions; a test checks it against Alembic's head.
HEAD_REVISION = "0009"


def check_readable(url: URL) -> str | None:
    """The stored revision (None for a new library), refusing what must not be touched."""
    path = sqlite_file(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return None
    engine = read_only_engine(path) if path is not None else open_engine(url)
    try:
        with engine.connect() as connection:
            revision = _stored_revision(connection, _where(url))
    except DBAPIError as error:
        raise LibraryError(health.describe(error, _where(url))) from error
    finally:
        engine.dispose()
    if revision not in (None, HEAD_REVISION):
        _migrate().check_known(revision, _where(url))
    return revision


def upgrade(engine: Engine, url: URL) -> None:
    """Bring the library to the head revision, backing up an older file first."""
    path = sqlite_file(url)
    if path is not None and path.exists() and not is_writable(path):
        raise LibraryError(
            f"{path} was made by an older version of Comparer and must be upgraded, but it "
            "is read-only: copy it to a folder you can write to and open the copy"
        )
    try:
        with engine.execution_options(**WRITE).begin() as connection:
            current = _stored_revision(connection, _where(url))
            if current != HEAD_REVISION:
                _migrate().upgrade(connection, current, sqlite_file(url), _where(url))
    except DBAPIError as error:
        problem = health.describe(error, _where(url))
        raise LibraryError(f"{problem} (while upgrading it to this version)") from error


def _migrate() -> ModuleType:
    # Alembic is imported only when a library needs it: it would add a good part of a second
    # to every start of the app for a step that almost never runs.
    from comparer.storage import migrate

    return migrate


def _stored_revision(connection: Connection, where: str) -> str | None:
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise LibraryError(f"{where} is a database but not a Comparer library")
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def _where(url: URL) -> str:
    path = sqlite_file(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)
