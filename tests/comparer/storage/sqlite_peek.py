"""Reading a library file with plain sqlite3, behind Comparer's back, for schema tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def stored_revision(path: Path) -> str:
    """The Alembic revision the library file says it is at."""
    with sqlite3.connect(path) as raw:
        (revision,) = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(revision)


def schema_names(path: Path) -> set[str]:
    """The names of every table, index and trigger in the file."""
    with sqlite3.connect(path) as raw:
        return {name for (name,) in raw.execute("SELECT name FROM sqlite_master")}
