"""Event dates: relative mentions resolved against the article's own date."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.align.dates import event_date, full_dates, resolve
from tests.comparer.align.conftest import ArticleMaker

MONDAY = date(2017, 11, 13)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("yesterday", date(2017, 11, 12)),
        ("today", MONDAY),
        ("on Saturday", date(2017, 11, 11)),
        ("on Monday", MONDAY),
        ("last Tuesday", date(2017, 11, 7)),
        ("last night", date(2017, 11, 12)),  # the same day the number comparison gives
    ],
)
def test_relative_phrases(phrase: str, expected: date) -> None:
    assert resolve(phrase, MONDAY) == expected


def test_full_dates_in_both_orders() -> None:
    text = "Published November 12th, 2017; the raid was on 16 December 2018."
    assert [d for _, d in full_dates(text)] == [date(2017, 11, 12), date(2018, 12, 16)]


def test_dateline_gives_the_reference(make_article: ArticleMaker) -> None:
    article = make_article(
        "November 12th, 2017 – News\n\nYesterday, at least 10 civilians were killed.", 1
    )
    assert event_date(article) == date(2017, 11, 11)


def test_metadata_date_wins_and_no_date_gives_none(make_article: ArticleMaker) -> None:
    dated = make_article("The strike on Saturday killed four.", 1, published=MONDAY)
    assert event_date(dated) == date(2017, 11, 11)
    assert event_date(make_article("The strike on Saturday killed four.", 2)) is None
