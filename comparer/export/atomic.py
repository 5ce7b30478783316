"""Writing a user's file whole or not at all, with the permissions their umask gives.

Reports and ``.comparer`` files are written to a temporary file beside the target and
renamed over it, so a crash or a full disk never leaves half a file under the user's
name. ``mkstemp`` makes its file private (0600); the finished file gets what any other
program would give it (0666 less the umask), so an HTML report, a CSV and a PDF exported
side by side carry the same permissions.

A target that is a link is written through (the link stays, the file it names changes); a
target that is no file to replace (``/dev/stdout``, a pipe) is written straight into; a
folder is refused. Every failure is one :class:`ExportError` line naming the target.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from comparer.errors import ExportError


@contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``target`` when the block ends without error."""
    mode = _mode(target)
    if stat.S_ISDIR(mode):
        raise ExportError(f"{os.path.abspath(target)} is a folder: name a file to write")
    try:
        if mode and not stat.S_ISREG(mode):
            with target.open("wb") as stream:
                yield stream
        else:
            with _replaced(Path(os.path.realpath(target))) as stream:
                yield stream
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from error


def _mode(target: Path) -> int:
    """The type and permission bits of what ``target`` names, links followed (0: nothing)."""
    try:
        return os.stat(target).st_mode
    except OSError:
        return 0


@contextmanager
def _replaced(target: Path) -> Iterator[BinaryIO]:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
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
