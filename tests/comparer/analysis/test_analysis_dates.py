"""Dates: absolute ones read, relative ones resolved against the article's date, a weekday
without an anchor left unresolved, and two reports' dates compared."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.analysis import extract_dates, extract_quantities
from comparer.analysis.timing import compare_dates, steps_apart
from comparer.dates import ABSOLUTE, absolute_matches

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
        # one weekday named in reports published a week apart: one day, not a clash
        ("on Friday", date(2010, 5, 27), "Friday", date(2010, 5, 28), "date_agrees"),
        ("on Monday", date(2010, 8, 14), "on Monday", date(2010, 8, 16), None),
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


@pytest.mark.parametrize(
    ("a", "published_a", "b", "published_b", "steps"),
    [
        # BASIL 0d10341a: Friday's report "stood firm Friday", Wednesday's "dug in Wednesday"
        ("stood firm Friday", date(2019, 1, 4), "dug in Wednesday", date(2019, 1, 2), True),
        ("said Thursday", date(2019, 1, 4), "on Wednesday", date(2019, 1, 2), True),
        # one day's reports: a clash is a clash
        ("stood firm Friday", date(2019, 1, 4), "on Wednesday", date(2019, 1, 4), False),
        # a day three days before its report is not that report's "today"
        ("killed on Saturday", date(2017, 11, 12), "killed on Friday", date(2017, 11, 13), False),
        ("on January 4, 2019", date(2019, 1, 4), "on Wednesday", date(2019, 1, 2), False),
    ],
)
def test_each_reports_today_in_reports_of_different_days_is_the_story_moving_on(
    a: str, published_a: date, b: str, published_b: date, steps: bool
) -> None:
    (first,) = extract_dates(a, published_a)
    (second,) = extract_dates(b, published_b)
    assert compare_dates(first, second) == "date_conflict"
    assert steps_apart(first, second, published_a, published_b) is steps


@pytest.mark.parametrize(
    "text",
    [
        "SEPT. 5TH, 2014 and 5 Dec 2019 – “on May 24th of 2018”",
        "Jan 5 and 2019-03-04, then June 2014",
        "\u212a Dec 5, 2014",  # the Kelvin sign: IGNORECASE reads a "k"
        "ſept 5, 2014 and İ Feb. 3",  # the long s and the dotted I
        "".join(chr(c) for c in range(0x20, 0x3000)) + " Oct 19, 2017",
    ],
)
def test_absolute_dates_are_found_as_the_pattern_finds_them(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in ABSOLUTE.finditer(text)]
    assert expected
    assert [(m.span(), m.groupdict()) for m in absolute_matches(text)] == expected
