"""Evaluative words that are not the outlet's own: a charge or plea, what someone called
something, a verb and a particle written apart; real sentences of BASIL reports."""

from __future__ import annotations

import re

import pytest

from comparer.analysis import analyse, framing_markers
from comparer.analysis.others_words import (
    _CALLED,
    _CALLED_STEMS,
    _CHARGE_LEAD,
    _CHARGE_STEMS,
    _DESCRIBED_AS,
    _DESCRIBED_STEMS,
    _OFFENCE,
    _OFFENCE_STEMS,
    others_words,
)
from tests.comparer.analysis.conftest import BOTH, MakeArticle

JUDGING = {"loaded", "emotive", "opinion", "hedge", "booster", "manner"}


def judged(text: str) -> set[str]:
    return {m.text for m in framing_markers(text) if m.type in JUDGING}


@pytest.mark.parametrize(
    ("sentence", "not_flagged"),
    [
        (  # fox, Flynn plea: the charge Flynn pleaded guilty to
            "On Monday, Trump said he feels “badly” for Flynn, who pleaded guilty on Friday "
            "to giving false statements to the FBI about his Russia contacts.",
            {"guilty", "false"},
        ),
        (  # hpo, Flynn plea: the offence Dowd argues about
            "In an interview with Axios published Monday, Dowd brought out a new defense: "
            "Trump isn’t guilty of obstructing justice because he is the president.",
            {"guilty", "obstructing"},
        ),
        (  # fox, Flynn plea: Comey's words, told without quotation marks
            "After that interview, then-FBI Director James Comey called her actions "
            "extremely careless without recommending criminal charges.",
            {"careless", "criminal"},
        ),
        (  # nyt, Flynn plea: a server set up, a plain act
            "Mrs. Clinton gave a voluntary interview to the bureau in July 2016 during its "
            "investigation into whether she or her aides broke the law by corresponding "
            "through a private email server set up for her use as secretary of state.",
            {"set up"},
        ),
        (  # fox, Duncan Hunter indictment
            "Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted on charges "
            "of illegally converting $250,000 in campaign funds for personal use.",
            {"illegally"},
        ),
        (  # hpo, Pelosi re-elected leader
            "Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio), by a vote of 134 to 63.",
            {"lone"},
        ),
    ],
)
def test_a_charge_a_characterisation_or_a_plain_act_is_not_the_outlets_word(
    sentence: str, not_flagged: set[str]
) -> None:
    assert not judged(sentence) & not_flagged


def test_the_outlets_words_around_a_quoted_characterisation_stay_flagged() -> None:
    # nyt, Ginsburg: Trump's words are quoted; "disdainful" is the report's own
    sentence = (
        "Donald J. Trump on Tuesday assailed Justice Ruth Bader Ginsburg of the Supreme "
        "Court for speaking out on the presidential race, calling her disdainful remarks "
        "about his candidacy “highly inappropriate” and suggesting that she owed other "
        "justices an apology."
    )
    assert {"assailed", "disdainful"} <= judged(sentence)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # "called" a telephone call: no words of the governor's or the widow's follow
        ("Obama called the embattled governor on Tuesday to offer help.", {"embattled"}),
        ("Trump called the grieving widow of the slain soldier on Monday.", {"grieving"}),
        ("Police called the notorious gang leader in for questioning.", {"notorious"}),
        # a possessive "her" opens the object as "the" does: no complement follows
        ("Obama called her embattled husband on Tuesday.", {"embattled"}),
        # the charge is murder; "brutal" and "disabled" describe it in the outlet's words
        ("He was charged with the brutal murder of a disabled teenager.", {"brutal"}),
    ],
)
def test_a_phone_call_or_the_description_of_a_charged_act_is_the_outlets(
    sentence: str, flagged: set[str]
) -> None:
    assert flagged <= judged(sentence)


