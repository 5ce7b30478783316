"""The article library: SQLite or PostgreSQL through SQLAlchemy, schema managed by Alembic.

Open one with :meth:`Library.open` (a path, a SQLAlchemy URL, or nothing for
:func:`default_library_path`). Search snippets mark matched words with « and ».
Comparison sessions are kept in the same database through :class:`SessionStore`, and the
unsaved state of each running window through :class:`DraftStore`. :func:`list_summaries`
lists a library's articles; for a SQLite library it needs neither SQLAlchemy nor Alembic.

The names below are loaded on first use (PEP 562), so ``from comparer import storage`` costs
nothing until a command touches the database: SQLAlchemy alone is about 0.4 s of CPU.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from comparer.storage.drafts import Draft, DraftStore
    from comparer.storage.library import AddResult, Library
    from comparer.storage.location import default_library_location, default_library_path
    from comparer.storage.search import MARK_CLOSE, MARK_OPEN
    from comparer.storage.sessions import SessionStore
    from comparer.storage.summaries import list_summaries, missing_library

_HOMES = {
    "MARK_CLOSE": "search",
    "MARK_OPEN": "search",
    "AddResult": "library",
    "Draft": "drafts",
    "DraftStore": "drafts",
    "Library": "library",
    "SessionStore": "sessions",
    "default_library_location": "location",
    "default_library_path": "location",
    "list_summaries": "summaries",
    "missing_library": "summaries",
}

__all__ = [
    "MARK_CLOSE",
    "MARK_OPEN",
    "AddResult",
    "Draft",
    "DraftStore",
    "Library",
    "SessionStore",
    "default_library_location",
    "default_library_path",
    "list_summaries",
    "missing_library",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'comparer.storage' has no attribute {name!r}")
    value = getattr(import_module(f"comparer.storage.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
