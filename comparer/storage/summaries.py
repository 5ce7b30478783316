"""Every article of a library as a listing line, without SQLAlchemy for a current SQLite file.

``comparer list`` is often called from scripts, many times over; importing SQLAlchemy alone
costs about 0.4 s of CPU, several times the query. So :func:`list_summaries` reads a SQLite
library that already exists at the newest schema revision through the standard ``sqlite3``
module, read-only, with the same columns and order as :meth:`Library.list`. Anything else (a
PostgreSQL URL, a new file, one that needs upgrading or that SQLite cannot read) goes
through :class:`~comparer.storage.library.Library`, which creates, upgrades, or explains in
one line what is wrong, exactly as before.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path

from comparer.model import ArticleSummary
from comparer.storage.location import default_library_location

# The same columns and order as records.SUMMARY_COLUMNS and Library.list.
_QUERY = (
    "SELECT id, title, outlet, published, source, imported_at FROM articles "
    "ORDER BY imported_at, id"
)


def list_summaries(target: str | Path | None = None) -> list[ArticleSummary]:
    """Every article of the library at ``target`` (a path, a URL, or None for the default),
    oldest import first: what :meth:`Library.list` returns."""
    location = default_library_location() if target is None else target
    path = _sqlite_path(location)
    if path is not None and path.is_file():
        try:
            found = _read_current(path)
        except sqlite3.Error:
            found = None  # the full path below says what is wrong, in one line
        if found is not None:
            return found
    return _through_library(location)


def missing_library(target: str | Path) -> Path | None:
    """The library file ``target`` names when it is a plain path and no file is there yet."""
    path = _sqlite_path(target)
    return path if path is not None and not path.exists() else None


def head_revision() -> str:
    """The newest migration's revision, read from the migration files' names (the same
    number as ``schema.HEAD_REVISION``, which a test keeps in step)."""
    versions = resources.files("comparer").joinpath("storage", "migrations", "versions")
    return max(p.name[:4] for p in versions.iterdir() if p.name[:4].isdigit())


def _through_library(location: str | Path) -> list[ArticleSummary]:
    # SQLAlchemy and (when the file must be created or upgraded) Alembic: only when needed.
    from comparer.storage.library import Library

    with Library.open(location) as library:
        return library.list()


def _sqlite_path(location: str | Path) -> Path | None:
    if isinstance(location, str) and "://" in location:
        return None
    return Path(location).expanduser().resolve()


def _read_current(path: Path) -> list[ArticleSummary] | None:
    """The listing, or None when the library is not at the newest revision."""
    connection = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, timeout=10)
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if revision != [(head_revision(),)]:
            return None
        return [_summary(row) for row in connection.execute(_QUERY)]
    finally:
        connection.close()


def _summary(row: tuple[int, str, str, str | None, str, str]) -> ArticleSummary:
    number, title, outlet, published, source, imported_at = row
    return ArticleSummary(
        id=number,
        title=title,
        outlet=outlet,
        published=date.fromisoformat(published) if published else None,
        source=source,
        imported_at=datetime.fromisoformat(imported_at).replace(tzinfo=UTC),
    )