@pytest.mark.parametrize(
    ("sentence", "not_flagged"),
    [
        ("He called Trump a liar on Monday.", {"liar"}),
        ("She called the remarks racist in a tweet.", {"racist"}),
        ("He was charged with the murder of a teenager.", {"murder"}),
    ],
)
def test_a_complement_after_called_or_the_offence_stays_the_speakers(
    sentence: str, not_flagged: set[str]
) -> None:
    assert not judged(sentence) & not_flagged


def test_a_compound_noun_of_a_verb_and_a_particle_still_judges() -> None:
    assert "set-up" in judged("Aides said the whole meeting was a set-up from the start.")


def test_pleaded_guilty_is_no_tone_word(make_article: MakeArticle) -> None:
    # nyt, Flynn plea
    text = (
        "Michael T. Flynn, Mr. Trump’s first national security adviser, pleaded guilty on "
        "Friday to lying to the F.B.I. when he was questioned early this year about his "
        "conversations with the Russian ambassador."
    )
    articles = make_article("A", text, "Alpha"), make_article("B", "Flynn met him.", "Beta")
    tone = {t.article: t for t in analyse(articles, (), BOTH).tone}
    assert "guilty" not in tone["A"].top
    assert tone["A"].negative == 0


def test_calling_attention_to_something_is_no_characterisation() -> None:
    # NewsWCL50 (USA Today, the migrant caravan): the report's own words
    sentence = (
        "Migrants say they gain protection by traveling safer as group and also call "
        "attention to the poverty, gang violence and political turmoil in their countries."
    )
    assert "poverty" in judged(sentence)


def test_a_call_as_a_noun_hands_no_words_to_anyone() -> None:
    assert "tense" in judged("A phone call with Putin was tense, aides said.")


def test_the_vice_president_is_a_title(make_article: MakeArticle) -> None:
    # nyt, Flynn plea (NYT writes titles in lower case)
    text = "Mr. Trump fired Mr. Flynn in February for lying to the vice president about the calls."
    articles = make_article("A", text, "Alpha"), make_article("B", "Flynn met him.", "Beta")
    tone = {t.article: t for t in analyse(articles, (), BOTH).tone}
    assert "vice" not in tone["A"].top


@pytest.mark.parametrize(
    ("pattern", "stems", "phrase"),
    [
        (_CHARGE_LEAD, _CHARGE_STEMS, phrase)
        for phrase in (
            "Pleaded not guilty",
            "pled guilty",
            "wasn’t guilty",
            "guilty pleas",
            "Charged with",
            "charges of",
            "counts of",
            "convicted of",
            "acquitted of",
            "indicted for",
        )
    ]
    + [
        (_OFFENCE, _OFFENCE_STEMS, phrase)
        for phrase in (
            "obstructed justice",
            "obstruction of justice",
            "false statements",
            "conspiracy against",
            "criminal referral",
        )
    ]
    + [
        (_CALLED, _CALLED_STEMS, phrase)
        for phrase in ("called them", "labelling it", "branded him", "dubs it", "calls it")
    ]
    + [
        (_DESCRIBED_AS, _DESCRIBED_STEMS, phrase)
        for phrase in ("described it as", "Characterized him as", "characterises them as")
    ],
)
def test_every_match_holds_a_stem_it_is_looked_for_by(
    pattern: re.Pattern[str], stems: tuple[str, ...], phrase: str
) -> None:
    # A sentence without any stem is not searched: each phrase a pattern finds holds one.
    assert pattern.search(f"He {phrase} X.")
    assert any(stem in phrase.lower() for stem in stems)


@pytest.mark.parametrize(
    "sentence",
    [
        "He was charged with the brutal murder of a teen.",
        # the Kelvin sign: lower-casing is no guide, the sentence is searched whole
        "At 300 \u212a he was charged with the brutal murder of a teen.",
    ],
)
def test_a_charge_is_found_with_or_without_the_cheap_check(sentence: str) -> None:
    murder = sentence.index("murder")
    assert (murder, murder + len("murder")) in others_words(sentence)
