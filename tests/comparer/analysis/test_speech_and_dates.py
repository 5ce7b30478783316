"""Words quoted over several sentences are the speaker's, and a date that names another
event ("the Sept. 11 attacks") is never set against the date of the reported one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from comparer.analysis import analyse
from comparer.model import AlignmentGroup, ComparedArticle, Event, Kind, Member, Relation

MakeArticle = Callable[..., ComparedArticle]
BOTH = (Event("e", ("A", "B"), None, ()),)
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


@pytest.mark.parametrize(
    ("first", "conflict"),
    [
        ("Congress voted on Sept. 11 to let families of the victims sue Saudi Arabia.", True),
        ("Congress voted to let families of the Sept. 11 attacks sue Saudi Arabia.", False),
    ],
)
def test_a_date_naming_another_event_is_not_compared(
    make_article: MakeArticle, first: str, conflict: bool
) -> None:
    second = "Congress voted on Wednesday to let families of the victims sue Saudi Arabia."
    assert ("date_conflict" in date_types(make_article, first, second)) is conflict
