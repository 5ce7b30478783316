"""Real trouble for a library file, made on purpose: a damaged page, a read-only mount, a
full disk. Read-only folders and full disks come from a child in its own user and mount
namespace (``unshare -rm``), which works for root and for normal users alike.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest


def damage_a_table(db: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage, as a failing disk might."""
    with sqlite3.connect(db) as connection:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with db.open("r+b") as handle:  # no connection is alive: safe to write the file
        handle.seek((root - 1) * page_size)
        handle.write(bytes((i * 131 + 7) % 256 for i in range(page_size)))


def in_namespace(script: str) -> tuple[str, ...]:
    """A command prefix that runs ``script`` in a new user and mount namespace first."""
    return ("unshare", "-rm", "sh", "-c", f'{script} && exec "$0" "$@"')


def read_only_mount(folder: Path) -> tuple[str, ...]:
    """A command prefix under which ``folder`` is a read-only mount (even for root)."""
    return in_namespace(f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}")


def namespaces_work(scratch: Path) -> bool:
    """Whether this kernel lets us mount in a user namespace (``unshare -rm``)."""
    if shutil.which("unshare") is None:
        return False
    probe = scratch / "namespace-probe"
    probe.mkdir(exist_ok=True)
    mounted = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k none {probe}"],
        capture_output=True,
    )
    return mounted.returncode == 0


NO_NAMESPACES = "this kernel refuses user namespaces (unshare -rm), needed for the mount"


def mount_point(scratch: Path, name: str) -> Path:
    """A new folder to mount over in a child's namespace; skips where that cannot work."""
    if not namespaces_work(scratch):
        pytest.skip(NO_NAMESPACES)
    folder = scratch / name
    folder.mkdir()
    return folder
