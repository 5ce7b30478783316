"""Notices that another process wrote to the library file while the window is open.

A journalist corrects a title with ``comparer edit 3 --title …`` in a terminal beside the
window, or imports from a script: the window used to learn of it only when it was clicked
again (activated), so a window watched on a second screen kept showing the old title. The
watch looks at the SQLite file and its write-ahead log every :data:`INTERVAL_MS` (their
size and modification time: a stat, no query) and says when they changed. A change seen
while the window is not ``ready`` (a task under way) is said again at the next tick, so
none is lost; a library file gone (moved, or its folder unmounted) is news for the window
only when it is used, as before. Another file put in the library's place (a backup copied
over it by another process) is told at once with ``replaced``, once: this process's
connections still hold the old file, so every write would be refused from then on. The
file's device and inode tell it, read by a stat: the library file is never opened here,
since closing any descriptor of it would drop this process's SQLite locks. A library on a
server (a ``postgresql://`` URL) has no file to watch; there the window still looks again
when it is activated.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

INTERVAL_MS = 1500
"""How often the library file is looked at: soon enough to follow a terminal."""

Stamp = tuple[tuple[int, int] | None, ...]
Identity = tuple[int, int] | None


class LibraryWatch(QObject):
    """Emits ``written`` when the library's file changed since the window last looked."""

    written = Signal()
    replaced = Signal()

    def __init__(
        self, path: Path | None, ready: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._files = [] if path is None else [path, path.with_name(f"{path.name}-wal")]
        self._ready = ready
        self._seen = self._stamp()
        self._identity = _identity(path)
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.look)
        if self._files:
            self._timer.start()

    def look(self) -> None:
        """Say whether the file changed; a change stays news until the window is ready."""
        stamp = self._stamp()
        if stamp[0] is None:
            return  # the library file is gone or out of reach: the window says so when used
        if self._was_replaced():
            self._timer.stop()  # what is in the new file is not this window's to show
            self.replaced.emit()
            return
        if stamp != self._seen and self._ready():
            self._seen = stamp
            self.written.emit()

    def _was_replaced(self) -> bool:
        now = _identity(self._files[0])
        if self._identity is None:
            self._identity = now  # the file SQLite made when it first wrote
        return now is not None and now != self._identity

    def _stamp(self) -> Stamp:
        return tuple(_size_and_time(path) for path in self._files)


def _size_and_time(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None  # no log yet, or the file is out of reach: nothing to compare
    return status.st_size, status.st_mtime_ns


def _identity(path: Path | None) -> Identity:
    """The device and inode of the library file, by a stat (never an open)."""
    try:
        status = path.stat() if path is not None else None
    except OSError:
        return None
    return None if status is None else (status.st_dev, status.st_ino)
