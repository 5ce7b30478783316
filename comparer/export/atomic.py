"""Writing a user's file whole or not at all, with the permissions their umask gives.

Reports and ``.comparer`` files are written to a temporary file beside the target and
renamed over it, so a crash or a full disk never leaves half a file under the user's
name. ``mkstemp`` makes its file private (0600); the finished file gets what any other
program would give it (0666 less the umask), so an HTML report, a CSV and a PDF exported
side by side carry the same permissions.

A target that is a link is written through (the link stays, the file it names changes); a
target that is no file to replace (``/dev/stdout``, a pipe) is written straight into; a
folder is refused, and so is a SQLite database or a file SQLite keeps beside one (a
library: see :mod:`comparer.database_files`). Every failure of the target (opening,
writing, replacing it) is one :class:`ExportError` line naming it; an ``OSError`` of the
caller's own passes as is.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from comparer.database_files import database_behind
from comparer.errors import ExportError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer


@contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``target`` when the block ends without error.

    Only a failure to open, write or replace the target is blamed on it; an ``OSError`` the
    caller's block raises while producing the content (reading a source, say) passes as is.
    """
    mode = _mode(target)
    if stat.S_ISDIR(mode):
        raise ExportError(f"{os.path.abspath(target)} is a folder: name a file to write")
    database = database_behind(Path(os.path.realpath(target)))
    if database is not None:
        raise ExportError(_not_over(target, database))
    producing: OSError | None = None
    try:
        with _opened(target, mode) as stream:
            try:
                yield stream
            except OSError as error:
                producing = error
                raise
    except OSError as error:
        if error is producing:
            raise
        raise ExportError(_cannot_write(target, error)) from error


def _not_over(target: Path, database: Path) -> str:
    itself = database == Path(os.path.realpath(target))
    what = "a database" if itself else f"a file SQLite keeps beside the database {database}"
    return (
        f"{os.path.abspath(target)} is {what} (a Comparer library?): it was not written "
        "over; name another file"
    )


def _cannot_write(target: Path, error: OSError) -> str:
    return f"cannot write {target}: {error.strerror or error}"


class _TargetFile(io.FileIO):
    """The target's file, whose failed writes (a full disk) are the target's, even when they
    happen inside the caller's block."""

    def __init__(self, path: str | int, blamed: Path) -> None:
        super().__init__(path, "wb")
        self.blamed = blamed

    def write(self, data: ReadableBuffer, /) -> int:
        try:
            return super().write(data)
        except OSError as error:
            raise ExportError(_cannot_write(self.blamed, error)) from error


@contextmanager
def _opened(target: Path, mode: int) -> Iterator[BinaryIO]:
    if mode and not stat.S_ISREG(mode):
        with io.BufferedWriter(_TargetFile(str(target), target)) as stream:
            yield stream
    else:
        with _replaced(Path(os.path.realpath(target)), target) as stream:
            yield stream


def _mode(target: Path) -> int:
    """The type and permission bits of what ``target`` names, links followed (0: nothing)."""
    try:
        return os.stat(target).st_mode
    except OSError:
        return 0


@contextmanager
def _replaced(target: Path, blamed: Path) -> Iterator[BinaryIO]:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    try:
        with io.BufferedWriter(_TargetFile(handle, blamed)) as stream:
            yield stream
        os.chmod(temporary, 0o666 & ~current_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_text(target: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``target``, whole or not at all."""
    with replacing(target) as stream:
        stream.write(text.encode("utf-8"))


def current_umask() -> int:
    """The process's umask, read without changing it (other threads may be creating files)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)  # no /proc: the classic dance, brief enough for a save
    os.umask(mask)
    return mask
