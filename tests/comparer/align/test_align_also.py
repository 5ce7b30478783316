"""One-to-many also links: a merged sentence linked to the fact another report tells apart."""

from __future__ import annotations

import json

import pytest

from comparer.align.alignment import align
from comparer.align.events import linked_share
from comparer.align.prepared import prepare
from comparer.compare import compare
from comparer.export.json_format import comparison_to_json
from comparer.model import Comparison, Relation, SentenceLink
from tests.comparer.align.conftest import ArticleMaker

# A's first sentence merges the flood and the rescue; B tells them two sentences apart.
MERGED = (
    "Heavy rain flooded the old market in Aleppo on Monday, destroying forty shops, and "
    "firefighters rescued twelve people from a collapsed bakery near the citadel. "
    "The mayor promised compensation to every shop owner within two weeks. "
    "Residents said the drains had not been cleared for years."
)
APART = (
    "On Monday heavy rain flooded Aleppo's old market and destroyed 40 shops, officials said. "
    "Every shop owner will receive compensation within two weeks, the mayor promised. "
    "Twelve people trapped in a collapsed bakery near the citadel were rescued by firefighters. "
    "The weather service expects more rain on Thursday."
)


def _compare(make_article: ArticleMaker, links: tuple[SentenceLink, ...] = ()) -> Comparison:
    return compare([make_article(MERGED, 1), make_article(APART, 2)], links, analysers=())


def _pairs(c: Comparison) -> set[tuple[str, int, str, int]]:
    return {(x.article_a, x.sentence_a, x.article_b, x.sentence_b) for x in c.also}


def test_a_merged_sentence_also_links_to_the_fact_told_apart(make_article: ArticleMaker) -> None:
    c = _compare(make_article)
    groups = {tuple((m.article, m.sentences) for m in g.members) for g in c.groups}
    assert (("A", (0,)), ("B", (0,))) in groups
    assert _pairs(c) == {("A", 0, "B", 2)}
    assert all(x.relation is Relation.PARTIAL and 0.6 <= x.score <= 1 for x in c.also)


def test_an_also_link_joins_no_group(make_article: ArticleMaker) -> None:
    c = _compare(make_article)
    assert not any(m.article == "B" and 2 in m.sentences for g in c.groups for m in g.members)
    assert 2 in c.unmatched["B"]


def test_the_user_s_unlink_forbids_an_also_link(make_article: ArticleMaker) -> None:
    c = _compare(make_article, (SentenceLink("A", 0, "B", 2, linked=False),))
    assert _pairs(c) == set()


def test_the_json_lists_also_links(make_article: ArticleMaker) -> None:
    data = json.loads(json.dumps(comparison_to_json(_compare(make_article))))
    assert [(x["articles"], x["sentences"], x["relation"]) for x in data["also"]] == [
        (["A", "B"], [0, 2], "partial")
    ]


def test_also_links_add_nothing_to_the_facts_events_count(make_article: ArticleMaker) -> None:
    prepared = [prepare("A", make_article(MERGED, 1)), prepare("B", make_article(APART, 2))]
    alignment = align(prepared, ())
    assert len(alignment.also) == 1
    # Two groups (the flood, the compensation) over A's three sentences; the also link
    # from A's merged sentence to B's rescue would make it three.
    assert linked_share(prepared, alignment.groups)[0, 1] == pytest.approx(2 / 3)
