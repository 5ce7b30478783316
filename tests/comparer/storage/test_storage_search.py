"""Full-text search: safe for any typed text, ranked, highlighted, and kept in step."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from comparer.model import Extracted
from comparer.storage import MARK_CLOSE, MARK_OPEN, Library, fts, fts_pg
from comparer.storage.search import Term, like_search, parse
from tests.comparer.storage.behind import connected

MakeArticle = Callable[..., Extracted]

ARTICLES = {
    "us": ("U.S. officials said the strike was legitimate.", "The Pentagon declined to comment."),
    "quote": ('Witnesses described a "massacre" near the school.', "Twelve children died."),
    "market": ("An air strike hit a crowded market in Idlib.", "Strikes continued overnight."),
    "francais": ("Le marché de Maarat a été frappé.", "Les secours sont arrivés tard."),
    "not": ("Officials would not confirm the toll.", "Rescuers kept digging."),
}


@pytest.fixture
def stocked(library: Library, make_article: MakeArticle) -> Library:
    for title, sentences in ARTICLES.items():
        library.add(make_article(sentences, title=title))
    return library


def _titles(library: Library, query: str) -> set[str]:
    return {hit.title for hit in library.search(query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("U.S.", {"us"}),
        ("u.s. officials", {"us"}),
        ('"massacre"', {"quote"}),
        ('"massacre', {"quote"}),
        ('massacre"', {"quote"}),
        ("-", set()),
        ("- strike", {"us", "market"}),
        ("strike -pentagon", {"us"}),
        ("NOT", {"not"}),
        ("not AND", set()),
        ("OR", set()),
        ("strike", {"us", "market"}),
        ("strikes", {"us", "market"}),
        ("STRIKE idlib", {"market"}),
        ('"air strike"', {"market"}),
        ('"strike air"', set()),
        ("marche", {"francais"}),
        ("marché", {"francais"}),
        ("pent*", {"us"}),
        ("title:strike", set()),
        ("(strike", {"us", "market"}),
        ("strike)", {"us", "market"}),
        ("^strike", {"us", "market"}),
        ("nothing-here", set()),
        ("", set()),
        ("   ", set()),
        ("***", set()),
        ('""', set()),
        ("strike\x00idlib", {"market"}),
        ("strike\tidlib\n", {"market"}),
    ],
)
def test_typed_text_finds_text_and_never_raises(
    stocked: Library, query: str, expected: set[str]
) -> None:
    assert _titles(stocked, query) == expected


def test_random_typing_never_raises(stocked: Library) -> None:
    alphabet = "ab U.S-\"'*()^:+{}[],;!?\\/%_~`@#$&=<>|é中\x00\t\n NEAR AND OR NOT"
    rng = random.Random(7)
    for _ in range(500):
        query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert isinstance(stocked.search(query), list), query


def test_snippets_mark_the_matched_words(stocked: Library) -> None:
    (hit,) = stocked.search("crowded")
    assert f"{MARK_OPEN}crowded{MARK_CLOSE}" in hit.snippet
    assert hit.title == "market" and hit.outlet == "Example News"


def test_a_title_match_ranks_above_a_body_match(
    library: Library, make_article: MakeArticle
) -> None:
    library.add(
        make_article(("Talks resumed in Geneva.", "Aleppo was mentioned once."), title="Talks")
    )
    library.add(make_article(("Shelling went on.", "Residents fled."), title="Aleppo shelling"))
    hits = library.search("aleppo")
    assert [h.title for h in hits] == ["Aleppo shelling", "Talks"]
    assert hits[0].rank > hits[1].rank


def test_the_limit_caps_the_hits(library: Library, make_article: MakeArticle) -> None:
    for n in range(8):
        library.add(make_article((f"Report number {n} on the convoy.",), title=f"Convoy {n}"))
    assert len(library.search("convoy", limit=3)) == 3
    assert len(library.search("convoy")) == 8
    assert library.search("convoy", limit=0) == []


def test_the_index_follows_removals(stocked: Library, library_path: Path) -> None:
    (hit,) = stocked.search("pentagon")
    stocked.remove(hit.article_id)
    assert stocked.search("pentagon") == []
    assert _titles(stocked, "strike") == {"market"}
    with connected(library_path) as connection:
        assert fts.integrity_check(connection)


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("U.S. strike", [Term("U.S."), Term("strike")]),
        ('"air strike" idl*', [Term("air strike"), Term("idl", prefix=True)]),
        ('say "hi', [Term("say"), Term("hi")]),
        ("- -- ' \" *", []),
    ],
)
def test_queries_are_cut_into_terms(query: str, terms: list[Term]) -> None:
    assert parse(query) == terms


def test_the_portable_search_finds_and_marks_substrings(
    stocked: Library, library_path: Path
) -> None:
    # The LIKE fallback serves non-SQLite backends; its SQL is portable, so SQLite can run it.
    with connected(library_path) as connection:
        hits = like_search(connection, [Term("u.s."), Term("STRIKE")], 10)
        none = like_search(connection, [Term("100%")], 10)
    assert [h.title for h in hits] == ["us"]
    assert f"{MARK_OPEN}U.S.{MARK_CLOSE}" in hits[0].snippet
    assert f"{MARK_OPEN}strike{MARK_CLOSE}" in hits[0].snippet
    assert none == []


def test_the_index_holds_titles_and_text(stocked: Library, library_path: Path) -> None:
    with sqlite3.connect(library_path) as raw:
        (count,) = raw.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'title:market'"
        ).fetchone()
    assert count == 1


def test_among_very_many_matches_the_newest_are_ranked(
    library: Library, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fts, "CANDIDATES", 3)
    monkeypatch.setattr(fts_pg, "CANDIDATES", 3)
    best_but_oldest = make_article(("A strike, a strike, a strike.",), title="Strike")
    newer = [make_article((f"Report {n} on the strike.",), title=f"Report {n}") for n in range(4)]
    library.add_many([best_but_oldest, *newer])
    hits = library.search("strike")
    assert sorted(h.article_id for h in hits) == [3, 4, 5]
    assert hits[0].rank >= hits[-1].rank
