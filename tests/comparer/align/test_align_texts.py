"""Alignment on texts written for each case: reordering, merge/split, N-way, traps, links."""

from __future__ import annotations

from comparer.compare import compare
from comparer.model import Comparison, Relation, SentenceLink
from tests.comparer.align.conftest import ArticleMaker

MARKET = "Heavy rain flooded the old market in Aleppo on Monday, destroying forty shops."
MAYOR = "The mayor promised compensation to every shop owner within two weeks."
BAKERY = "Firefighters rescued twelve people trapped in a collapsed bakery near the citadel."
MARKET_B = "On Monday heavy rain flooded Aleppo's old market and destroyed 40 shops."
MAYOR_B = "Every shop owner will receive compensation within two weeks, the mayor promised."
BAKERY_B = (
    "Twelve people trapped in a collapsed bakery near the citadel were rescued by firefighters."
)


def linked(c: Comparison) -> set[tuple[tuple[str, tuple[int, ...]], ...]]:
    """Each group as a set-friendly tuple of (article, sentences)."""
    return {tuple((m.article, m.sentences) for m in g.members) for g in c.groups}


def pairs(c: Comparison) -> set[tuple[int, int]]:
    """A-B sentence pairs that share a group."""
    out = set()
    for g in c.groups:
        a = next((m.sentences for m in g.members if m.article == "A"), ())
        b = next((m.sentences for m in g.members if m.article == "B"), ())
        out |= {(i, j) for i in a for j in b}
    return out


def test_reordered_reworded_sentences_align(make_article: ArticleMaker) -> None:
    a = make_article(f"{MARKET} {MAYOR} {BAKERY}", 1)
    b = make_article(f"{BAKERY_B} {MARKET_B} {MAYOR_B}", 2)
    assert pairs(compare([a, b])) == {(0, 1), (1, 2), (2, 0)}


def test_a_split_sentence_aligns_with_both_halves(make_article: ArticleMaker) -> None:
    a = make_article(
        f"{MAYOR} The storm killed three fishermen off the coast of Latakia and damaged "
        "dozens of boats in the harbour.",
        1,
    )
    b = make_article(
        "The storm killed three fishermen off the coast of Latakia. It also damaged dozens of "
        f"boats in the harbour. {MAYOR_B}",
        2,
    )
    assert (("A", (1,)), ("B", (0, 1))) in linked(compare([a, b]))


def test_n_way_group_spans_all_reports_and_unique_sentences_stay_alone(
    make_article: ArticleMaker,
) -> None:
    a = make_article(f"{MARKET} The governor visited a hospital in Idlib.", 1)
    b = make_article(f"A football match in Homs was postponed. {MARKET_B}", 2)
    c = make_article(f"{MARKET} Wheat prices rose sharply in Hasakah last week.", 3)
    result = compare([a, b, c])
    assert (("A", (0,)), ("B", (1,)), ("C", (0,))) in linked(result)
    assert len(result.groups) == 1


def test_stock_phrase_alone_does_not_make_a_match(make_article: ArticleMaker) -> None:
    a = make_article("Militants shelled a school in Hama, the Syrian army and its allies said.", 1)
    b = make_article("Farmers protested new wheat taxes, the Syrian army and its allies said.", 2)
    assert compare([a, b]).groups == ()


def test_relations_identical_reworded_partial(make_article: ArticleMaker) -> None:
    a = make_article(
        f"{BAKERY} {MARKET} The mayor promised compensation, and engineers inspecting the "
        "citadel museum found cracks in its roof, two towers and the main gate.",
        1,
    )
    b = make_article(f"{BAKERY.upper().capitalize()} {MARKET_B} {MAYOR}", 2)
    relations = {g.members[0].sentences: g.relation for g in compare([a, b]).groups}
    assert relations == {
        (0,): Relation.IDENTICAL,
        (1,): Relation.REWORDED,
        (2,): Relation.PARTIAL,
    }


def test_user_link_and_unlink_are_obeyed(make_article: ArticleMaker) -> None:
    a = make_article(f"{MARKET} {MAYOR}", 1)
    b = make_article(f"{MARKET_B} The weather will improve by Friday.", 2)
    plain = compare([a, b])
    assert pairs(plain) == {(0, 0)}
    links = [SentenceLink("A", 0, "B", 0, linked=False), SentenceLink("A", 1, "B", 1, linked=True)]
    assert pairs(compare([a, b], links)) == {(1, 1)}


def test_links_naming_missing_sentences_are_ignored(make_article: ArticleMaker) -> None:
    a = make_article(MARKET, 1)
    b = make_article(MARKET_B, 2)
    links = [SentenceLink("A", 5, "B", 0, linked=True), SentenceLink("A", 0, "Z", 0, linked=True)]
    assert pairs(compare([a, b], links)) == {(0, 0)}
