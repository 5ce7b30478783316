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
        # A straight quote opening mid-sentence that closes in a later sentence: the quoted
        # words run to the end, the attribution before them is not quoted.
        (
            'The president told reporters that the "new law will protect families',
            {"new law will protect families"},
        ),
        # A straight quote closing one that began in the sentence before, then another opening.
        (
            'We will rebuild every house," she said. "Then the roads come next',
            {"we will rebuild every house", "then the roads come next"},
        ),
        ('A spokesman said:"we will rebuild every house."', {"we will rebuild every house"}),
        ('A spokesman said —"we will rebuild every house".', {"we will rebuild every house"}),
        ("(“we will rebuild every house”) he said.", {"we will rebuild every house"}),
        # Curly marks read by their context, the glyph deciding only where that is silent.
        ("The mayor said ”we will rebuild every house", {"we will rebuild every house"}),
        (
            "The mayor said “ we will rebuild every house ” and left.",
            {"we will rebuild every house"},
        ),
        # A quotation nested in single quotes stays inside its double-quoted one.
        (
            "“They told us ‘we will rebuild’ and left,” he said.",
            {
                "they told us we will",
                "told us we will rebuild",
                "us we will rebuild and",
                "we will rebuild and left",
            },
        ),
        (
            "\"They told us 'we will rebuild' and left,\" he said.",
            {
                "they told us we will",
                "told us we will rebuild",
                "us we will rebuild and",
                "we will rebuild and left",
            },
        ),
        # Apostrophes are not quotation marks, before the quotation or inside it.
        (
            "The Smiths' house, they don't say, \"was built to last a hundred years\" there.",
            {"was built to last a", "built to last a hundred", "to last a hundred years"},
        ),
        (
            "“We don’t think the Smiths’ house survived,” he said.",
            {
                "we dont think the smiths",
                "dont think the smiths house",
                "think the smiths house survived",
            },
        ),
        # A mark between two letters says nothing: straight marks take turns.
        ('He said"we will rebuild every house"today.', {"we will rebuild every house"}),
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


# Two reports quoting different things after the same attribution; each quotation runs on
# into the next sentence, so neither sentence closes its quote. Read inside out, the
# attributions were the quoted words and forced a link.
SPOKESMAN_ROADS = (
    "Storms closed the northern highway for a week in March, stranding hundreds of lorries "
    "near the border crossing at Tamsk. Engineers have surveyed the collapsed bridges, and a "
    'spokesman for the interior ministry said "eleven new roads with concrete drainage will '
    "open across the Velka valley before the autumn wheat harvest. They are already paid for "
    "by the regional budget,” he added. Farmers in the valley remain sceptical about the "
    "timetable."
)
SPOKESMAN_POLICE = (
    "The capital saw three large protests over the weekend, with thousands marching to "
    "parliament against the pension reform. After clashes near the railway station, a "
    'spokesman for the interior ministry said "riot police officers acted lawfully at every '
    "single demonstration and used no tear gas. Nobody was hurt on Saturday,” he added. "
    "Opposition leaders called for an independent inquiry into the arrests."
)


def test_a_shared_attribution_before_different_quotations_is_no_quotation(
    make_article: ArticleMaker,
) -> None:
    c = compare(
        [make_article(SPOKESMAN_ROADS, 1), make_article(SPOKESMAN_POLICE, 2)], (), analysers=()
    )
    assert (("A", (1,)), ("B", (1,))) not in _grouped(c)
