"""What only a PostgreSQL library has: its URL spellings, its search index, and the one
line a user gets when the server cannot be reached."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from comparer.errors import LibraryError
from comparer.model import Extracted
from comparer.storage import Library, default_library_location
from comparer.storage.connection import save_password, without_password
from comparer.storage.database import to_url
from comparer.storage.schema import HEAD_REVISION
from tests.pg_cluster import free_port

MakeArticle = Callable[..., Extracted]


@pytest.mark.parametrize(
    "typed",
    ["postgresql://ann@db.example/news", "postgres://ann@db.example/news"],
)
def test_a_plain_postgresql_url_uses_psycopg_3(typed: str) -> None:
    url = to_url(typed)
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.host, url.database) == ("ann", "db.example", "news")


def test_the_environment_may_hold_a_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPARER_DB", "postgresql://ann@db.example/news")
    assert default_library_location() == "postgresql://ann@db.example/news"


def test_an_unreachable_server_is_one_line() -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(LibraryError) as caught:
        Library.open(f"postgresql://ann@127.0.0.1:{free_port()}/news")
    message = str(caught.value)
    assert message.startswith("cannot reach the library server postgresql+psycopg://ann@")
    assert "\n" not in message


def test_the_migrations_build_a_library_with_its_search_index(pg_empty_url: str) -> None:
    Library.open(pg_empty_url).close()
    engine = create_engine(to_url(pg_empty_url))
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        columns = {c["name"] for c in inspect(connection).get_columns("articles")}
        indexes = {i["name"] for i in inspect(connection).get_indexes("articles")}
    engine.dispose()
    assert revision == HEAD_REVISION
    assert "search_vector" in columns
    assert {"ix_articles_search", "ix_articles_title_trgm", "ix_articles_outlet_trgm"} <= indexes


def test_search_vectors_live_in_the_table_pages(pg_url: str) -> None:
    engine = create_engine(to_url(pg_url))
    with engine.connect() as connection:
        storage = connection.execute(
            text(
                "SELECT attstorage FROM pg_attribute "
                "WHERE attrelid = 'articles'::regclass AND attname = 'search_vector'"
            )
        ).scalar()
    engine.dispose()
    assert storage == "m"  # STORAGE MAIN: ranking reads no TOAST table


def test_a_snippet_marks_the_words_deep_in_a_long_text(
    pg_url: str, make_article: MakeArticle
) -> None:
    filler = tuple(f"Paragraph {n} tells of the weather over the hills." for n in range(60))
    late = ("The convoy reached Idlib at dawn.",)
    apart = (*filler[:30], "A convoy left.", *filler[30:], "It reached Idlib.")
    with Library.open(pg_url) as library:
        library.add_many([make_article((*filler, *late), title="One"), make_article(apart)])
        hits = {h.title: h.snippet for h in library.search("convoy Idlib")}
    assert "«convoy» reached «Idlib»" in hits["One"]
    assert hits["One"].startswith("…")
    # No stretch of a snippet's length holds both: ts_headline shows the text's start.
    assert hits["Strike hits market"].startswith("Paragraph 0 tells")


def test_search_ignores_accents_and_finds_word_forms(pg_url: str, full_article: Extracted) -> None:
    with Library.open(pg_url) as library:
        stored = library.add(full_article).article_id
        assert [h.article_id for h in library.search("perdu tout")] == [stored]
        assert [h.article_id for h in library.search("strikes")] == [stored]
        hit = library.search("Maarat")[0]
    assert "«Maarat»" in hit.snippet
    assert hit.snippet.startswith("…") and hit.rank > 0


def test_a_saved_password_replaces_only_its_own_line(tmp_path: Path) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text("other:5432:*:bob:keep\ndb:5432:news:ann:old\n")
    save_password("postgresql://ann@db/news", "n\\ew:pw", pgpass)
    assert pgpass.read_text() == "other:5432:*:bob:keep\ndb:5432:news:ann:n\\\\ew\\:pw\n"
    assert without_password("postgresql://ann:pw@db/news") == (
        "postgresql+psycopg://ann@db/news",
        "pw",
    )
    assert without_password("/home/ann/library.sqlite3") == ("/home/ann/library.sqlite3", None)
