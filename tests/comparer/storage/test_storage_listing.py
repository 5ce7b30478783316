"""The library list's queries: pages in any order, filters, positions, on indexes (0005)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from comparer.model import Extracted
from comparer.storage import Library, fts
from comparer.storage.listing import Listing, ListQuery, SortKey
from tests.comparer.storage.behind import connected, migrate

MakeArticle = Callable[..., Extracted]


@pytest.fixture
def listing(library: Library, make_article: MakeArticle) -> Listing:
    library.add_many(
        [
            make_article(("Shelling near Aleppo.",), title="bombing in Aleppo", outlet="SANA"),
            make_article(("Aid arrives.",), title="Aid convoy", outlet="Reuters"),
            make_article(("Talks in Geneva.",), title="Ceasefire talks", outlet="AFP",
                         published=date(2017, 4, 4)),
            make_article(("No title here.",), title="", outlet="sana"),
        ]
    )  # fmt: skip
    return Listing(library)


def titles(listing: Listing, query: ListQuery, offset: int = 0, limit: int = 10) -> list[str]:
    return [a.title for a in listing.page(query, offset, limit)]


def test_pages_follow_each_order_with_the_id_breaking_ties(listing: Listing) -> None:
    assert titles(listing, ListQuery()) == [
        "bombing in Aleppo",
        "Aid convoy",
        "Ceasefire talks",
        "",
    ]
    by_title = ListQuery(SortKey.TITLE)
    assert titles(listing, by_title) == ["", "Aid convoy", "bombing in Aleppo", "Ceasefire talks"]
    assert titles(listing, by_title, offset=1, limit=2) == ["Aid convoy", "bombing in Aleppo"]
    outlets = [a.outlet for a in listing.page(ListQuery(SortKey.OUTLET, descending=True), 0, 9)]
    assert outlets == ["sana", "SANA", "Reuters", "AFP"]
    newest_date_first = ListQuery(SortKey.PUBLISHED, descending=True)
    assert titles(listing, newest_date_first)[0] == "Ceasefire talks"


def test_positions_agree_with_pages_in_every_order(listing: Listing) -> None:
    for key in SortKey:
        for descending in (False, True):
            query = ListQuery(key, descending)
            ids = [a.id for a in listing.page(query, 0, 10)]
            assert [listing.position(query, i) for i in ids] == list(range(len(ids)))
            assert listing.positions(query, ids) == {i: row for row, i in enumerate(ids)}


def test_many_positions_are_found_in_one_pass(library: Library, make_article: MakeArticle) -> None:
    library.add_many([make_article((f"Text {n}.",), title=f"T{n % 7}") for n in range(30)])
    listing = Listing(library)
    query = ListQuery(SortKey.TITLE, descending=True, words=("t",))
    ids = [a.id for a in listing.page(query, 0, 30)]
    one_by_one = {i: listing.position(query, i) for i in ids}
    assert listing.positions(query, [*ids, 999]) == one_by_one
    assert sorted(one_by_one.values()) == list(range(30))


def test_filters_match_title_or_outlet_words_or_the_text(listing: Listing) -> None:
    assert listing.count(ListQuery(words=("sana",))) == 2
    assert titles(listing, ListQuery(words=("ALEPPO", "san"))) == ["bombing in Aleppo"]
    assert titles(listing, ListQuery(words=("geneva",), search="geneva")) == ["Ceasefire talks"]
    assert listing.position(ListQuery(words=("sana",)), 2) is None
    found = ListQuery(search="arrives")
    (aid,) = listing.page(found, 0, 10)
    assert listing.snippets(found, [aid.id]) == {aid.id: "Aid «arrives»."}


@pytest.mark.parametrize(
    ("query", "at_most", "expected"),
    [
        (ListQuery(words=("a",)), 2, 2),  # all four hold an "a": counting stops at two
        (ListQuery(words=("a",)), 9, 4),
        (ListQuery(words=("sana",)), 1, 1),
        (ListQuery(words=("sana",)), 3, 2),
        (ListQuery(search="geneva"), 1, 1),
        (ListQuery(), 3, 3),
        (ListQuery(words=("nowhere",)), 5, 0),
    ],
)
def test_a_count_can_stop_at_a_bound(
    listing: Listing, query: ListQuery, at_most: int, expected: int
) -> None:
    assert listing.count(query, at_most=at_most) == expected


@pytest.mark.parametrize("words", [(), ("a",), ("sana",), ("nowhere",)])
def test_the_head_of_a_list_is_its_bounded_count_and_first_page(
    listing: Listing, words: tuple[str, ...]
) -> None:
    for key in SortKey:
        for descending in (False, True):
            query = ListQuery(key, descending, words)
            for at_most, rows in ((9, 2), (3, 9), (2, 2)):
                first = listing.page(query, 0, rows)[:at_most]
                assert listing.head(query, at_most, rows) == (listing.count(query, at_most), first)


def test_ids_after_lists_only_newer_articles_the_query_shows(listing: Listing) -> None:
    assert listing.newest_id() == 4
    assert listing.ids_after(ListQuery(words=("sana",)), 1, 10) == [4]


@pytest.mark.parametrize(
    ("order", "index"),
    [
        ("title COLLATE NOCASE, id", "ix_articles_title"),
        ("outlet COLLATE NOCASE DESC, id DESC", "ix_articles_outlet"),
        ("published, id", "ix_articles_published"),
        ("imported_at, id", "ix_articles_imported"),
    ],
)
def test_every_order_and_its_filter_read_one_index_without_sorting(
    listing: Listing, library_path: Path, order: str, index: str
) -> None:
    sql = (
        "EXPLAIN QUERY PLAN SELECT id, title, outlet FROM articles "
        f"WHERE title LIKE '%a%' OR outlet LIKE '%a%' ORDER BY {order} LIMIT 5"
    )
    with sqlite3.connect(library_path) as db:
        plan = " ".join(str(row[-1]) for row in db.execute(sql))
    assert f"COVERING INDEX {index}" in plan
    assert "TEMP B-TREE" not in plan


def test_0005_rebuilds_the_text_index_with_prefixes_and_keeps_every_article(
    library_path: Path, full_article: Extracted
) -> None:
    with connected(library_path, begin=True) as connection:
        migrate(connection, "0004")
        fts.drop(connection)  # the index as 0004 made it: no prefix entries, no article
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
            "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
        )
    with sqlite3.connect(library_path) as raw:
        raw.execute(
            "INSERT INTO articles (source, media_type, content_hash, title, outlet, author, "
            "published_raw, published, language, dateline, credits, text, captions, imported_at) "
            "VALUES ('old.txt', 'text/plain', ?, 'Old', '', '', '', NULL, '', '', '[]', ?, '[]', "
            "'2025-01-02 03:04:05.000000')",
            (full_article.content_hash, full_article.text),
        )
    with Library.open(library_path) as library:
        assert [hit.article_id for hit in library.search("crowd*")] == [1]
        assert Listing(library).count(ListQuery(words=("old",), search="rescue")) == 1
    with sqlite3.connect(library_path) as raw:
        (sql,) = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
    assert f"prefix='{fts.PREFIXES}'" in sql


def test_a_bounded_query_lists_the_library_as_it_was_at_that_id(
    listing: Listing, library: Library, make_article: MakeArticle
) -> None:
    newest = listing.newest_id()
    library.add(make_article(("Later.",), title="Aid arrives later", outlet="AFP"))
    then = ListQuery(SortKey.TITLE, words=("aid",), upto=newest)
    assert titles(listing, then) == ["Aid convoy"]
    assert listing.count(then) == 1 and listing.count(ListQuery(upto=newest)) == 4
    assert listing.ids_after(ListQuery(upto=newest), 0, 10) == listing.ids_after(ListQuery(), 0, 4)
    later = listing.newest_id()
    assert listing.ids_after(ListQuery(upto=later), newest, 10) == [later]
    assert listing.positions(then, [later]) == {}
    assert not ListQuery(upto=newest).filtered
