"""Where a word choice stands, and what it is, ranks it: a report frames its story in its lede,
so a word there is shown where the same word further down, late in its sentence, stays minor;
a word after a reporting verb ("Ryan said ... eviscerate") is reported speech, weaker than the
same word in the outlet's voice; a negative word with nothing to contrast it is shown near the
opening of its sentence ("His bungling") but not in its last third ("called the idea illegal
and cruel"), which most often holds what the sentence reports; a word WordNet knows only as a
noun ("furor") names the topic, and one known only as an adjective ("His brash behavior")
describes, so ranks lower. The sentences are BASIL's (Fox News and the New York Times), a
word changed here and there.

"""

from __future__ import annotations

import pytest

from comparer.analysis import analyse
from comparer.analysis.framing import compiled
from comparer.analysis.framing_rank import (
    KEPT_FROM,
    adjective_only,
    negated,
    noun_only,
    strength,
)
from comparer.analysis.lexicons import default_lexicons
from comparer.model import (
    AlignmentGroup,
    Counterpart,
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


@pytest.mark.parametrize(
    ("kind", "word", "contrasted", "kept"),
    [
        ("emotive", "bombshell", True, True),  # the emotive list's nouns carry the feeling
        ("opinion", "bombshell", True, False),  # the same noun in the broad list: the topic
        ("opinion", "furor", True, True),  # a negative noun the aligned report lacks
        ("opinion", "furor", False, False),  # the same with nothing to contrast
        ("opinion", "bungling", False, True),
        ("opinion", "brash", False, False),  # only an adjective: it describes, ranked lower
        ("opinion", "collusion", True, False),  # an abstract noun, even contrasted
        # a word of many senses is most often a plain one ("adjusted gross income")
        ("emotive", "gross", False, False),
        ("emotive", "bloody", False, False),
        ("emotive", "brutal", False, True),
    ],
)
def test_a_noun_is_weaker_but_an_emotive_one(
    kind: str, word: str, contrasted: bool, kept: bool
) -> None:
    other = Counterpart("B", 0, 4, "word") if contrasted else None
    found = Difference(Kind.FRAMING, kind, "g", "A", 0, len(word), word, other, "", False)
    assert (strength(found, compiled(default_lexicons())) >= KEPT_FROM) is kept


def test_a_word_in_the_lede_is_shown_further_down_it_is_minor(make_article: MakeArticle) -> None:
    """The word “cruel” stands in the last third of its sentence: the lede still shows it."""
    assert alone(make_article, CLARKE, "cruel") is True
    assert alone(make_article, PLAIN + CLARKE, "cruel") is False


def test_the_lede_outweighs_reported_speech_and_a_late_place(make_article: MakeArticle) -> None:
    """Fox's lede calls the letter a “bombshell” after “announced” and late in the sentence;
    the lede weighs more than both (a lede frames the story); further down it stays minor."""
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
    assert shown(found, "assailed")
    assert not [d for d in found if d.text == "collusion" and not d.minor]


RIDICULED = (
    "Trump changed his mind after Fox News and talk radio hosts ridiculed him for again "
    "backing down on his demand for wall money."
)
BUNGLING = (
    "His bungling made him less of a subject of news media scrutiny than other current "
    "and former aides to President Trump."
)
BRASH = (
    "His brash behavior made him less of a subject of news media scrutiny than other current "
    "and former aides to President Trump."
)
# (What she "called the idea" would be her words, not the outlet's: the report's own verb.)
CLARKE = (
    "Kristen Clarke, the president and executive director of the Lawyers’ Committee for Civil "
    "Rights Under Law, fought the idea as a cruel one."
)
FUROR = "Trying to quell the furor, Steele issued a statement saying:"
GROSS = "The firm reported gross receipts of $10 million last year."
OTHER = "The president signed the spending bill on Friday afternoon at the White House."


def alone(make: MakeArticle, text: str, word: str) -> bool | None:
    """Whether ``word`` of report A, whose sentences have no counterpart, is shown (``None``
    when it is no finding at all)."""
    a, b = make("A", text, "Fox News"), make("B", OTHER, "NYT")
    found = [d for d in analyse((a, b), (), BOTH).differences if d.kind is Kind.FRAMING]
    words = [d for d in found if d.text == word]
    assert all(d.counterpart is None for d in words)
    return not words[0].minor if words else None


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        (RIDICULED, "ridiculed", True),
        (BUNGLING, "bungling", True),  # near the opening of its sentence
        (BRASH, "brash", False),  # only an adjective: kept, ranked lower (describes him)
        (CLARKE, "cruel", False),  # in its last third: what Clarke called the idea
        (FUROR, "furor", None),  # only a noun: the topic, not a judgement
        # a word of many senses, most often plain: kept, never shown, even in the lede
        (GROSS, "gross", False),
    ],
)
def test_a_negative_word_with_nothing_to_contrast(
    make_article: MakeArticle, sentence: str, word: str, expected: bool | None
) -> None:
    assert alone(make_article, PLAIN + sentence, word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("controversy", True),
        ("turmoil", True),
        ("furor", True),
        ("bombshell", True),
        ("attack", False),  # also a verb
        ("assailed", False),
        ("brash", False),
        ("witch hunt", False),  # a phrase: WordNet's table holds single words
    ],
)
def test_noun_only_words(word: str, expected: bool) -> None:
    assert noun_only(word) is expected


def test_a_plain_label_swap_is_kept_minor(make_article: MakeArticle) -> None:
    """Two names of one actor that judge nothing: listed, never highlighted, even with no
    other finding to outrank them (the sentences are the seed reports')."""
    a = make_article("A", "The Syrian government condemned the strike on Monday.", "SANA")
    b = make_article("B", "Syrian authorities condemned the strike on Monday.", "Xinhua")
    found = [d for d in analyse((a, b), (), BOTH).differences if d.type == "label_swap"]
    assert {(d.text, d.minor) for d in found} == {
        ("Syrian government", True),
        ("Syrian authorities", True),
    }


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("unclear", True),
        ("contentious", True),
        ("brash", True),
        ("sharply", False),  # an adverb
        ("limited", False),  # also the verb "limit"
        ("blow", False),
        ("witch hunt", False),
    ],
)
def test_adjective_only_words(word: str, expected: bool) -> None:
    assert adjective_only(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("unclear", True),
        ("unlikely", True),
        ("disagree", True),
        ("unfairly", True),
        ("disaster", False),  # "aster" is a noun: no prefix negates one
        ("unit", False),  # too short a root
        ("undermine", False),
        ("dismal", False),
    ],
)
def test_negated_words(word: str, expected: bool) -> None:
    assert negated(word) is expected


@pytest.mark.parametrize(("word", "expected"), [("Unlikely", False), ("Bickering", True)])
def test_a_word_naming_a_lack_is_kept_minor(
    make_article: MakeArticle, word: str, expected: bool
) -> None:
    """The same place, the same sentence: "unlikely" states how likely, "bickering" judges."""
    text = f"{word} allies joined the senator in his campaign against the plan."
    assert alone(make_article, text, word) is expected
