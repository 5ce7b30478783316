"""Writing a user's file whole or not at all, with the permissions their umask gives.

Reports and ``.comparer`` files are written to a temporary file beside the target and
renamed over it, so a crash or a full disk never leaves half a file under the user's
name. ``mkstemp`` makes its file private (0600); the finished file gets what any other
program would give it (0666 less the umask), so an HTML report, a CSV and a PDF exported
side by side carry the same permissions.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``target`` when the block ends without error."""
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
