"""Bringing a library's schema to this version's revision without ever risking its data.

Before anything writes to a library file it is inspected read-only: a file that is not a
SQLite database, a database that is not a Comparer library, and a library written by a
newer Comparer (its Alembic revision is unknown here) are refused with a
:class:`~comparer.errors.LibraryError` and left exactly as they were. An older library is
first copied to ``<name>.backup-<revision>-<UTC time>.sqlite3`` beside it (with SQLite's
online backup, so the copy is consistent even while another copy of Comparer reads it), then
upgraded by Alembic inside one write transaction: all revisions apply or none do.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from comparer.errors import LibraryError
from comparer.storage.database import WRITE, open_engine, read_only_engine, sqlite_file

HERE = Path(__file__).resolve().parent
SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config() -> Config:
    """Alembic's configuration pointing at the migrations shipped in this package."""
    config = Config(str(HERE / "alembic.ini"))
    config.set_main_option("script_location", str(HERE / "migrations"))
    return config


def head_revision() -> str:
    """The schema revision this version of Comparer writes."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def check_readable(url: URL) -> str | None:
    """The stored revision (None for a new library), refusing what must not be touched."""
    path = sqlite_file(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return None
    if path is not None:
        _check_header(path)
    engine = read_only_engine(path) if path is not None else open_engine(url)
    try:
        with engine.connect() as connection:
            revision = _stored_revision(connection, _where(url))
    except DBAPIError as error:
        raise LibraryError(f"{_where(url)} is damaged or unreadable: {error.orig}") from error
    finally:
        engine.dispose()
    _check_known(revision, _where(url))
    return revision


def upgrade(engine: Engine, url: URL) -> None:
    """Bring the library to the head revision, backing up an older file first."""
    head = head_revision()
    try:
        with engine.execution_options(**WRITE).begin() as connection:
            current = _stored_revision(connection, _where(url))
            if current == head:
                return
            _check_known(current, _where(url))
            path = sqlite_file(url)
            if current is not None and path is not None:
                backup(path, current)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except (DBAPIError, CommandError) as error:
        raise LibraryError(f"{_where(url)} could not be upgraded: {error}") from error


def backup(path: Path, revision: str) -> Path:
    """Copy the library at ``path`` to a dated file beside it and return that file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}.sqlite3")
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise LibraryError(f"{path} is not a Comparer library (not a SQLite database)")


def _stored_revision(connection: Connection, where: str) -> str | None:
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise LibraryError(f"{where} is a database but not a Comparer library")
    return MigrationContext.configure(connection).get_current_revision()


def _check_known(revision: str | None, where: str) -> None:
    if revision is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(revision) is not None
    except (CommandError, RevisionError):
        known = False
    if not known:
        raise LibraryError(
            f"{where} was written by a newer version of Comparer (schema {revision}); "
            "update Comparer to open it"
        )


def _where(url: URL) -> str:
    path = sqlite_file(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)
