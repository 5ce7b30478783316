"""The headline row: every article's headline side by side, its own words marked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from comparer.compare import compare
from comparer.export.json_format import comparison_to_json
from comparer.model import Article, Relation
from tests.comparer.align.conftest import ArticleMaker

BODY = (
    "Police arrested a man in Tampa on Friday after a week-long search. "
    "The man, 42, was charged with two counts of arson."
)


def titled(article: Article, title: str) -> Article:
    return replace(article, meta=replace(article.meta, title=title))


@pytest.fixture
def pair(make_article: ArticleMaker) -> list[Article]:
    return [
        titled(make_article(BODY, 1), "Police arrest arson suspect in Tampa"),
        titled(make_article(BODY, 2), "Tampa man charged with arson after manhunt"),
    ]


def test_the_headline_row_holds_every_headline_in_article_order(pair: list[Article]) -> None:
    row = compare(pair, analysers=()).headline
    assert row is not None
    assert [(h.article, h.text) for h in row.headlines] == [
        ("A", "Police arrest arson suspect in Tampa"),
        ("B", "Tampa man charged with arson after manhunt"),
    ]
    assert 0.0 <= row.score <= 1.0


@pytest.mark.parametrize(
    ("first", "second", "marked_first", "marked_second"),
    [
        (
            "Police arrest arson suspect in Tampa",
            "Tampa man charged with arson after manhunt",
            ["Police arrest", "suspect"],
            ["man charged", "manhunt"],
        ),
        # Case, stems and number words alone are not a different wording.
        ("Ten Hurt In Blast", "ten hurt in blast", [], []),
        ("Mayor resigns", "The mayor resigned", [], []),
        ("Mayor resigns over scandal", "Mayor resigns", ["scandal"], []),
    ],
)
def test_marked_words_are_the_ones_no_other_headline_has(
    make_article: ArticleMaker,
    first: str,
    second: str,
    marked_first: list[str],
    marked_second: list[str],
) -> None:
    articles = [titled(make_article(BODY, 1), first), titled(make_article(BODY, 2), second)]
    row = compare(articles, analysers=()).headline
    assert row is not None
    marked = [[h.text[s.start : s.end] for s in h.changed] for h in row.headlines]
    assert marked == [marked_first, marked_second]


def test_same_headline_is_identical(make_article: ArticleMaker) -> None:
    articles = [
        titled(make_article(BODY, 1), "Ten hurt in blast"),
        titled(make_article(BODY, 2), "10 Hurt in Blast"),
    ]
    row = compare(articles, analysers=()).headline
    assert row is not None and row.relation is Relation.IDENTICAL


def test_no_row_without_two_headlines(make_article: ArticleMaker) -> None:
    articles = [titled(make_article(BODY, 1), "Mayor resigns"), titled(make_article(BODY, 2), " ")]
    assert compare(articles, analysers=()).headline is None


def test_a_third_report_without_headline_is_left_out_of_the_row(
    make_article: ArticleMaker,
) -> None:
    articles = [
        titled(make_article(BODY, 1), "Mayor resigns"),
        titled(make_article(BODY, 2), ""),
        titled(make_article(BODY, 3), "Mayor quits over scandal"),
    ]
    row = compare(articles, analysers=()).headline
    assert row is not None
    assert [h.article for h in row.headlines] == ["A", "C"]


def test_headlines_do_not_renumber_sentences(pair: list[Article]) -> None:
    result = compare(pair, analysers=())
    assert [len(c.article.sentences) for c in result.articles] == [2, 2]
    assert result.groups[0].members[0].sentences == (0,)


def test_the_json_carries_the_headline_row_with_spans_into_each_headline(
    pair: list[Article],
) -> None:
    data = comparison_to_json(compare(pair, analysers=()))
    assert data["format"] == 1
    row = data["headline"]
    assert row["relation"] in {r.value for r in Relation}
    first = row["headlines"][0]
    assert first["article"] == "A"
    for span in first["changed"]:
        assert first["text"][span["start"] : span["end"]] == span["text"]
    assert [s["text"] for s in first["changed"]] == ["Police arrest", "suspect"]


def test_the_json_headline_is_null_without_headlines(make_article: ArticleMaker) -> None:
    articles = [titled(make_article(BODY, 1), ""), titled(make_article(BODY, 2), "")]
    assert comparison_to_json(compare(articles, analysers=()))["headline"] is None
