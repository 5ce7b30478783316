"""Manner adverbs: how a report says someone acted ("forcefully defended") is its own word
choice when the other report tells the same act without it; adverbs of time, degree or
stance ("recently", "largely", "reportedly") are no characterisation."""

from __future__ import annotations

import pytest

from comparer.analysis import analyse, framing_markers
from comparer.analysis.adverbs import manner_adverbs
from comparer.model import AlignmentGroup, Kind, Member, Relation
from tests.comparer.analysis.conftest import BOTH, MakeArticle


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Obama on Friday forcefully defended the program.", ["forcefully"]),
        ("Unilaterally, Obama directed the agencies to act.", ["Unilaterally"]),
        ("The senator recently said the bill was largely done.", []),
        ("He reportedly met the family early on.", []),
        ("Ms. Kelly spoke in Beverly Hills.", []),  # names, not adverbs
        ("The self-assembly went smoothly.", ["smoothly"]),
        ("The self-assembly went SMOOTHLY.", []),  # the form is read in lower case only
        ("Smoothly, the self-assembly went.", ["Smoothly"]),
    ],
)
def test_manner_adverbs_by_form(sentence: str, words: list[str]) -> None:
    assert [w for _s, _e, w in manner_adverbs(sentence)] == words


def test_a_quoted_adverb_is_the_speakers() -> None:
    markers = framing_markers("He said the agency acted “recklessly and brazenly” that day.")
    assert not [m for m in markers if m.type == "manner"]


def pair(make: MakeArticle, first: str, second: str) -> list[tuple[str, str, str]]:
    a, b = make("A", first, "Alpha"), make("B", second, "Beta")
    group = AlignmentGroup("g", Relation.REWORDED, 0.6, (Member("A", (0,)), Member("B", (0,))))
    found = analyse((a, b), (group,), BOTH).differences
    return [(d.article, d.type, d.text) for d in found if d.kind is Kind.FRAMING]


def test_an_added_manner_adverb_is_a_word_choice(make_article: MakeArticle) -> None:
    found = pair(
        make_article,
        "Obama on Friday forcefully defended the surveillance program.",
        "Obama on Friday defended the surveillance program.",
    )
    assert found == [("A", "manner", "forcefully")]


def test_a_manner_adverb_both_reports_use_is_no_finding(make_article: MakeArticle) -> None:
    found = pair(
        make_article,
        "Obama on Friday forcefully defended the surveillance program.",
        "Obama forcefully defended the program on Friday.",
    )
    assert found == []


def test_a_judging_verb_is_shown_an_abstract_noun_is_not(make_article: MakeArticle) -> None:
    """Both reports tell the same vote; only the added words differ. The verb "assailed" is the
    report's judgement of an act; the noun "collusion" names what the story is about."""
    a = make_article("A", "Senators assailed the plan over collusion on Monday.", "Alpha")
    b = make_article("B", "Senators questioned the plan on Monday.", "Beta")
    group = AlignmentGroup("g", Relation.REWORDED, 0.6, (Member("A", (0,)), Member("B", (0,))))
    found = analyse((a, b), (group,), BOTH).differences
    shown = {(d.text, d.minor) for d in found if d.kind is Kind.FRAMING and d.article == "A"}
    assert ("assailed", False) in shown
    assert ("collusion", False) not in shown


@pytest.mark.parametrize(
    ("mine", "theirs", "verb"),
    [
        (
            "Gay and civil rights groups praised the ruling on Friday.",
            "Gay and civil rights groups reacted to the ruling on Friday.",
            "praised",
        ),
        (
            "Union leaders lauded the agreement reached with the mayor.",
            "Union leaders discussed the agreement reached with the mayor.",
            "lauded",
        ),
    ],
)
def test_a_verb_of_praise_is_shown_like_a_negative_verb(
    make_article: MakeArticle, mine: str, theirs: str, verb: str
) -> None:
    """ "Praised" where the other report tells the same reaction plainly is the report's
    judgement of the act, as "assailed" is: shown, not dropped as a weak positive word."""
    a, b = make_article("A", mine, "Alpha"), make_article("B", theirs, "Beta")
    group = AlignmentGroup("g", Relation.REWORDED, 0.6, (Member("A", (0,)), Member("B", (0,))))
    found = analyse((a, b), (group,), BOTH).differences
    shown = {(d.text, d.minor) for d in found if d.kind is Kind.FRAMING and d.article == "A"}
    assert (verb, False) in shown


def test_a_positive_word_that_is_no_verb_of_praise_is_no_finding(
    make_article: MakeArticle,
) -> None:
    """ "Welcomed" is positive but no praise: still too weak to be a finding."""
    a = make_article("A", "Gay and civil rights groups welcomed the ruling on Friday.", "Alpha")
    b = make_article("B", "Gay and civil rights groups reacted to the ruling on Friday.", "Beta")
    group = AlignmentGroup("g", Relation.REWORDED, 0.6, (Member("A", (0,)), Member("B", (0,))))
    found = analyse((a, b), (group,), BOTH).differences
    assert not [d for d in found if d.kind is Kind.FRAMING and d.text == "welcomed"]


def test_a_related_sentence_is_no_counterpart_for_word_choice(make_article: MakeArticle) -> None:
    """A ``related`` group joins two sentences on one topic with other details: the adverb
    one adds is not contrasted with a sentence that tells another fact."""
    a = make_article("A", "Obama forcefully defended the surveillance program on Friday.", "Alpha")
    b = make_article("B", "The surveillance program began in 2007 under President Bush.", "Beta")
    group = AlignmentGroup("g", Relation.RELATED, 0.3, (Member("A", (0,)), Member("B", (0,))))
    found = analyse((a, b), (group,), BOTH).differences
    assert not [d for d in found if d.kind is Kind.FRAMING and d.counterpart is not None]
