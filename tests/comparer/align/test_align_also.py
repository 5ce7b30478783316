"""One-to-many also links: a merged sentence linked to the fact another report tells apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from comparer.align.alignment import align
from comparer.align.events import linked_share
from comparer.align.prepared import prepare
from comparer.compare import compare
from comparer.export.json_format import comparison_to_json
from comparer.model import Comparison, EventDecision, Relation, SentenceLink
from evaluation.gold import imported
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


# Three reports of one council meeting. A's and B's sentences on the library closing each
# joined C's telling of them first (near copies), so the two groups stay apart; A's and B's
# sentences are still each other's best match in the other report, at a middling score.
MEETING = "Millbrook's town council met late on Tuesday to settle next year's budget. "
VOTED = "Members voted to close the Riverside branch library, citing a budget gap of $2.4 million. "
CENTURY = "The Riverside library, which has lent books for more than a century, "
ROOF = "Officials said the building needs a new roof that the town cannot afford. "
FEES = "The council also approved new parking fees downtown."
THREE = (
    MEETING + VOTED + "Residents packed the meeting and several spoke against the plan. " + FEES,
    MEETING + CENTURY + "is to close its doors. " + ROOF + "A petition has 3,000 signatures.",
    MEETING + VOTED + FEES + " " + CENTURY + "will shut. " + ROOF,
)

# Three reports of the library closing: A and B tell the vote and the roof apart, C in one
# sentence, which joined the vote's group; the roof sentences group with each other.
VOTE = "Members voted to close the Riverside branch library after a long debate. "
SPLIT = (
    MEETING + VOTE + "The library's roof leaks and a repair would cost the town $2.4 million. "
    "Several residents spoke against the plan. " + FEES,
    MEETING + "The Riverside branch library will close, members voted after a long debate. "
    "Its leaking roof would cost $2.4 million to repair, the town says. "
    "A petition against the closing has 3,000 signatures.",
    MEETING + "Members voted to close the Riverside branch library, saying its leaking roof "
    "needs a repair the town cannot afford. The parking fees downtown also rise.",
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


def test_two_sentences_each_other_s_best_match_link_when_groups_keep_them_apart(
    make_article: ArticleMaker,
) -> None:
    # Three short reports of one meeting: the engine puts B in an event of its own, so the
    # user says they are one (also links join reports of one event only).
    articles = [make_article(t, n) for n, t in enumerate(THREE, 1)]
    c = compare(articles, analysers=(), events=[EventDecision(("A", "B", "C"))])
    groups = {tuple((m.article, m.sentences) for m in g.members) for g in c.groups}
    assert (("A", (1,)), ("C", (1,))) in groups
    assert (("B", (1,)), ("C", (3,))) in groups
    assert ("A", 1, "B", 1) in _pairs(c)
    assert all(0.3 <= x.score < 0.6 for x in c.also if (x.sentence_a, x.sentence_b) == (1, 1))


def test_also_links_never_join_reports_of_two_events(
    samples: list[Path], make_article: ArticleMaker
) -> None:
    # Seeds 000 and 001 report one strike, 003 another: the aligner pairs 001's and 003's
    # accounts of the coalition's raids (each the other's best match), but the
    # comparison keeps 003 apart, and reports of two events are never set against each other.
    c = compare([make_article(samples[i].read_text("utf-8"), i) for i in (0, 1, 3)], analysers=())
    assert [e.articles for e in c.events] == [("A", "B"), ("C",)]
    assert c.also  # 000 and 001 still have theirs
    assert all("C" not in (x.article_a, x.article_b) for x in c.also)


def test_a_sentence_also_links_to_its_best_match_that_took_its_neighbour(
    make_article: ArticleMaker,
) -> None:
    # A's and B's roof sentences sit in a group of their own; their best match in C is C's
    # merged sentence, whose group already holds the vote sentence just before each.
    articles = [make_article(t, n) for n, t in enumerate(SPLIT, 1)]
    c = compare(articles, analysers=(), events=[EventDecision(("A", "B", "C"))])
    groups = {tuple((m.article, m.sentences) for m in g.members) for g in c.groups}
    assert (("A", (1,)), ("B", (1,)), ("C", (1,))) in groups
    assert (("A", (2,)), ("B", (2,))) in groups
    assert {("A", 2, "C", 1), ("B", 2, "C", 1)} <= _pairs(c)


def test_two_openings_cut_at_other_places_link_crosswise(samples: list[Path]) -> None:
    # Seeds 000 and 001 open on the condemnation in two prose sentences each. A's lede
    # ("Syria strongly condemned the war crimes ... coalition") joined B's lede, and B's
    # second sentence ("The Syrian Foreign and Expatriates Ministry expressed its strong
    # condemnation ... war crimes") sits in a group further down: it still tells A's lede.
    c = compare([imported(samples[i], n) for n, i in enumerate((0, 1))], analysers=())
    groups = {tuple((m.article, m.sentences) for m in g.members) for g in c.groups}
    assert (("A", (1,)), ("B", (0,))) in groups
    assert not any(("A", (1,)) in g and ("B", (1,)) in g for g in groups)
    assert ("A", 1, "B", 1) in _pairs(c)
