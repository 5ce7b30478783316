"""The session drafts table (revision 0004): new libraries have it, 0003 libraries gain it."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from comparer.sessions.model import Note
from comparer.storage import DraftStore, Library, SessionStore
from comparer.storage.schema import HEAD_REVISION
from tests.comparer.storage.behind import at_revision
from tests.comparer.storage.sqlite_peek import schema_names, stored_revision

OLD_SESSION = {
    "format": 1,
    "name": "Old strike",
    "articles": ["a" * 64, "b" * 64],
    "engine_version": "0.3",
    "result_digest": "c" * 64,
    "decisions": [],
    "notes": [
        {
            "id": "n1",
            "target": None,
            "text": "Kept « as is »",
            "created": "2025-03-04T05:06:07+00:00",
        }
    ],
    "bookmarks": [],
    "links": [],
    "view": {"scroll": 12},
}


def _make_0003_library(path: Path) -> None:
    """A library as Comparer left it at revision 0003, holding one session."""
    at_revision(path, "0003")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO sessions (name, revision, article_count, engine_version, created, "
            "modified, body) VALUES ('Old strike', 4, 2, '0.3', '2025-03-04 05:06:07.000000', "
            "'2025-03-05 06:07:08.000000', ?)",
            (json.dumps(OLD_SESSION),),
        )


def test_a_new_library_comes_straight_to_the_newest_revision(library_path: Path) -> None:
    Library.open(library_path).close()
    assert stored_revision(library_path) == HEAD_REVISION
    assert {"sessions", "session_drafts"} <= schema_names(library_path)
    assert list(library_path.parent.glob("*backup*")) == []


def test_a_0003_library_gains_drafts_and_keeps_its_sessions(library_path: Path) -> None:
    _make_0003_library(library_path)
    assert "session_drafts" not in schema_names(library_path)

    with Library.open(library_path) as library:
        session = SessionStore(library).get("Old strike")
        drafts = DraftStore(library, owner="upgrade-test")
        drafts.keep(session)
        drafts.keep(session)
        drafts.discard()

    assert stored_revision(library_path) == HEAD_REVISION
    assert session.saved_by == ""  # saved before authors were recorded: not known
    assert (session.id, session.revision, session.articles) == (1, 4, ("a" * 64, "b" * 64))
    assert session.modified == datetime(2025, 3, 5, 6, 7, 8, tzinfo=UTC)
    assert session.notes == (
        Note("n1", None, "Kept « as is »", datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)),
    )
    assert session.view == {"scroll": 12}
    (backup,) = library_path.parent.glob("library.sqlite3.backup-0003-*.sqlite3")
    assert stored_revision(backup) == "0003"
    assert "session_drafts" not in schema_names(backup)
