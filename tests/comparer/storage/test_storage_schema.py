"""Opening libraries: new ones are created, old ones backed up and upgraded, odd ones refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import comparer.storage.session_models  # noqa: F401  (its tables join Base when run alone)
from comparer.compare import ENGINE_VERSION
from comparer.errors import LibraryError
from comparer.model import Extracted
from comparer.storage import Library
from comparer.storage.migrate import backup, head_revision
from comparer.storage.models import Base
from comparer.storage.schema import HEAD_REVISION
from comparer.storage.session_models import SessionRow
from tests.comparer.storage.behind import at_revision, connected
from tests.comparer.storage.sqlite_peek import schema_names, stored_revision


def _refused_untouched(path: Path, message: str | None = None) -> None:
    """Opening ``path`` fails (saying ``message``) and leaves every byte of it as it was."""
    before = path.read_bytes()
    with pytest.raises(LibraryError, match=message):
        Library.open(path)
    assert path.read_bytes() == before


def _make_old_library(path: Path, article: Extracted) -> None:
    """A library at the first revision, holding one article, as an old Comparer left it."""
    at_revision(path, "0001")
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO articles (source, media_type, content_hash, title, outlet, author, "
            "published_raw, published, language, dateline, credits, text, captions, imported_at) "
            "VALUES (?, 'text/plain', ?, 'Old', '', '', '', NULL, '', '', '[]', ?, '[]', "
            "'2025-01-02 03:04:05.000000')",
            (article.source, article.content_hash, article.text),
        )
        raw.execute("INSERT INTO originals VALUES (1, ?)", (article.original,))


def test_a_new_library_is_created_at_the_newest_revision(library_path: Path) -> None:
    Library.open(library_path).close()
    assert stored_revision(library_path) == head_revision()
    assert {"articles", "originals", "sentences", "removed_blocks", "articles_fts"} <= schema_names(
        library_path
    )
    with sqlite3.connect(library_path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_the_connection_is_set_up_for_sharing(library: Library, library_path: Path) -> None:
    engine_settings = library._engine  # the library's own pooled connections
    with engine_settings.connect() as connection:
        values = [
            connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        ]
    assert values == ["wal", 1, 10_000, 1]


def test_an_older_library_is_backed_up_then_upgraded(
    library_path: Path, full_article: Extracted
) -> None:
    _make_old_library(library_path, full_article)
    assert "ix_articles_imported" not in schema_names(library_path)

    with Library.open(library_path) as library:
        assert library.find_by_hash(full_article.content_hash) == 1
        assert library.get(1).text == full_article.text
        assert [hit.article_id for hit in library.search("crowded market")] == [1]

    assert stored_revision(library_path) == head_revision()
    assert "ix_articles_imported" in schema_names(library_path)
    (backup,) = library_path.parent.glob("library.sqlite3.backup-0001-*.sqlite3")
    assert stored_revision(backup) == "0001"
    with sqlite3.connect(backup) as raw:
        assert raw.execute("SELECT text FROM articles").fetchall() == [(full_article.text,)]


def test_a_current_library_is_not_backed_up(library_path: Path) -> None:
    Library.open(library_path).close()
    Library.open(library_path).close()
    assert list(library_path.parent.glob("*backup*")) == []


def test_a_library_from_a_newer_version_is_refused_and_untouched(library_path: Path) -> None:
    Library.open(library_path).close()
    with sqlite3.connect(library_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    _refused_untouched(library_path, "newer version of Comparer")
    assert stored_revision(library_path) == "f00dfeed"
    assert list(library_path.parent.glob("*backup*")) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body>Not a database</body></html>", "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 5000, "not a SQLite database"),
        (b"\x00" * 4096, "not a SQLite database"),
    ],
    ids=["html", "garbage-after-header", "zeros"],
)
def test_a_file_that_is_not_a_library_is_refused_and_untouched(
    library_path: Path, content: bytes, message: str
) -> None:
    library_path.write_bytes(content)
    _refused_untouched(library_path, message)


def test_a_truncated_library_is_refused(library_path: Path, full_article: Extracted) -> None:
    with Library.open(library_path) as library:
        library.add(full_article)
    library_path.write_bytes(library_path.read_bytes()[:1024])
    _refused_untouched(library_path)


def test_another_programs_database_is_refused_and_untouched(library_path: Path) -> None:
    with sqlite3.connect(library_path) as raw:
        raw.execute("CREATE TABLE contacts (name TEXT)")
    _refused_untouched(library_path, "not a Comparer library")


def test_an_empty_file_becomes_a_library(library_path: Path) -> None:
    library_path.touch()
    Library.open(library_path).close()
    assert stored_revision(library_path) == head_revision()


def test_the_models_describe_the_schema_the_migrations_build(library_path: Path) -> None:
    Library.open(library_path).close()
    with connected(library_path) as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": _not_fts, "compare_type": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


# Alembic cannot reflect expression indexes on SQLite (it warns and guesses), so the two
# case-folded sort indexes are checked by the listing tests' query plans instead.
_EXPRESSION_INDEXES = ("ix_articles_title", "ix_articles_outlet")


def _not_fts(obj: object, name: str | None, type_: str, reflected: bool, compare: object) -> bool:
    return not (name or "").startswith("articles_fts") and name not in _EXPRESSION_INDEXES


def test_the_fast_path_revision_is_alembics_head() -> None:
    assert head_revision() == HEAD_REVISION


def test_engine_version_fits_the_session_column() -> None:
    """A saved session stores the engine version; PostgreSQL refuses a longer one outright."""
    assert len(ENGINE_VERSION) <= SessionRow.__table__.c.engine_version.type.length


def test_libraries_sharing_a_stem_keep_their_own_backups(tmp_path: Path) -> None:
    """``news.sqlite3`` and ``news.db`` in one folder: each backup holds its own library,
    and one's sweep of unfinished copies leaves the other's alone."""
    libraries = {tmp_path / "news.sqlite3": "A", tmp_path / "news.db": "B"}
    for path, value in libraries.items():
        with sqlite3.connect(path) as raw:
            raw.execute("CREATE TABLE t (x)")
            raw.execute("INSERT INTO t VALUES (?)", (value,))
        raw.close()
    others = tmp_path / "news.db.backup-0008-20260101T000000Z.sqlite3.partial"
    others.write_bytes(b"a copy the other library's upgrade is writing")
    made = {tmp_path / "news.sqlite3": backup(tmp_path / "news.sqlite3", "0008")}
    assert others.exists()
    made[tmp_path / "news.db"] = backup(tmp_path / "news.db", "0008")
    assert not others.exists()  # its own run's leftover does go
    assert made[tmp_path / "news.sqlite3"] != made[tmp_path / "news.db"]
    for path, value in libraries.items():
        assert made[path].name.startswith(f"{path.name}.backup-0008-")
        with sqlite3.connect(made[path]) as raw:
            assert raw.execute("SELECT x FROM t").fetchall() == [(value,)]
        raw.close()
