"""Dates: absolute ones read, relative ones resolved against the article's date, a weekday
without an anchor left unresolved, and two reports' dates compared."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.analysis import extract_dates, extract_quantities
from comparer.analysis.timing import compare_dates

SUNDAY = date(2017, 11, 12)
WEDNESDAY = date(2018, 5, 30)


@pytest.mark.parametrize(
    ("text", "anchor", "written", "value"),
    [
        ("on December 16th, 2018, when", None, "December 16th, 2018", date(2018, 12, 16)),
        ("on 16 December 2018 when", None, "16 December 2018", date(2018, 12, 16)),
        ("on October 19, 2017 after", None, "October 19, 2017", date(2017, 10, 19)),
        ("published 2017-11-12", None, "2017-11-12", date(2017, 11, 12)),
        ("since September 2014 without", None, "September 2014", date(2014, 9, 1)),
        ("on May 24 when", WEDNESDAY, "May 24", date(2018, 5, 24)),
        ("on May 24 when", None, "May 24", None),
        ("Yesterday, at least 10", SUNDAY, "Yesterday", date(2017, 11, 11)),
        ("attacks on Saturday by", SUNDAY, "on Saturday", date(2017, 11, 11)),
        ("Earlier on Tuesday, local sources", WEDNESDAY, "Earlier on Tuesday", date(2018, 5, 29)),
        ("last Wednesday", WEDNESDAY, "last Wednesday", date(2018, 5, 23)),
        ("on Wednesday", WEDNESDAY, "on Wednesday", WEDNESDAY),
        ("today", SUNDAY, "today", SUNDAY),
        ("the day before yesterday", SUNDAY, "the day before yesterday", date(2017, 11, 10)),
        ("attacks on Saturday by", None, "on Saturday", None),
        ("Yesterday, at least 10", None, "Yesterday", None),
    ],
)
def test_dates_are_read_and_resolved(
    text: str, anchor: date | None, written: str, value: date | None
) -> None:
    (mention,) = extract_dates(text, anchor)
    assert (mention.text, mention.value) == (written, value)
    assert text[mention.start : mention.end] == written


def test_an_unanchored_weekday_keeps_its_weekday() -> None:
    (mention,) = extract_dates("on Saturday by coalition warplanes", None)
    assert mention.value is None
    assert mention.weekday == 5


@pytest.mark.parametrize(
    ("a", "anchor_a", "b", "anchor_b", "verdict"),
    [
        ("on Saturday", None, "Yesterday", SUNDAY, "date_agrees"),
        ("on Saturday", SUNDAY, "Yesterday", SUNDAY, "date_agrees"),
        ("on Monday", None, "Yesterday", SUNDAY, "date_conflict"),
        ("on December 16th, 2018", None, "on December 17th, 2018", None, "date_conflict"),
        ("on December 16th, 2018", None, "on December 16th, 2018", None, None),
        ("Yesterday", None, "on Saturday", None, None),
        ("on Saturday", None, "on Sunday", None, "date_conflict"),
    ],
)
def test_two_reports_dates_agree_or_disagree_once_resolved(
    a: str, anchor_a: date | None, b: str, anchor_b: date | None, verdict: str | None
) -> None:
    (first,) = extract_dates(a, anchor_a)
    (second,) = extract_dates(b, anchor_b)
    assert compare_dates(first, second) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Rosen faces 19 separate counts of fraud",
        "a feud that has lasted 5 decades",
        "3 marines were killed",
        "the 10 junior officers who",
    ],
)
def test_a_word_that_only_starts_like_a_month_names_no_date(text: str) -> None:
    assert extract_dates(text, WEDNESDAY) == []


def test_a_number_before_a_word_like_a_month_is_still_read() -> None:
    """The quantity reader skips numbers that are dates: "3 mar(ines)" was one."""
    assert [(q.text, q.low) for q in extract_quantities("3 marines were killed")] == [("3", 3)]
