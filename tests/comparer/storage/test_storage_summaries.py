"""The listing without SQLAlchemy: the same lines as ``Library.list``, and the same refusals."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from comparer.errors import LibraryError
from comparer.model import Extracted
from comparer.storage import Library, list_summaries
from comparer.storage.schema import HEAD_REVISION
from comparer.storage.summaries import head_revision
from tests.comparer.storage.sqlite_peek import stored_revision


def _fill(location: str | Path, make_article: Callable[..., Extracted]) -> None:
    articles = [
        make_article((f"Report {n} of the strike on the market.",), title=f"Title {n}")
        for n in range(3)
    ]
    dated = make_article(("A dated report.",), title="Dated", published=date(2017, 4, 4))
    with Library.open(location) as library:
        library.add_many(articles[:2])
        library.add(dated)
        library.add(articles[2])


def test_the_listing_is_what_the_library_lists(
    library_location: str, make_article: Callable[..., Extracted]
) -> None:
    _fill(library_location, make_article)
    with Library.open(library_location) as library:
        expected = library.list()
    listed = list_summaries(library_location)
    assert listed == expected
    assert [s.title for s in listed] == ["Title 0", "Title 1", "Dated", "Title 2"]
    assert listed[2].published == date(2017, 4, 4)
    assert listed[0].imported_at.tzinfo is not None


def test_a_missing_library_is_created_empty(library_path: Path) -> None:
    assert list_summaries(library_path) == []
    assert stored_revision(library_path) == HEAD_REVISION


def test_a_library_from_a_newer_version_is_still_refused(library_path: Path) -> None:
    Library.open(library_path).close()
    with sqlite3.connect(library_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    with pytest.raises(LibraryError, match="newer version of Comparer"):
        list_summaries(library_path)


def test_a_file_that_is_not_a_library_is_still_refused(library_path: Path) -> None:
    library_path.write_bytes(b"<html><body>Not a database</body></html>")
    with pytest.raises(LibraryError, match="not a SQLite database"):
        list_summaries(library_path)
    assert library_path.read_bytes() == b"<html><body>Not a database</body></html>"


def test_the_revision_read_from_the_migration_files_is_the_head() -> None:
    assert head_revision() == HEAD_REVISION
