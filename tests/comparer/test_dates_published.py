"""Publication dates: comparer.dates reads one whole, unambiguous date, or none."""

from __future__ import annotations

import re
from datetime import date

import pytest

from comparer.dates import DATE_PATTERN, parse_date

WHOLE = [
    ("November 12th, 2017", date(2017, 11, 12)),
    ("12 November 2017", date(2017, 11, 12)),
    ("12 of May 2018", date(2018, 5, 12)),
    ("Sun., Nov. 12, 2017", date(2017, 11, 12)),
    ("Thursday, 3 June 2021", date(2021, 6, 3)),
    ("Sept 30, 2017", date(2017, 9, 30)),
    ("SEPTEMBER 3 2017", date(2017, 9, 3)),
    (" 1 Jan 1999 ", date(1999, 1, 1)),
    ("Feb 29, 2020", date(2020, 2, 29)),
    ("2017-11-12", date(2017, 11, 12)),
]
NOT_A_DATE = [
    "05/04/2017",  # a different day on each side of the Atlantic
    "Feb 29, 2019",  # no such day
    "Sept 31, 2017",
    "45 March 2017",
    "2017-13-40",
    "Mayday 1, 2017",  # not a month name
    "November 2017",  # no day: not a whole date
    "on Saturday",  # relative: the analysis reads these, a date line does not
    "November 12th, 2017 at noon",  # more than one date
]


@pytest.mark.parametrize(("text", "expected"), WHOLE)
def test_a_whole_date_is_read(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", NOT_A_DATE)
def test_anything_else_is_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_the_embeddable_pattern_finds_the_same_dates_in_running_text() -> None:
    found = re.findall(DATE_PATTERN, "Posted Nov. 12, 2017; updated 2017-11-13.", re.IGNORECASE)
    assert found == ["Nov. 12, 2017", "2017-11-13"]
    assert [parse_date(f) for f in found] == [date(2017, 11, 12), date(2017, 11, 13)]
