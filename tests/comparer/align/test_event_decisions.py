"""The user's say on events overrides the grouping, and everything downstream follows.

The reports (:mod:`tests.angles`) tell one event from two angles; the engine alone keeps
them apart.
"""

from __future__ import annotations

from datetime import date

import pytest

from comparer.align.event_decisions import decided
from comparer.compare import compare
from comparer.model import Article, EventDecision, Kind
from tests.angles import DEFENCE, VOTE
from tests.comparer.align.conftest import ArticleMaker


@pytest.fixture
def angles(make_article: ArticleMaker) -> list[Article]:
    return [
        make_article(VOTE, 1, published=date(2024, 1, 9)),
        make_article(DEFENCE, 2, published=date(2024, 1, 10)),
    ]


def test_reports_the_user_calls_one_event_are_compared_as_one(angles: list[Article]) -> None:
    apart = compare(angles)
    assert [e.articles for e in apart.events] == [("A",), ("B",)]
    assert apart.differences == () and apart.key_differences == ()
    joined = compare(angles, events=[EventDecision(("A", "B"))])
    assert [e.articles for e in joined.events] == [("A", "B")]
    kinds = {d.kind for d in joined.differences}
    # The two ledes are now diffed, and what one report leaves out is an omission.
    assert {Kind.WORDING, Kind.OMISSION} <= kinds
    lede = next(d for d in joined.differences if d.kind is Kind.WORDING)
    assert lede.counterpart is not None
    assert {lede.article, lede.counterpart.article} == {"A", "B"}
    assert any(k.kind == "omission" for k in joined.key_differences)


def test_a_report_set_apart_is_an_event_of_its_own(angles: list[Article]) -> None:
    together = [EventDecision(("A", "B"))]
    apart = [*together, EventDecision(("B",), together=False)]
    assert [e.articles for e in compare(angles, events=apart).events] == [("A",), ("B",)]
    # The later decision wins: joined again.
    again = [*apart, EventDecision(("A", "B"))]
    assert [e.articles for e in compare(angles, events=again).events] == [("A", "B")]


@pytest.mark.parametrize(
    ("groups", "decisions", "wanted"),
    [
        ([[0, 1], [2], [3]], [EventDecision(("A", "C"))], [[0, 1, 2], [3]]),
        ([[0], [1], [2]], [EventDecision(("A", "B", "C"))], [[0, 1, 2]]),
        ([[0, 1, 2]], [EventDecision(("B",), together=False)], [[0, 2], [1]]),
        ([[0, 1, 2], [3]], [EventDecision(("B", "D"), together=False)], [[0, 2], [1, 3]]),
        ([[0], [1]], [EventDecision(("A", "Z"))], [[0], [1]]),  # Z is not compared
        ([[0], [1]], [EventDecision(("Z", "Y"))], [[0], [1]]),
    ],
)
def test_decisions_regroup_article_positions(
    groups: list[list[int]], decisions: list[EventDecision], wanted: list[list[int]]
) -> None:
    assert decided(groups, decisions, {"A": 0, "B": 1, "C": 2, "D": 3}) == wanted
