"""The bulk path: ``Library.add_many`` stores a batch in one transaction, like ``add`` would."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from comparer.model import Extracted
from comparer.storage import Library

MakeArticle = Callable[..., Extracted]


def test_a_batch_comes_back_as_if_added_one_by_one(
    library: Library, full_article: Extracted, make_article: MakeArticle
) -> None:
    other = make_article(("Second report.", "It says more."), title="Another")
    results = library.add_many([full_article, other])
    assert [r.created for r in results] == [True, True]
    first, second = (library.get(r.article_id) for r in results)
    assert (first.meta, first.text, first.sentences) == (
        full_article.meta,
        full_article.text,
        full_article.sentences,
    )
    assert (first.removed, first.captions) == (full_article.removed, full_article.captions)
    assert second.sentences == other.sentences
    assert library.original(results[1].article_id) == other.original
    assert [s.id for s in library.list()] == [r.article_id for r in results]


def test_stored_and_repeated_articles_are_not_stored_twice(
    library: Library, make_article: MakeArticle
) -> None:
    old = make_article(("Already here.",), title="Old")
    new = make_article(("Brand new.",), title="New")
    stored = library.add(old).article_id
    results = library.add_many([new, old, new])
    assert [(r.article_id == stored, r.created) for r in results] == [
        (False, True),
        (True, False),
        (False, False),
    ]
    assert results[0].article_id == results[2].article_id
    assert len(library.list()) == 2


def test_an_empty_batch_does_nothing(library: Library) -> None:
    assert library.add_many([]) == []
    assert library.list() == []


def test_a_large_batch_is_one_transaction_and_searchable(
    library: Library, library_path: Path, make_article: MakeArticle
) -> None:
    batch = [
        make_article((f"Report number {n} on the strike.",), title=f"T{n}") for n in range(700)
    ]
    results = library.add_many(batch)
    assert len({r.article_id for r in results}) == 700
    with sqlite3.connect(library_path) as db:
        sentences = db.execute("SELECT count(*) FROM sentences").fetchone()[0]
        originals = db.execute("SELECT count(*) FROM originals").fetchone()[0]
    assert (sentences, originals) == (700, 700)
    assert [h.title for h in library.search("699")] == ["T699"]
