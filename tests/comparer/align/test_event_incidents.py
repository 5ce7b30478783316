"""Reports of different incidents are different events, even when a report has no date.

Seed 000 (a Saturday strike on Tal al-Shaer, more than 10 killed, no date the engine reads)
was put in one event with each of 002 (a Monday strike, 14 killed), 003 (a Tuesday strike
in Hasakah, ten dead) and 004 (16 December 2018, 17 killed) when compared with it alone,
and apart from them only when all five were compared together.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

from comparer.align.event_incident import Incident, differ, toll_sentence, weekday
from comparer.align.normalise import tokenise
from comparer.compare import compare
from evaluation.gold import imported


def _events(samples: list[Path], chosen: tuple[int, ...]) -> list[tuple[str, ...]]:
    articles = [imported(samples[i], n) for n, i in enumerate(chosen, 1)]
    return [e.articles for e in compare(articles, analysers=()).events]


@pytest.mark.parametrize("other", [2, 3, 4])
def test_an_undated_strike_is_apart_from_other_strikes_compared_alone(
    samples: list[Path], other: int
) -> None:
    assert _events(samples, (0, other)) == [("A",), ("B",)]


def test_two_reports_of_one_strike_stay_one_event(samples: list[Path]) -> None:
    assert _events(samples, (0, 1)) == [("A", "B")]


def test_every_set_of_seeds_groups_each_pair_as_the_pair_alone(samples: list[Path]) -> None:
    """Whatever else is compared, 000 and 001 are one event and every other report is
    an event of its own: a decision for two reports does not hang on the others."""
    for size in range(2, 6):
        for chosen in combinations(range(5), size):
            strike = tuple(k for k, i in zip("ABCDE", chosen, strict=False) if i in (0, 1))
            others = [(k,) for k, i in zip("ABCDE", chosen, strict=False) if i not in (0, 1)]
            wanted = sorted(([strike] if len(strike) == 2 else [(k,) for k in strike]) + others)
            assert _events(samples, chosen) == wanted, chosen


@pytest.mark.parametrize(
    ("sentence", "toll"),
    [
        ("Where more than 10 civilians were killed and scores injured.", "10"),
        ("The strike claimed the lives of 14 civilians.", "14"),
        ("Attacks targeted a village, leaving ten people dead.", "10"),
        ("Two teens are dead and 18 people are injured.", "2"),
        ("A 34-year-old man was killed.", None),
        ("He was killed on May 24 at home.", None),
        ("A shooting left a child dead Saturday, Sept. 19, 2015.", None),
        ("Seven buildings were damaged.", None),
    ],
)
def test_the_toll_is_the_death_words_own_figure(sentence: str, toll: str | None) -> None:
    found = toll_sentence([tuple(tokenise(sentence))])
    assert (found[1] if found else None) == toll


def test_the_weekday_is_read_from_a_weekday_a_date_or_yesterday() -> None:
    assert weekday("the Monday airstrike on the city", None) == 0
    assert weekday("on December 16th, 2018, when warplanes struck", None) == 6
    assert weekday("Yesterday, at least 10 civilians were killed", None) is None


SATURDAY_10 = Incident("10", 5, frozenset({"tal", "deir_zur"}))


@pytest.mark.parametrize(
    ("other", "apart"),
    [
        (Incident("14", 0, frozenset({"deir_zur"})), True),  # another day and toll
        (Incident("10", 1, frozenset({"hasaka"})), True),  # another day and place
        (Incident("14", 5, frozenset({"hasaka"})), False),  # the same day: a toll rises
        (Incident("14", None, frozenset({"hasaka"})), False),  # no day to tell
        (Incident("10", 1, frozenset({"deir_zur"})), False),  # only the day differs
        (None, False),
    ],
)
def test_incidents_differ_on_the_day_and_one_more_fact(other: Incident | None, apart: bool) -> None:
    assert differ(SATURDAY_10, other) is apart
    assert differ(other, SATURDAY_10) is apart


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The monitor said on Monday that 12 civilians died in the strike.", None),
        ("The ministry on Monday said 12 civilians died in Saturday's strike.", 5),
        ("Officials told reporters Monday that 12 people were killed on Saturday.", 5),
        ("At least 8 civilians were killed on Saturday, the monitor said on Monday.", 5),
        ("At least 30 civilians were killed on Tuesday, said the Observatory.", 1),
        ("The Observatory said Tuesday's strike on the market killed at least 30.", 1),
        ("Gunmen attacked on Saturday and 12 people were killed.", 5),  # an act, not words
    ],
)
def test_a_day_someone_spoke_on_is_not_the_incidents(sentence: str, day: int | None) -> None:
    assert weekday(sentence, None) == day


def test_next_days_at_the_days_edge_are_one_incident() -> None:
    late_friday = Incident("8", 4, frozenset({"raqqa"}), at_day_edge=True)
    saturday = Incident("12", 5, frozenset({"raqqa"}))
    assert not differ(late_friday, saturday)
    assert differ(Incident("8", 4, frozenset({"raqqa"})), saturday)  # not at the edge
    assert differ(Incident("8", 3, frozenset({"raqqa"}), at_day_edge=True), saturday)
    assert differ(Incident("8", 4, frozenset({"aleppo"}), at_day_edge=True), saturday)


STRIKE = """Airstrike kills 8 in Raqqa market

At least 8 civilians were killed {day_a} when warplanes struck a crowded market in Raqqa, \
the Syrian Observatory for Human Rights said.

The strike hit the main vegetable market in the centre of the city at midday, when it was \
full of shoppers, local activists said.
"""
TOLL_RISES = """Death toll from Raqqa market strike rises to 12

{toll_sentence}

Warplanes struck the crowded vegetable market in the centre of the city at midday, when it \
was full of shoppers, local activists said.
"""


@pytest.mark.parametrize(
    ("day_a", "toll_sentence"),
    [
        ("on Saturday", "The monitor said on Monday that 12 civilians died in the airstrike."),
        ("late on Friday", "12 civilians died early on Saturday in the airstrike on the market."),
    ],
)
def test_a_revised_toll_told_another_day_is_one_event(
    tmp_path: Path, day_a: str, toll_sentence: str
) -> None:
    texts = (STRIKE.format(day_a=day_a), TOLL_RISES.format(toll_sentence=toll_sentence))
    articles = []
    for n, text in enumerate(texts, 1):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        articles.append(imported(path, n))
    assert [e.articles for e in compare(articles, analysers=()).events] == [("A", "B")]
