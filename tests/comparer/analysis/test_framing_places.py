"""Where a word choice stands, and what it is, ranks it: a report frames its story in its lede,
so a word there is shown where the same word further down stays minor; a word after a
reporting verb ("Ryan said ... eviscerate") is reported speech, weaker than the same word in
the outlet's voice; a negative verb ("ridiculed") judges an act and is shown with nothing to
contrast it, where an adjective ("brash") is not. The sentences are BASIL's (Fox News and the
New York Times)."""

from __future__ import annotations

import pytest

from comparer.analysis import analyse
from comparer.model import (
    AlignmentGroup,
    Difference,
    Kind,
    Member,
    Relation,
)
from tests.comparer.analysis.conftest import BOTH, MakeArticle

# Plain sentences that push a sentence out of the lede (no lexicon word in them).
PLAIN = (
    "The Pentagon confirmed the date on Monday. The department has about 700,000 civilian "
    "workers. The secretary met staff on Tuesday. The meeting took place in Washington. "
)
FOX = (
    "President Trump announced Sunday that Defense Secretary James Mattis will be leaving the "
    "administration on January 1, weeks earlier than planned and just days after Mattis' "
    "bombshell resignation letter made clear his policy disagreements with the White House."
)
HUFFPOST = (
    "President Donald Trump tweeted on Thursday that Defense Secretary Jim Mattis, a retired "
    "Marine general who was one of Trump’s first Cabinet picks, would be retiring at the end "
    "of February."
)
RYAN = (
    "House Speaker Paul Ryan of Wisconsin, who is retiring, said in an interview that the "
    "president cannot eviscerate birthright citizenship by executive order."
)  # "Paul D. Ryan" in the report: the test splitter would end a sentence at "D."
OWN_VOICE = "The president cannot eviscerate birthright citizenship by executive order."
PLAIN_RYAN = "Ryan spoke about birthright citizenship and executive orders in an interview."


def framing(make: MakeArticle, first: str, second: str, at: int) -> list[Difference]:
    """Framing findings of report A, whose sentence ``at`` is aligned with B's first."""
    a, b = make("A", first, "Fox News"), make("B", second, "New York Times")
    members = (Member("A", (at,)), Member("B", (0,)))
    found = analyse((a, b), (AlignmentGroup("g", Relation.REWORDED, 0.6, members),), BOTH)
    return [d for d in found.differences if d.kind is Kind.FRAMING and d.article == "A"]


def shown(found: list[Difference], word: str) -> bool:
    (finding,) = [d for d in found if d.text == word]
    return not finding.minor


def test_a_word_in_the_lede_is_shown_further_down_it_is_minor(make_article: MakeArticle) -> None:
    assert shown(framing(make_article, FOX, HUFFPOST, 0), "bombshell")
    assert not shown(framing(make_article, PLAIN + FOX, HUFFPOST, 4), "bombshell")


@pytest.mark.parametrize(("sentence", "expected"), [(RYAN, False), (OWN_VOICE, True)])
def test_a_word_after_a_reporting_verb_is_reported_speech(
    make_article: MakeArticle, sentence: str, expected: bool
) -> None:
    assert shown(framing(make_article, PLAIN + sentence, PLAIN_RYAN, 4), "eviscerate") is expected


def test_the_lede_does_not_make_a_topic_noun_a_judgement(make_article: MakeArticle) -> None:
    found = framing(
        make_article,
        "Senators assailed the plan over collusion on Monday.",
        "Senators questioned the plan on Monday.",
        0,
    )
    assert shown(found, "assailed") and not shown(found, "collusion")


RIDICULED = (
    "Trump changed his mind after Fox News and talk radio hosts ridiculed him for again "
    "backing down on his demand for wall money."
)
BRASH = (
    "His brash behavior made him less of a subject of news media scrutiny than other current "
    "and former aides to President Trump."
)
OTHER = "The president signed the spending bill on Friday afternoon at the White House."


@pytest.mark.parametrize(
    ("sentence", "word", "expected"), [(RIDICULED, "ridiculed", True), (BRASH, "brash", False)]
)
def test_a_negative_verb_is_shown_with_nothing_to_contrast(
    make_article: MakeArticle, sentence: str, word: str, expected: bool
) -> None:
    a, b = make_article("A", PLAIN + sentence, "Fox News"), make_article("B", OTHER, "NYT")
    found = [d for d in analyse((a, b), (), BOTH).differences if d.kind is Kind.FRAMING]
    (finding,) = [d for d in found if d.text == word]
    assert finding.counterpart is None and (not finding.minor) is expected
