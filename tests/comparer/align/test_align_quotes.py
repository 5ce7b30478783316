"""A quotation two reports both carry links their sentences, however differently framed."""

from __future__ import annotations

import pytest

from comparer.align.quotes import quoted_runs
from comparer.compare import compare
from comparer.model import Comparison, SentenceLink
from tests.comparer.align.conftest import ArticleMaker


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("No quotation marks in this sentence at all, none.", set()),
        ('He said "we will rebuild" and left.', set()),
        (
            "“We will rebuild every house,” the mayor said.",
            {"we will rebuild every house"},
        ),
        # The quotation began in the sentence before: read from the start.
        (
            "Flynn lied and they ruined him.” she added.",
            {"flynn lied and they ruined", "lied and they ruined him"},
        ),
        # Curly and straight apostrophes alike; case does not count.
        ("“It’s Time We Rebuilt it,” he said.", {"its time we rebuilt it"}),
        ("'It's time we rebuilt it,\" she said.", {"its time we rebuilt it"}),
        # Words outside the marks make no run, though six stand in a row.
        ('Officials said the bridge will reopen soon, "probably" in May.', set()),
    ],
)
def test_quoted_runs(text: str, runs: set[str]) -> None:
    assert set(quoted_runs(text)) == {tuple(r.split()) for r in runs}


QUOTED = (
    "The governor toured the flooded district of Aleppo on Monday with the army chief. "
    "Standing at the ruined grain depot near Idlib, where farmers had queued since dawn for "
    "tents and fuel, she said “we will rebuild every house” and left without taking questions. "
    "Engineers began checking the dam the same afternoon."
)
REPORTED = (
    "Rescue teams pulled three families from the water near the citadel overnight. "
    "Opposition groups in Geneva accused the ministry in Damascus of diverting United Nations "
    "aid convoys to loyal towns along the coast, and its spokesman answered on Tuesday that "
    "“we will rebuild every house” across the province. "
    "Power came back to most of the city by Tuesday."
)


def _compare(make_article: ArticleMaker, links: tuple[SentenceLink, ...] = ()) -> Comparison:
    return compare([make_article(QUOTED, 1), make_article(REPORTED, 2)], links, analysers=())


def _grouped(c: Comparison) -> set[tuple[tuple[str, tuple[int, ...]], ...]]:
    return {tuple((m.article, m.sentences) for m in g.members) for g in c.groups}


def test_a_shared_quotation_links_its_sentences(make_article: ArticleMaker) -> None:
    assert (("A", (1,)), ("B", (1,))) in _grouped(_compare(make_article))


def test_the_user_s_unlink_wins_over_a_shared_quotation(make_article: ArticleMaker) -> None:
    c = _compare(make_article, (SentenceLink("A", 1, "B", 1, linked=False),))
    assert (("A", (1,)), ("B", (1,))) not in _grouped(c)
