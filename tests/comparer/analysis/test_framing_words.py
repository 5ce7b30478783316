"""Word choice across reports by word senses: an aligned report naming the same thing with
another word of one sense ("payback" vs "retribution") or a broader one ("executed" vs
"killed") shows the pair; plain synonyms, quoted words and words of another form are none."""

from __future__ import annotations

import pytest

from comparer.analysis import analyse
from comparer.analysis.framing_words import inflection, narrower_verb
from comparer.model import (
    AlignmentGroup,
    Difference,
    Kind,
    Member,
    Relation,
)
from tests.comparer.analysis.conftest import BOTH, MakeArticle

# BASIL, the Bridgegate subpoenas: Fox News and the New York Times on one fact.
FOX = (
    "Federal prosecutors have subpoenaed New Jersey Gov. Chris Christie's campaign and a state "
    "Republican Party committee, escalating their probe into allegations that his aides "
    "created traffic jams as political payback."
)
NYT = (
    "Federal prosecutors in New Jersey have issued grand jury subpoenas to Gov. Chris "
    "Christie’s re-election campaign and to the state Republican Party as part of a "
    "preliminary inquiry into accusations that aides to Mr. Christie shut down access lanes "
    "to the George Washington Bridge as political retribution, the lawyer for the campaign "
    "and the party said Thursday."
)


def framing(make: MakeArticle, first: str, second: str) -> list[Difference]:
    """The framing findings of two reports of one event, each one aligned group (the test
    splitter cuts a sentence at "Gov. Chris": its pieces are aligned together)."""
    a, b = make("A", first, "Fox News"), make("B", second, "New York Times")
    members = tuple(Member(c.key, tuple(range(len(c.article.sentences)))) for c in (a, b))
    group = AlignmentGroup("g", Relation.REWORDED, 0.6, members)
    found = analyse((a, b), (group,), BOTH).differences
    return [d for d in found if d.kind is Kind.FRAMING]


def test_an_evaluative_word_points_at_the_other_reports_word(make_article: MakeArticle) -> None:
    (payback,) = [d for d in framing(make_article, FOX, NYT) if d.text == "payback"]
    assert payback.counterpart is not None and payback.counterpart.text == "retribution"
    assert payback.explanation == (
        "Worded differently: A (Fox News) says “payback”, B (New York Times) says “retribution”."
    )
    assert not payback.minor


def test_a_more_specific_verb_is_a_minor_word_choice(make_article: MakeArticle) -> None:
    found = framing(
        make_article,
        "Militants executed two hostages near the border on Monday.",
        "Militants killed two hostages near the border on Monday.",
    )
    (choice,) = [d for d in found if d.type == "word_choice"]
    assert (choice.article, choice.text, choice.minor) == ("A", "executed", True)
    assert choice.counterpart is not None and choice.counterpart.text == "killed"
    assert not [d for d in found if d.article == "B"]  # "killed" is the plain word


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two plain synonyms: paraphrase, not framing
        (
            "The attorney for the campaign confirmed the subpoenas on Thursday.",
            "The lawyer for the campaign confirmed the subpoenas on Thursday.",
        ),
        # the verb is the police chief's, inside the quote
        (
            "“They executed two hostages near the border,” the police chief said on Monday.",
            "The police chief said militants killed two hostages near the border on Monday.",
        ),
    ],
)
def test_no_word_choice_between_synonyms_or_inside_quotes(
    make_article: MakeArticle, first: str, second: str
) -> None:
    assert [d for d in framing(make_article, first, second) if d.type == "word_choice"] == []


def test_a_word_the_other_report_uses_elsewhere_is_no_choice(make_article: MakeArticle) -> None:
    a = make_article(
        "A",
        "Militants executed two hostages near the border on Monday. The army said it "
        "executed a raid in reply.",
        "Fox News",
    )
    b = make_article(
        "B",
        "Militants killed two hostages near the border on Monday. Officials said they had "
        "executed the men at dawn.",
        "New York Times",
    )
    group = AlignmentGroup("g", Relation.REWORDED, 0.6, (Member("A", (0,)), Member("B", (0,))))
    found = analyse((a, b), (group,), BOTH).differences
    assert not [d for d in found if d.type == "word_choice"]


@pytest.mark.parametrize(
    ("word", "other", "narrower"),
    [
        ("executed", "killed", True),
        ("assailed", "criticized", True),
        ("killed", "executed", False),  # the plain word is not the coloured one
        ("near", "come", False),  # a preposition, not a verb of one act
        ("backlash", "happens", False),
    ],
)
def test_a_verb_is_narrower_only_when_one_kind_of_the_other(
    word: str, other: str, narrower: bool
) -> None:
    assert narrower_verb(word, other) is narrower


@pytest.mark.parametrize(
    ("word", "form"),
    [("stinging", "ing"), ("murdered", "ed"), ("fled", "ed"), ("slams", "s"), ("quit", "")],
)
def test_inflection_reads_the_form_from_the_ending(word: str, form: str) -> None:
    assert inflection(word) == form
