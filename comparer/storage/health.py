"""What is wrong with a library, in one line a user can act on, and a check before writing.

SQLite reports trouble as error codes; this module turns them into the few situations a
user meets: a file that is not a library, a damaged library (with how to recover it), a
read-only file or folder, a full disk or one refusing a write, a busy library. Nothing here
ever opens the library file itself: on POSIX, closing *any* descriptor of a database file
drops every SQLite lock the process holds on it, which lets another process delete the
write-ahead log under a live connection. Every look at the file goes through SQLite.

:func:`check_before_writing` runs SQLite's ``quick_check`` (it reads every page but skips
the slow index cross-checks) once per file and process, so that a library with a damaged
page is refused before anything is written into it, instead of taking new data it may then
lose.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from comparer.errors import LibraryError
from comparer.storage import backups

_CHECKED: set[tuple[str, int, int]] = set()
_CHECKED_LOCK = threading.Lock()

# SQLite's primary result codes (the low byte of an extended code).
_READONLY, _CORRUPT, _FULL, _NOTADB, _BUSY, _CANTOPEN, _IOERR = 8, 11, 13, 26, 5, 14, 10
_IOERR_READS = (266, 522)  # SQLITE_IOERR_READ, SQLITE_IOERR_SHORT_READ (extended codes)


def describe(error: BaseException, where: str) -> str:
    """One line saying what ``error`` (a database error on library ``where``) means."""
    original = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(original, "sqlite_errorcode", None)
    detail = " ".join(str(original).split()) or type(original).__name__
    if code is None:
        return _describe_server(original, where, detail)
    if code & 0xFF == _IOERR:
        return io_error(where, reading=code in _IOERR_READS)
    return _describe_code(code & 0xFF, where, detail)


def _describe_server(original: object, where: str, detail: str) -> str:
    # A database server's error: psycopg gives SQLSTATE codes, and none when no connection
    # could be made at all (server down, wrong host or port, network gone).
    state = getattr(original, "sqlstate", "") or ""
    unreachable = type(original).__name__ == "OperationalError" and not state
    if unreachable or state.startswith("08"):
        return f"cannot reach the library server {where}: {detail}"
    if state.startswith("28"):
        return f"the library server {where} refused the login: {detail}"
    if state == "42501":
        return read_only(where)
    return f"the library {where} failed: {detail}"


def _describe_code(code: int, where: str, detail: str) -> str:
    if code == _NOTADB:
        return f"{where} is not a Comparer library (not a SQLite database)"
    if code == _CORRUPT:
        return damaged(where, detail)
    if code == _READONLY:
        return read_only(where)
    if code == _FULL:
        return f"disk full: nothing more can be saved in {where}; free some space and retry"
    if code == _BUSY:
        return f"{where} is busy: another program kept it locked too long; try again"
    if code == _CANTOPEN:
        return f"cannot open {where}: {detail}"
    return f"the library {where} failed: {detail}"


def io_error(where: str, reading: bool) -> str:
    """The line for SQLite's "disk I/O error": the system refused a read or write of the
    file (a file-size limit reached, a drive failing or gone, a quota)."""
    if reading:
        return f"the disk could not read {where} (disk I/O error): check the drive and retry"
    return (
        f"the disk refused to write to {where} (disk I/O error): nothing more was saved; "
        "free some space, or check the drive and any file-size limit, and retry"
    )


def gone(where: str) -> str:
    """The line for a library file no longer at its path (moved, deleted, drive unmounted)."""
    return f"the library at {where} is gone (moved, deleted, or its drive unmounted)"


def gone_before_writing(where: str) -> str:
    """The line, a whole sentence, for a write refused because the library file is gone."""
    line = gone(where)
    return f"{line[0].upper()}{line[1:]}: nothing was saved"


def replaced_before_writing(where: str) -> str:
    """The line for a write refused because another file took the library's place."""
    return (
        f"{where} was replaced by another file since it was opened: nothing was saved; "
        "open the library again"
    )


def read_only(where: str) -> str:
    """The line for a library this process may read but not write."""
    return f"{where} is read-only: it can be read but nothing can be saved in it"


def damaged(where: str, detail: str) -> str:
    """The line for a damaged library: nothing was written, and how to recover it."""
    path = Path(where)
    found = backups.existing(path)
    copy = (
        f"its newest backup copy beside it ({found[0].name})"
        if found
        else f"a backup copy beside it ({path.name}.backup-*.sqlite3)"
    )
    return (
        f"{where} is damaged ({detail}); nothing was written to it. Recover it from {copy}, "
        "or save what is left with "
        f"`sqlite3 {where} .recover | sqlite3 recovered{path.suffix}`"
    )


def check_before_writing(engine: Engine, path: Path) -> None:
    """Refuse a damaged library file before the first write of this process into it.

    Once a file passed, later writes cost a ``stat`` and a set lookup: no connection.
    """
    key = _file_key(path)
    with _CHECKED_LOCK:
        if key in _CHECKED:
            return
    try:
        with engine.connect() as connection:
            problem = quick_check(connection)
    except DBAPIError as error:
        raise LibraryError(describe(error, str(path))) from error
    if problem is not None:
        raise LibraryError(damaged(str(path), problem))
    with _CHECKED_LOCK:
        _CHECKED.add(key)


def forget_checks() -> None:
    """Check every file again before its next write (benchmarks, and a library restored)."""
    with _CHECKED_LOCK:
        _CHECKED.clear()


def quick_check(connection: Connection) -> str | None:
    """SQLite's quick_check of the whole file: None when it is sound, else its first problem."""
    try:
        row = connection.exec_driver_sql("PRAGMA quick_check(1)").first()
    except DBAPIError as error:
        if getattr(error.orig, "sqlite_errorcode", 0) & 0xFF in (_CORRUPT, _NOTADB):
            return " ".join(str(error.orig).split())
        raise
    result = "" if row is None else " ".join(str(row[0]).replace("***", " ").split())
    return None if result == "ok" else result or "quick_check found a problem"


def _file_key(path: Path) -> tuple[str, int, int]:
    # The inode tells a library replaced under the same name (restored from a backup) from
    # the one already checked; stat() opens no descriptor, so it is safe beside live locks.
    info = path.stat()
    return (str(path), info.st_dev, info.st_ino)
