"""Event dates: relative mentions resolved against the article's own date."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.align.dates import HEAD_CHARS, event_date, full_dates, resolve
from comparer.dates import (
    ABSOLUTE,
    RELATIVE,
    DateMention,
    absolute_mentions,
    dates_speaking,
    extract_dates,
    first_relative,
    may_date,
)
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


# The lazy readers event_date uses must give what the whole reading (extract_dates) gives.
LAZY_CASES = [
    "The strike on Saturday killed four.",
    "On 12 November 2017 the strike killed four; on Saturday more died.",
    "Nothing dated here at all.",
    "Published November 12th, 2017. Yesterday, 10 died; last Tuesday, two.",
    "May 5 and June 2017 and 2017-11-03, then today.",
]


@pytest.mark.parametrize("text", LAZY_CASES)
def test_first_relative_is_the_first_of_the_whole_reading(text: str) -> None:
    relative = [m for m in extract_dates(text, MONDAY) if m.relative]
    assert first_relative(text, MONDAY) == (relative[0] if relative else None)


@pytest.mark.parametrize("text", LAZY_CASES)
def test_absolute_mentions_are_those_of_the_whole_reading(text: str) -> None:
    assert list(absolute_mentions(text)) == [m for m in extract_dates(text) if not m.relative]


@pytest.mark.parametrize(
    "text",
    [
        "ON SATURDAY, Earlier On\nTuesday and THE DAY  BEFORE yesterday",
        "İstanbul said yesterday; Kelvin on Monday",  # the four IGNORECASE folds apart
        "Yesterday’s LAST NIGHT, Mondays, nextMonday, today_x, é today",
        "Sept. 3 and on Friday",
    ],
)
def test_relative_phrases_are_found_as_the_case_ignoring_pattern_finds_them(text: str) -> None:
    # Relative phrases are sought in the lower-cased text, then read from the text itself.
    found = [m for m in extract_dates(text, MONDAY) if m.relative]
    assert [(m.start, m.end) for m in found] == [m.span() for m in RELATIVE.finditer(text)]
    assert first_relative(text, MONDAY) == (found[0] if found else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on ſunday", date(2017, 11, 12)),
        ("yeſterday", date(2017, 11, 12)),
        ("laſt FRİDAY", date(2017, 11, 10)),
        ("on frıday", date(2017, 11, 10)),
    ],
)
def test_letters_the_pattern_reads_as_ascii_are_read_so(text: str, expected: date) -> None:
    # IGNORECASE finds "ſunday" (a long s); reading it once found raised ValueError.
    found = extract_dates(text, MONDAY)
    assert [m.value for m in found] == [expected]
    assert first_relative(text, MONDAY) == found[0]


def test_a_month_the_pattern_reads_as_ascii_is_read_so() -> None:
    # "ſeptember" once found raised KeyError: a report holding it could not be compared.
    assert [m.value for m in extract_dates("On 5 ſeptember 2017 and Sept. 6")] == [
        date(2017, 9, 5),
        None,
    ]


def test_first_relative_values() -> None:
    assert first_relative("Published November 12th, 2017. Yesterday, 10 died.", MONDAY) == (
        DateMention(31, 40, "Yesterday", date(2017, 11, 12), relative=True)
    )
    assert first_relative("Nothing dated here.", MONDAY) is None


def test_event_date_of_a_body_date_not_after_the_reference(make_article: ArticleMaker) -> None:
    head = "x " * (HEAD_CHARS // 2)
    text = f"{head}It began on 20 November 2017, after the raid of 10 November 2017."
    assert event_date(make_article(text, 1, published=MONDAY)) == date(2017, 11, 10)
    assert event_date(make_article(text, 2)) == date(2017, 11, 20)


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("On 12 Nov. 2017, 4 died.", True),
        ("SEPT 3", True),
        ("The raid of 2017-11-03", True),
        ("4 died on ſept 3", True),  # beyond ASCII, case folding reads "ſ" as "s"
        ("“4 died on SEPT 3”", True),
        ("“4 died in 2017” — police", False),  # beyond ASCII, lower-cased too
        ("4 died in 2017.", False),
        ("No figure in May.", False),
    ],
)
def test_the_cheap_date_check_never_skips_a_date(text: str, may: bool) -> None:
    assert may_date(text) is may
    assert may or ABSOLUTE.search(text) is None


@pytest.mark.parametrize(
    ("sentence", "speaking"),
    [
        ("A spokesman said Tuesday that the talks failed.", True),
        ("He told reporters on Monday the talks failed.", True),
        ("The ministry on Monday said the talks failed.", True),
        ("The monitor said Tuesday's strike killed 30.", False),  # the day of the strike
        ("Gunmen attacked on Saturday.", False),
    ],
)
def test_a_date_dating_a_statement(sentence: str, speaking: bool) -> None:
    (mention,) = [m for m in extract_dates(sentence, MONDAY) if m.relative]
    assert dates_speaking(sentence, mention) is speaking
