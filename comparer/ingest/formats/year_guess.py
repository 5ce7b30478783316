"""A page's date that is only a year guessed from its text is no date.

trafilatura's date search (htmldate), finding no date in a page's metadata, reads its text
and, from a bare year ("the 2016 election"), makes 1 January of that year. A reader then
sees a 2018 report dated 1 Jan 2016, the summary calls the dates of one event
contradictory, and events are split. A 1 January date is therefore kept only when the page
writes that day somewhere (2016-01-01, 01/01/2016, January 1, 2016, 1 Jan 2016).
"""

from __future__ import annotations

import re
from datetime import date

_JANUARY = r"jan(?:uary|\.)?"


def year_only(day: date | None, html: str) -> bool:
    """Whether ``day`` is a 1 January the page never writes: a year taken for a date."""
    if day is None or (day.month, day.day) != (1, 1):
        return False
    return _new_year(day.year).search(html) is None


def _new_year(year: int) -> re.Pattern[str]:
    numeric = rf"{year}[-/.]0?1[-/.]0?1|0?1[-/.]0?1[-/.]{year}"
    written = rf"{_JANUARY}\s+0?1(?:st)?,?\s+{year}|0?1(?:st)?\.?\s+{_JANUARY},?\s+{year}"
    return re.compile(rf"(?<!\d)(?:{numeric}|{written})(?!\d)", re.IGNORECASE)
