"""Omissions: dates another report writes differently (a short month, a relative year)."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.align.normalise import fold_word, tokenise
from comparer.align.similarity import bag
from comparer.analysis.carried import _names_and_numbers, as_dates, content_keys, quotation

# BASIL 11c9f251 (Mary Cheney): HPO of 2013-09-01 names the year from its own date.
HPO_PRIMARY = (
    "The elder Cheney daughter is challenging Sen. Mike Enzi (R-Wyo.) in next year's "
    "Republican primary."
)


def test_a_relative_year_reads_as_the_year_of_the_reports_date() -> None:
    tokens = tokenise(HPO_PRIMARY)
    assert "2014" in content_keys(as_dates(HPO_PRIMARY, tokens, date(2013, 9, 1)))
    assert "2014" not in content_keys(as_dates(HPO_PRIMARY, tokens, None))
    last = "Turnout fell last year."
    assert "2012" in content_keys(as_dates(last, tokenise(last), date(2013, 9, 1)))


@pytest.mark.parametrize(
    ("text", "anchor", "names"),
    [
        ("Obama met Putin in 2014.", None, {"Putin", "2014"}),  # a first word's capital: none
        ("Next year Obama meets Putin.", date(2013, 9, 1), {"Obama", "Putin", "2014"}),
        ("Next year Obama meets Putin.", None, {"Obama", "Putin"}),
        ("Trump said 300 people came on Feb. 28.", None, {"300", "February", "28"}),
    ],
)
def test_names_and_numbers_are_read_from_the_scorers_bag(
    text: str, anchor: date | None, names: set[str]
) -> None:
    # the scorer's reading of the sentence, made once, also gives the names-and-numbers test
    read = bag(as_dates(text, tokenise(text), anchor))
    assert _names_and_numbers(read) == {fold_word(name) for name in names}


def test_a_month_written_short_reads_as_its_full_name() -> None:
    # BASIL 01c59743 (Mattis): HPO's "Feb. 28" against Fox's "February 28, 2019"
    short = "Mattis’ resignation letter indicates his final day in office will be Feb. 28."
    keys = content_keys(as_dates(short, tokenise(short), None))
    assert {"february", "28"} <= keys
    name = "The report was written by Jan Smith."  # a name, not a month: no dot after it
    assert "january" not in content_keys(as_dates(name, tokenise(name), None))


def test_a_relative_year_is_read_where_it_stands() -> None:
    # A sentence's bigrams and its quote windows count tokens by position.
    text = "Turnout fell last year in the county."
    keys = [t.key for t in as_dates(text, tokenise(text), date(2013, 9, 1)) if t.key]
    assert keys[keys.index("2012") - 1 : keys.index("2012") + 2] == ["year", "2012", "in"]


def test_every_month_written_short_reads_as_its_full_name() -> None:
    short, full = (
        "From Sep. 3 to Nov. 5 and Dec. 9.",
        "From September 3 to November 5 and December 9.",
    )
    keys = [content_keys(as_dates(text, tokenise(text), None)) for text in (short, full)]
    assert keys[0] == keys[1]


def test_a_sentence_naming_no_year_reads_as_its_words() -> None:
    text = "Turnout fell in the county on Feb 28."  # no dot: no short month either
    tokens = tokenise(text)
    assert as_dates(text, tokens, date(2013, 9, 1)) == tokens


def test_a_quotation_has_its_words_and_its_speaker_and_a_plain_sentence_neither() -> None:
    said = "Mayor Smith said “the budget is broken beyond repair” on Monday."
    quoted, speakers = quotation(said, tokenise(said))
    assert quoted and "smith" in speakers
    plain = "Mayor Smith said the budget is broken beyond repair on Monday."
    assert quotation(plain, tokenise(plain)) == (set(), set())
