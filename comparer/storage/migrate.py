"""Alembic's side of the schema: judging revisions and upgrading an older library.

Importing Alembic costs a noticeable part of a second, so :mod:`comparer.storage.schema`
loads this module only when a library is not already at :data:`HEAD_REVISION`: a new, an
older or a newer library. An older file is first copied to
``<file name>.backup-<revision>-<UTC time>.sqlite3`` beside it (with SQLite's online
backup, so the copy is consistent even while another copy of Comparer reads it), then
upgraded inside one write transaction: all revisions apply or none do. The whole file name
leads, so the backups of ``news.sqlite3`` and ``news.db`` in one folder never meet.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util.exc import CommandError
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from comparer.errors import LibraryError
from comparer.storage import backups, health
from comparer.storage.backups import PARTIAL

HERE = Path(__file__).resolve().parent


def alembic_config() -> Config:
    """Alembic's configuration pointing at the migrations shipped in this package."""
    config = Config(str(HERE / "alembic.ini"))
    config.set_main_option("script_location", str(HERE / "migrations"))
    return config


def head_revision() -> str:
    """The newest revision among the shipped migrations."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def check_known(revision: str, where: str) -> None:
    """Refuse a library whose revision this version of Comparer does not know."""
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


def upgrade(connection: Connection, current: str | None, path: Path | None, where: str) -> None:
    """Upgrade inside the caller's transaction, backing up an existing file first."""
    if current is not None:
        check_known(current, where)
        if path is not None:
            backup(path, current)
    config = alembic_config()
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, "head")
    except CommandError as error:
        raise LibraryError(f"{where} could not be upgraded: {error}") from error


def backup(path: Path, revision: str) -> Path:
    """Copy the library at ``path`` to a dated file beside it and return that file.

    The copy is written under a ``.partial`` name and renamed once whole, so a backup cut
    short (a full disk, a kill) never passes for one; what such a run left is deleted by
    the next (backups run inside the library's write lock, one at a time). A copy that
    cannot be written is one :class:`LibraryError`, and the library is left unchanged.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups.name_for(path, revision, stamp)
    partial = target.with_name(target.name + PARTIAL)
    _remove(backups.unfinished(path))
    try:
        _copy(path, partial)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        _remove([partial, partial.with_name(partial.name + "-journal")])
        problem = (
            health.describe(error, str(target))
            if isinstance(error, sqlite3.Error)
            else error.strerror or str(error)
        )
        raise LibraryError(
            f"{path} was not upgraded to this version, and is unchanged: its backup copy "
            f"could not be written ({problem})"
        ) from error
    return target


def _remove(files: Iterable[Path]) -> None:
    for left in files:
        with suppress(OSError):  # one that cannot go stays, still named as no backup
            left.unlink(missing_ok=True)


def _copy(path: Path, target: Path) -> None:
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()


__all__ = ["DBAPIError", "alembic_config", "backup", "check_known", "head_revision", "upgrade"]
