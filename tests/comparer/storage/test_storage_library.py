"""Storing, fetching, listing and removing articles in a real library file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from comparer.errors import LibraryError
from comparer.model import Extracted, Metadata
from comparer.storage import Library, default_library_path

MakeArticle = Callable[..., Extracted]


def test_an_added_article_comes_back_with_every_field(
    library: Library, full_article: Extracted
) -> None:
    before = datetime.now(UTC)
    result = library.add(full_article)
    article = library.get(result.article_id)

    assert result.created
    assert article.id == result.article_id
    assert article.source == full_article.source
    assert article.media_type == "text/html"
    assert article.content_hash == full_article.content_hash
    assert article.meta == full_article.meta
    assert article.text == full_article.text
    assert article.removed == full_article.removed
    assert article.captions == full_article.captions
    assert article.sentences == full_article.sentences
    assert article.imported_at.tzinfo is not None
    assert before - timedelta(seconds=1) <= article.imported_at <= datetime.now(UTC)
    assert library.original(result.article_id) == full_article.original


def test_an_article_read_without_sentences_is_the_same_article_less_its_sentences(
    library: Library, full_article: Extracted
) -> None:
    article_id = library.add(full_article).article_id
    whole = library.get(article_id)
    assert whole.sentences
    assert library.get(article_id, sentences=False) == replace(whole, sentences=())


def test_sentence_text_is_cut_from_the_stored_text(
    library: Library, make_article: MakeArticle
) -> None:
    extracted = make_article(("First one.", "Second, longer sentence here.", "Third."))
    article = library.get(library.add(extracted).article_id)
    assert [s.text for s in article.sentences] == [
        "First one.",
        "Second, longer sentence here.",
        "Third.",
    ]


def test_an_empty_article_is_stored(library: Library) -> None:
    bare = Extracted("note.txt", "text/plain", b"", "empty", Metadata(), "", (), (), ())
    article = library.get(library.add(bare).article_id)
    assert (article.text, article.sentences, article.removed, article.captions) == ("", (), (), ())
    assert article.meta == Metadata()
    assert library.original(article.id) == b""


def test_the_same_content_is_stored_once(library: Library, full_article: Extracted) -> None:
    first = library.add(full_article)
    again = library.add(full_article)
    assert (again.article_id, again.created) == (first.article_id, False)
    assert len(library.list()) == 1
    assert library.find_by_hash(full_article.content_hash) == first.article_id
    assert library.find_by_hash("no-such-hash") is None


@pytest.mark.parametrize("call", ["get", "original"])
def test_a_missing_article_is_a_library_error(library: Library, call: str) -> None:
    with pytest.raises(LibraryError, match="no article 12"):
        getattr(library, call)(12)


def test_the_list_is_in_import_order_and_carries_the_metadata(
    library: Library, make_article: MakeArticle
) -> None:
    ids = [
        library.add(
            make_article((f"Sentence {n}.",), title=f"Title {n}", outlet="Outlet")
        ).article_id
        for n in range(5)
    ]
    listing = library.list()
    assert [s.id for s in listing] == ids
    assert [s.title for s in listing] == [f"Title {n}" for n in range(5)]
    assert {s.outlet for s in listing} == {"Outlet"}
    assert all(s.imported_at.tzinfo is not None for s in listing)


def test_removing_an_article_removes_everything_it_owned(
    library: Library, library_path: Path, full_article: Extracted
) -> None:
    article_id = library.add(full_article).article_id
    assert library.remove(article_id)
    assert not library.remove(article_id)
    assert library.list() == []
    with pytest.raises(LibraryError):
        library.get(article_id)
    with sqlite3.connect(library_path) as raw:
        counts = [
            raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "originals", "sentences", "removed_blocks")
        ]
    assert counts == [0, 0, 0, 0]


def test_a_removed_article_can_be_imported_again(library: Library, full_article: Extracted) -> None:
    first = library.add(full_article).article_id
    library.remove(first)
    again = library.add(full_article)
    assert again.created and again.article_id != first


def test_the_library_survives_closing_and_reopening(
    library_path: Path, full_article: Extracted
) -> None:
    with Library.open(library_path) as library:
        article_id = library.add(full_article).article_id
    with Library.open(str(library_path)) as reopened:
        assert reopened.get(article_id).text == full_article.text
        assert reopened.path == library_path.resolve()


def test_a_sqlalchemy_url_opens_the_same_file(library_path: Path, full_article: Extracted) -> None:
    with Library.open(library_path) as library:
        article_id = library.add(full_article).article_id
    with Library.open(f"sqlite:///{library_path}") as by_url:
        assert by_url.get(article_id).meta == full_article.meta
        assert by_url.url == f"sqlite:///{library_path}"


def test_the_default_location_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, full_article: Extracted
) -> None:
    target = tmp_path / "elsewhere" / "mine.sqlite3"
    monkeypatch.setenv("COMPARER_DB", str(target))
    assert default_library_path() == target
    with Library.open() as library:
        library.add(full_article)
    assert target.is_file()


def test_without_the_environment_the_default_is_a_comparer_data_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("COMPARER_DB", raising=False)
    path = default_library_path()
    assert path.name == "library.sqlite3"
    assert "comparer" in str(path.parent).lower()


@pytest.mark.parametrize(
    "target",
    ["nosuchdialect://host/db", "postgresql+nosuchdriver://host/db", "sqlite:::://"],
)
def test_a_location_that_cannot_be_opened_is_a_library_error(target: str) -> None:
    with pytest.raises(LibraryError):
        Library.open(target)
