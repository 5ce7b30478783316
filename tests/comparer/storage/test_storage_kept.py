"""Rewriting an article's text when furniture is put back, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from comparer.errors import LibraryError
from comparer.ingest import extract_path
from comparer.ingest.kept import keep_removed
from comparer.model import Article, ArticleText
from comparer.storage import Library


def test_a_rewritten_text_is_stored_whole_and_searchable(
    library_location: str, samples: list[Path]
) -> None:
    with Library.open(library_location) as library:
        article_id = library.add(extract_path(samples[1])).article_id
        first = library.get(article_id)
        numbers = [n for n, b in enumerate(first.removed) if b.text == "- Advertisement -"]
        assert library.search("advertisement") == []
        now = library.rewrite_text(article_id, lambda a: keep_removed(a, set(numbers)))
        assert now.text.count("- Advertisement -") == 1
        assert now == library.get(article_id)
        assert [b.kept for b in now.removed] == [n in numbers for n in range(len(first.removed))]
        assert [s.text for s in now.sentences if "Advertisement" in s.text] == ["- Advertisement -"]
        assert [hit.article_id for hit in library.search("advertisement")] == [article_id]
        back = library.rewrite_text(article_id, lambda a: keep_removed(a, set()))
        assert (back.text, back.sentences, back.removed) == (
            first.text, first.sentences, first.removed,
        )  # fmt: skip


def test_a_rebuilt_text_that_drops_a_block_is_refused(
    library_location: str, samples: list[Path]
) -> None:
    def lose_one(article: Article) -> ArticleText:
        return ArticleText("text", article.removed[1:], (), ())

    with Library.open(library_location) as library:
        article_id = library.add(extract_path(samples[1])).article_id
        before = library.get(article_id)
        with pytest.raises(LibraryError, match="must keep every removed block"):
            library.rewrite_text(article_id, lose_one)
        assert library.get(article_id) == before


def test_changed_names_the_articles_edited_since_they_were_read(
    library_location: str, samples: list[Path]
) -> None:
    with Library.open(library_location) as library:
        ids = [library.add(extract_path(p)).article_id for p in samples[:3]]
        read = [library.get(i) for i in ids]
        assert library.changed(read) == []
        library.edit(ids[2], {"title": "Corrected elsewhere"})
        numbers = [n for n, b in enumerate(read[1].removed) if b.text == "- Advertisement -"]
        library.rewrite_text(ids[1], lambda a: keep_removed(a, set(numbers)))
        assert library.changed(read) == [ids[1], ids[2]]
        assert library.changed(read[::-1]) == [ids[2], ids[1]]
        assert library.changed([library.get(i) for i in ids]) == []
        library.remove(ids[1])
        assert library.changed(read) == [ids[2]]  # a removed one is not "changed"
        assert library.changed([replace(read[2], id=None)]) == []  # never stored


def test_missing_names_the_articles_removed_since_they_were_read(
    library_location: str, samples: list[Path]
) -> None:
    with Library.open(library_location) as library:
        ids = [library.add(extract_path(p)).article_id for p in samples[:3]]
        assert library.missing(ids) == []
        library.remove(ids[1])
        assert library.missing([ids[2], ids[1], ids[0], ids[1]]) == [ids[1]]
        assert library.missing([0, -5, 2**70]) == [0, -5, 2**70]  # ids no row can have
        assert library.missing([]) == []
