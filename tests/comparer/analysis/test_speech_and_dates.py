"""Words quoted over several sentences are the speaker's, and a date that names another
event ("the Sept. 11 attacks") is never set against the date of the reported one."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.analysis import analyse
from comparer.model import AlignmentGroup, Kind, Member, Relation
from tests.comparer.analysis.conftest import BOTH, MakeArticle

PLAIN = "The budget cuts programs for the poor, a Jesuit scholar said on Monday."


def framing_texts(make: MakeArticle, first: str) -> list[str]:
    a, b = make("A", first, "Alpha"), make("B", PLAIN, "Beta")
    found = analyse((a, b), (), BOTH).differences
    return [d.text for d in found if d.kind is Kind.FRAMING and d.article == "A"]


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("The scholar said the budget had a devastating impact on the poor.", True),
        (
            "“This is nonsense. As scholars, we say his budget has a devastating impact on "
            "the poor.” Reese is a senior fellow.",
            False,
        ),
        (  # a quotation resumed in lower case after "he said," and running on
            "“It is still morning,” he said, “it just happens to be a long morning. And the "
            "budget has a devastating impact on the poor.” Reese left.",
            False,
        ),
        (  # a quotation going on in the next paragraph is left open at the paragraph's end
            "Reese spoke for an hour.\n“As scholars, we say his budget has a devastating "
            "impact on the poor.\n“We will fight it,” he said.",
            False,
        ),
    ],
)
def test_words_quoted_over_sentences_are_the_speakers(
    make_article: MakeArticle, text: str, charged: bool
) -> None:
    assert ("devastating" in framing_texts(make_article, text)) is charged


def date_types(make: MakeArticle, first: str, second: str) -> list[str]:
    day = date(2016, 9, 28)
    a, b = make("A", first, "Alpha", day), make("B", second, "Beta", day)
    group = AlignmentGroup("g", Relation.REWORDED, 0.6, (Member("A", (0,)), Member("B", (0,))))
    found = analyse((a, b), (group,), BOTH).differences
    return [d.type for d in found if d.type.startswith("date_")]


VOTE = "Congress voted on Wednesday to let families of the victims sue Saudi Arabia."
INTERVIEW = "In an interview Tuesday, Ryan disagreed with The Huffington Post."
# BASIL eb17fa36 (Fox): the day a letter was sent, against the day a spokesman spoke.
LETTER = "Fox obtained a letter sent to Rosenstein on Aug. 6 asking him to postpone it."


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("Congress voted on Sept. 11 to let families of the victims sue Saudi Arabia.", VOTE, True),
        ("Congress voted to let families of the Sept. 11 attacks sue Saudi Arabia.", VOTE, False),
        ("Pelosi disagreed on Monday with The Huffington Post.", INTERVIEW, True),
        ("Pelosi disagreed in a Monday interview with The Huffington Post.", INTERVIEW, False),
        (LETTER, "A spokesman said Tuesday that the lawyer sent a letter this month.", False),
        (
            "A spokesman said Monday that the lawyer sent a letter.",
            "A spokesman said Tuesday that the lawyer sent a letter this month.",
            True,
        ),
        (LETTER, "The lawyer sent the letter to Rosenstein on Aug. 9, asking for a delay.", True),
    ],
    ids=[
        "vote-day",
        "another-event",
        "interview-day",
        "the-interview",
        "letter-against-speaking",
        "speaking-days",
        "letter-days",
    ],
)
def test_a_date_naming_another_event_or_an_interview_is_not_compared(
    make_article: MakeArticle, first: str, second: str, conflict: bool
) -> None:
    assert ("date_conflict" in date_types(make_article, first, second)) is conflict


def amount_types(make: MakeArticle, second: str) -> list[str]:
    first = (
        "Republicans will hold at least 240 seats in the House. "
        "Democrats picked up just six seats in the election."
    )
    a, b = make("A", first, "Alpha"), make("B", second, "Beta")
    group = AlignmentGroup("g", Relation.PARTIAL, 0.5, (Member("A", (0,)), Member("B", (0,))))
    found = analyse((a, b), (group,), BOTH).differences
    return [d.type for d in found if d.kind is Kind.NUMBER and d.article == "A"]


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("Democrats have lost nearly 60 seats in the House over six years.", True),
        (  # both say "six seats": the other figures count other seats
            "Democrats have lost nearly 60 seats in the House over six years. "
            "They picked up just six seats in the election.",
            False,
        ),
    ],
)
def test_amounts_conflict_only_when_the_reports_share_no_figure(
    make_article: MakeArticle, second: str, conflict: bool
) -> None:
    assert ("conflict" in amount_types(make_article, second)) is conflict
