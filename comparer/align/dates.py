"""Find the dates an article speaks of, resolving "yesterday" or "on Saturday" against its date.

A report's own date comes from its metadata, else from a date written near the top (a
dateline such as "November 12th, 2017 – Fort Russ News"). Relative mentions are resolved
against it: "yesterday" is the day before, "on Saturday" the last Saturday on or before it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from comparer.model import Article

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_FULL_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b", re.I),  # November 12th, 2017
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+(\d{{4}})\b", re.I),  # 12 November 2017
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = re.compile(
    r"\b(yesterday|today|last night|(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday))\b",
    re.I,
)
HEAD_CHARS = 400


def full_dates(text: str) -> list[tuple[int, date]]:
    """Every written-out date in ``text`` with its offset, in reading order."""
    found = []
    for pattern in _FULL_DATES:
        for m in pattern.finditer(text):
            groups = m.groups()
            month_first = groups[0].isalpha()
            month, day, year = (
                (groups[0], groups[1], groups[2])
                if month_first
                else (
                    groups[1],
                    groups[0],
                    groups[2],
                )
            )
            parsed = _make(int(year), _MONTHS[month.lower()], int(day))
            if parsed is not None:
                found.append((m.start(), parsed))
    return sorted(found)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def reference_date(article: Article) -> date | None:
    """The article's own date: metadata, else its dateline, else a date near the top."""
    if article.meta.published is not None:
        return article.meta.published
    for text in (article.meta.dateline, article.text[:HEAD_CHARS]):
        found = full_dates(text)
        if found:
            return found[0][1]
    return None


def resolve(phrase: str, reference: date) -> date:
    """The date a relative phrase ("yesterday", "on Saturday") means, seen from ``reference``."""
    low = phrase.lower()
    if low == "yesterday" or low == "last night":
        return reference - timedelta(days=1) if low == "yesterday" else reference
    if low == "today":
        return reference
    weekday = WEEKDAYS.index(low.split()[-1])
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def event_date(article: Article) -> date | None:
    """The date the reported event happened, as far as the text tells.

    The first relative mention resolved against the article's date wins; failing that the
    first full date of the body that is not after the article's own date.
    """
    reference = reference_date(article)
    if reference is not None:
        m = _RELATIVE.search(article.text)
        if m:
            return resolve(m.group(1), reference)
    for _, found in full_dates(article.text[HEAD_CHARS:]):
        if reference is None or found <= reference:
            return found
    return reference
