"""The article library: SQLite or PostgreSQL through SQLAlchemy, schema managed by Alembic.

Open one with :meth:`Library.open` (a path, a SQLAlchemy URL, or nothing for
:func:`default_library_path`). Search snippets mark matched words with « and ».
Comparison sessions are kept in the same database through :class:`SessionStore`, and the
unsaved state of each running window through :class:`DraftStore`.
"""

from comparer.storage.drafts import Draft, DraftStore
from comparer.storage.library import AddResult, Library
from comparer.storage.location import default_library_location, default_library_path
from comparer.storage.search import MARK_CLOSE, MARK_OPEN
from comparer.storage.sessions import SessionStore

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
]
