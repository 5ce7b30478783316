"""Telling a SQLite database (a library) and its companion files apart, through SQLite alone.

On POSIX, closing *any* descriptor of a file drops every lock this process holds on it. A
library this process has open relies on those locks: without them another copy of
Comparer, closing, takes the library for unused and deletes its write-ahead log, and the
commits of both are then lost or mixed. So nothing may open a library file, its
write-ahead log (``-wal``), shared memory (``-shm``) or rollback journal (``-journal``)
as a plain file while a connection is alive, and an import of the folder a library lives
in, a ``.comparer`` file chosen by mistake or an export written over one must not either.
:func:`database_behind` answers whether a path is such a file without opening it: a
``stat``, then, for a size a database can have, a read-only SQLite connection, which shares
SQLite's own bookkeeping of the file's locks (a descriptor of a file this process has
locked is kept open until those locks go). Being the one reader of these rules, it also
keeps an export from writing a report over a library.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

COMPANIONS = ("-wal", "-shm", "-journal")
"""The suffixes SQLite gives the files it keeps beside a database."""

_SMALLEST_PAGE = 512  # a database file is a whole number of pages, each 512 bytes or more
_NOT_A_DATABASE = 26  # SQLITE_NOTADB


def database_behind(path: Path) -> Path | None:
    """The SQLite database ``path`` is, or whose companion file it is; None for any other
    file (or none at all). Links are followed first: a ``notes.txt`` that points at a
    library's ``-wal`` is that ``-wal``."""
    real = resolved(path)
    if real is None:
        return None
    return companion_of(real) or (real if is_database(real) else None)


def companion_of(path: Path) -> Path | None:
    """The SQLite database whose companion file (``-wal``, ``-shm``, ``-journal``) ``path``
    is, or None; ``path`` is resolved first, so a link is judged by what it points at."""
    real = resolved(path)
    if real is None:
        return None
    for suffix in COMPANIONS:
        if real.name.endswith(suffix):
            base = real.with_name(real.name.removesuffix(suffix))
            if base.name and is_database(base):
                return base
    return None


def resolved(path: Path) -> Path | None:
    """``path`` with every link followed (as far as the links exist); None for a name no
    file can have (a NUL in it)."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return None


def is_database(path: Path) -> bool:
    """Whether ``path`` is a SQLite database file, asked of SQLite (never a plain open)."""
    try:
        info = path.stat()
    except (OSError, ValueError):
        return False
    if not stat.S_ISREG(info.st_mode) or not info.st_size or info.st_size % _SMALLEST_PAGE:
        return False
    try:
        # Immutable: the header is read from the file alone, making no -wal or -shm beside it.
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        connection = sqlite3.connect(uri, uri=True, timeout=1)
    except sqlite3.Error:
        return False  # not even readable: a plain open fails as well, holding nothing
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        # Only "not a database" clears it; any other trouble (busy, locked) is a database's.
        return getattr(error, "sqlite_errorcode", 0) & 0xFF != _NOT_A_DATABASE
    finally:
        connection.close()
    return True
