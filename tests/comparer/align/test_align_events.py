"""Event grouping: same incident together, look-alikes apart, shared boilerplate ignored."""

from __future__ import annotations

from datetime import date

from comparer.compare import compare
from comparer.model import Relation
from tests.comparer.align.conftest import ArticleMaker

BOILERPLATE = (
    "The coalition has been conducting airstrikes against what it calls terrorist targets "
    "inside Syria since September 2014 without any authorization from Damascus or the UN. "
    "The alliance has repeatedly been accused of killing civilians."
)
RAQQA = (
    "Airstrikes hit the Qadisiya market in Raqqa yesterday, killing 23 civilians, local "
    "activists said. Rescue workers pulled survivors from the rubble of the market."
)
RAQQA_B = (
    "At least 23 civilians died when warplanes bombed Raqqa's Qadisiya market on Sunday. "
    "Survivors were pulled from the market's rubble by rescue workers."
)
HASAKAH = (
    "A bomb exploded at a wedding in Hasakah on Thursday, wounding 41 guests. Police "
    "blamed a sleeper cell for the blast near the Nashwa church."
)


def test_two_reports_of_one_strike_are_one_event(make_article: ArticleMaker) -> None:
    a = make_article(RAQQA, 1, published=date(2017, 10, 9))
    b = make_article(RAQQA_B, 2, published=date(2017, 10, 9))
    result = compare([a, b])
    assert [(e.articles, e.date) for e in result.events] == [(("A", "B"), date(2017, 10, 8))]
    assert "Raqqa" in result.events[0].places


def test_shared_boilerplate_aligns_but_does_not_merge_events(make_article: ArticleMaker) -> None:
    a = make_article(f"{RAQQA}\n\n{BOILERPLATE}", 1)
    b = make_article(f"{HASAKAH}\n\n{BOILERPLATE}", 2)
    result = compare([a, b])
    assert [e.articles for e in result.events] == [("A",), ("B",)]
    identical = [g for g in result.groups if g.relation is Relation.IDENTICAL]
    assert len(identical) == 2


def test_dates_far_apart_keep_look_alikes_apart(make_article: ArticleMaker) -> None:
    a = make_article(RAQQA, 1, published=date(2017, 10, 9))
    b = make_article(RAQQA_B, 2, published=date(2018, 3, 1))
    assert len(compare([a, b]).events) == 2


def test_reports_sharing_facts_stay_one_event_when_a_date_reads_days_off(
    make_article: ArticleMaker,
) -> None:
    """One report's "on Tuesday" dates the strike five days before the other's "yesterday"
    (BASIL's triplets misdate like this); the facts they share say it is one event."""
    a = make_article(RAQQA, 1, published=date(2017, 10, 9))
    b = make_article(RAQQA_B.replace("on Sunday", "on Tuesday"), 2, published=date(2017, 10, 9))
    result = compare([a, b])
    assert [e.articles for e in result.events] == [("A", "B")]


def test_shared_facts_do_not_join_reports_weeks_apart(make_article: ArticleMaker) -> None:
    a = make_article(RAQQA, 1, published=date(2017, 10, 9))
    b = make_article(RAQQA_B, 2, published=date(2017, 10, 30))
    assert [e.articles for e in compare([a, b]).events] == [("A",), ("B",)]


def test_no_articles_make_no_events() -> None:
    assert compare([]).events == ()
