"""The bundled seed reports: same strike, shared boilerplate, and a different incident."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from comparer.compare import compare
from comparer.model import AlignmentGroup, Comparison, Relation
from tests.comparer.align.conftest import ArticleMaker


def holds(c: Comparison, group: AlignmentGroup, key: str, phrase: str) -> bool:
    """Whether the group holds a sentence of article ``key`` containing ``phrase``."""
    article = next(a.article for a in c.articles if a.key == key)
    return any(
        phrase in article.sentences[i].text
        for m in group.members
        if m.article == key
        for i in m.sentences
    )


def group_with(c: Comparison, key_a: str, phrase_a: str, key_b: str, phrase_b: str) -> bool:
    """Whether one group links a sentence of A containing phrase_a with one of B with phrase_b."""
    return any(holds(c, g, key_a, phrase_a) and holds(c, g, key_b, phrase_b) for g in c.groups)


def event_of(c: Comparison, key: str) -> str:
    return next(e.id for e in c.events if key in e.articles)


def test_000_and_001_report_the_same_strike(
    samples: list[Path], make_article: ArticleMaker
) -> None:
    c = compare([make_article(samples[i].read_text("utf-8"), i) for i in (0, 1)])
    assert [e.articles for e in c.events] == [("A", "B")]
    assert len(c.groups) >= 3
    assert group_with(c, "A", "more than 10 civilians were killed", "B", "at least 10 civilians")


def test_002_and_003_share_press_tv_background(
    samples: list[Path], make_article: ArticleMaker
) -> None:
    c = compare([make_article(samples[i].read_text("utf-8"), i) for i in (2, 3)])
    phrase = "US-led coalition has been conducting airstrikes against what are said to be Daesh"
    assert group_with(c, "A", phrase, "B", phrase)
    shared = [g for g in c.groups if g.relation is Relation.IDENTICAL]
    assert len(shared) >= 3


def test_004_is_another_event(samples: list[Path], make_article: ArticleMaker) -> None:
    c = compare([make_article(samples[i].read_text("utf-8"), i) for i in (0, 1, 4)])
    assert event_of(c, "A") == event_of(c, "B") != event_of(c, "C")


def test_a_resolved_saturday_tells_000_from_004(
    samples: list[Path], make_article: ArticleMaker
) -> None:
    first = make_article(samples[0].read_text("utf-8"), 0, published=date(2017, 11, 13))
    c = compare([first, make_article(samples[4].read_text("utf-8"), 4)])
    assert len(c.events) == 2
    assert c.events[0].date == date(2017, 11, 11)  # "on Saturday", seen from Monday 13th


@pytest.mark.parametrize(
    ("phrase_a", "phrase_b"),
    [
        ("Syria strongly condemned the war crimes", "Syrian authorities condemned the crimes"),
        ("more than 10 civilians were killed", "at least 10 civilians were killed"),
        ("claim to value the rule of law", "claim to be concerned about the rule of law"),
    ],
)
def test_000_and_001_must_links(
    samples: list[Path], make_article: ArticleMaker, phrase_a: str, phrase_b: str
) -> None:
    """Issue 12's floor: the ledes, the toll and the rule-of-law pair are side by side."""
    c = compare([make_article(samples[i].read_text("utf-8"), i) for i in (0, 1)])
    assert group_with(c, "A", phrase_a, "B", phrase_b)
