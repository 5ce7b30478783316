"""Telling words of headlines that share little: charged words and verbs of one act.

Headlines from BASIL triplets (Fox, NYT, HuffPost on one event), compared as the engine
compares them, with the bodies of the seeds standing in: only the headlines matter here.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from comparer.compare import compare
from comparer.model import Article, Headline, HeadlineRow, Relation, Span
from tests.comparer.align.conftest import build_article

BODY = (
    "Police arrested a man in Tampa on Friday after a week-long search. "
    "The man, 42, was charged with two counts of arson."
)


def titled(titles: tuple[str, ...]) -> list[Article]:
    """Reports of one body under these headlines."""
    made = [build_article(BODY, n) for n in range(1, len(titles) + 1)]
    return [replace(a, meta=replace(a.meta, title=t)) for a, t in zip(made, titles, strict=True)]


def telling(titles: tuple[str, ...]) -> list[list[str]]:
    row = compare(titled(titles), analysers=()).headline
    assert row is not None
    return [[h.text[s.start : s.end] for s in h.telling] for h in row.headlines]


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        # Charged verbs, in any tense ("Criticizes" as the lexicon's "criticized").
        (
            (
                "Mary Cheney Criticizes Her Sister on Same-Sex Marriage",
                "Elizabeth Cheney blasted by older sister over gay-marriage stance",
                "Mary Cheney: Sister Is 'Dead Wrong' On Gay Marriage",
            ),
            [["Criticizes"], ["blasted"], []],  # "Dead Wrong" is quoted: the sister's words
        ),
        # One act named by different verbs; "Rebuke" is charged.
        (
            (
                "Defense Secretary James Mattis to leave as of January 1",
                "Jim Mattis, Defense Secretary, Resigns in Rebuke of Trump’s Worldview",
                "Trump Says Defense Secretary Jim Mattis Will Retire In February",
            ),
            [[], ["Resigns", "Rebuke"], ["Retire"]],
        ),
        # A noun in title case is no verb, nor a bare word its inflected neighbour.
        (
            ("Glenn Beck Rips Progressivism at CPAC", "Beck Wows the CPAC Crowd"),
            [["Rips"], []],
        ),
    ],
)
def test_related_headlines_keep_their_telling_words(
    titles: tuple[str, ...], expected: list[list[str]]
) -> None:
    assert telling(titles) == expected


def test_a_related_row_shows_only_telling_words_a_closer_one_every_own_word() -> None:
    headline = Headline("A", "Trump Caves To Democrats", (Span(6, 24),), (Span(6, 11),))
    related = HeadlineRow(Relation.RELATED, 0.05, (headline,))
    assert related.marks(headline) == (Span(6, 11),)
    assert replace(related, relation=Relation.PARTIAL).marks(headline) == (Span(6, 24),)
