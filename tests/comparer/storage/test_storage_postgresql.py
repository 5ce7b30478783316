"""What only a PostgreSQL library has: its URL spellings, its search index, and the one
line a user gets when the server cannot be reached."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from comparer.errors import LibraryError
from comparer.model import Extracted
from comparer.storage import Library, default_library_location
from comparer.storage.connection import save_password, without_password
from comparer.storage.database import to_url
from comparer.storage.schema import HEAD_REVISION
from tests.comparer.storage.behind import connected, migrate
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
    with connected(pg_empty_url) as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        columns = {c["name"] for c in inspect(connection).get_columns("articles")}
        indexes = {i["name"] for i in inspect(connection).get_indexes("articles")}
        searched = {i["name"] for i in inspect(connection).get_indexes("article_search")}
        storage = connection.execute(text(_STORAGE)).scalar()
    assert revision == HEAD_REVISION
    assert "search_vector" not in columns  # 0001's column, replaced by 0008's table
    assert {"ix_articles_title_trgm", "ix_articles_outlet_trgm"} <= indexes
    assert searched == {"ix_article_search"}
    assert storage == "m"  # STORAGE MAIN: ranking reads no TOAST table


_STORAGE = (
    "SELECT attstorage FROM pg_attribute "
    "WHERE attrelid = 'article_search'::regclass AND attname = 'vector'"
)
_OLD_ARTICLE = (
    "INSERT INTO articles (source, media_type, content_hash, title, outlet, author, "
    "published_raw, language, dateline, credits, text, captions, imported_at) "
    "VALUES ('old.txt', 'text/plain', 'h', 'Convoy', '', '', '', '', '', '[]', "
    "'Convoys reached the town.', '[]', now())"
)


def _migrate(url: str, revision: str, statement: str = "", down: bool = False) -> None:
    """Upgrade (or downgrade) the library at ``url`` to ``revision``, then run ``statement``."""
    with connected(url, begin=True) as connection:
        migrate(connection, revision, down=down)
        if statement:
            connection.execute(text(statement))


def test_an_older_library_keeps_its_search_through_0009_and_back(
    pg_empty_url: str, full_article: Extracted
) -> None:
    _migrate(pg_empty_url, "0007", _OLD_ARTICLE)  # as a 0007 Comparer left it
    with Library.open(pg_empty_url) as library:  # upgraded to the head
        assert [h.title for h in library.search("convoy")] == ["Convoy"]
        stored = library.add(full_article).article_id
    _migrate(pg_empty_url, "0007", down=True)
    with connected(pg_empty_url) as connection:  # 0007's own search column, filled again
        found = (
            connection.execute(
                text(
                    "SELECT id FROM articles "
                    "WHERE search_vector @@ to_tsquery('comparer_search', 'perdu')"
                )
            )
            .scalars()
            .all()
        )
    assert found == [stored]


def test_the_search_follows_edits_and_removals(pg_url: str, make_article: MakeArticle) -> None:
    with Library.open(pg_url) as library:
        stored = library.add(make_article(("Aid arrives in the north.",), title="Aid")).article_id
        assert library.search("convoy") == []
        library.edit(stored, {"title": "Convoy turned back"})
        assert [h.article_id for h in library.search("convoy")] == [stored]
        assert library.remove(stored)
        assert library.search("convoy") == []
    with connected(pg_url) as connection:
        assert connection.execute(text("SELECT count(*) FROM article_search")).scalar() == 0


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


def test_an_id_past_32_bits_is_no_article_on_postgresql(pg_empty_url: str) -> None:
    """PostgreSQL keys are 32 bits (SQLite's 64): a larger id never reaches the server."""
    with Library.open(pg_empty_url) as library:
        assert library.row_ids == range(1, 2**31)
        with pytest.raises(LibraryError, match=f"^no article {2**31}$"):
            library.get(2**31)
        assert library.remove(2**40) is False
