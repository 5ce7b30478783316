"""The names of a library's backup copies, under both the current and the former scheme.

A library ``news.sqlite3`` is backed up before an upgrade as
``news.sqlite3.backup-<revision>-<UTC time>.sqlite3``; earlier versions of Comparer named
that copy after the stem only, ``news.backup-<revision>-<UTC time>.sqlite3``, and such
copies stay on users' disks. A copy still being written carries a ``.partial`` suffix (and
SQLite may add ``-journal`` to that). Names are matched exactly (revision, time, suffix), so
a backup opened as a library never claims the copies of itself, nor they its own.

The former names are ambiguous: ``news.db`` and ``news.sqlite3`` side by side shared them.
So a former-style name is taken as this library's only when no other file of that stem sits
beside it. Nothing here opens any file: it only lists the folder.
"""

from __future__ import annotations

import re
from pathlib import Path

PARTIAL = ".partial"
"""The suffix of a backup copy still being written."""

_TAIL = r"\.backup-(?P<revision>[0-9A-Za-z_]+)-(?P<stamp>\d{8}T\d{6}Z)\.sqlite3"
_SIDECARS = ("-journal", "-wal", "-shm")


def name_for(path: Path, revision: str, stamp: str) -> Path:
    """Where the backup of ``path`` at ``revision``, made at ``stamp``, is written."""
    return path.with_name(f"{path.name}.backup-{revision}-{stamp}.sqlite3")


def existing(path: Path) -> list[Path]:
    """This library's whole backup copies beside it, newest first."""
    found = _matching(path, "$")
    return [match for _, match in sorted(found, key=lambda item: item[0], reverse=True)]


def unfinished(path: Path) -> list[Path]:
    """What backups of this library cut short left beside it (partial copies, journals)."""
    return [match for _, match in _matching(path, re.escape(PARTIAL) + r"(-journal|-wal|-shm)?$")]


def _matching(path: Path, ending: str) -> list[tuple[tuple[str, str], Path]]:
    patterns = [re.compile(re.escape(path.name) + _TAIL + ending)]
    if path.stem != path.name and not _stem_shared(path):
        patterns.append(re.compile(re.escape(path.stem) + _TAIL + ending))
    found = []
    for entry in _listing(path.parent):
        for pattern in patterns:
            match = pattern.fullmatch(entry.name)
            if match:
                found.append(((match["stamp"], match["revision"]), entry))
                break
    return found


def _stem_shared(path: Path) -> bool:
    """Whether another file named ``<stem>.<something>`` (not a backup, not this library's
    SQLite sidecar) sits beside ``path``, so former-style names may be its backups."""
    own = {path.name} | {path.name + sidecar for sidecar in _SIDECARS}
    copies = re.compile(f"({re.escape(path.stem)}|{re.escape(path.name)})" + r"\.backup-")
    for entry in _listing(path.parent):
        if entry.name in own or copies.match(entry.name):
            continue
        if entry.stem == path.stem:
            return True
    return False


def _listing(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:  # a folder gone or unreadable has no backups to name or sweep
        return []
