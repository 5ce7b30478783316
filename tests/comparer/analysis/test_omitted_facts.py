"""Omissions: a fact another report writes with a relative year is carried (BASIL sentences)."""

from __future__ import annotations

from datetime import date

from comparer.align.normalise import tokenise
from comparer.analysis.carried import content_keys, with_years

# BASIL 11c9f251 (Mary Cheney): HPO of 2013-09-01 names the year from its own date.
HPO_PRIMARY = (
    "The elder Cheney daughter is challenging Sen. Mike Enzi (R-Wyo.) in next year's "
    "Republican primary."
)


def test_a_relative_year_reads_as_the_year_of_the_reports_date() -> None:
    tokens = tokenise(HPO_PRIMARY)
    assert "2014" in content_keys(with_years(HPO_PRIMARY, tokens, date(2013, 9, 1)))
    assert "2014" not in content_keys(with_years(HPO_PRIMARY, tokens, None))
    last = "Turnout fell last year."
    assert "2012" in content_keys(with_years(last, tokenise(last), date(2013, 9, 1)))
