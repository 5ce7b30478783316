"""The date of the event an article reports, for grouping articles into events.

A report's own date comes from its metadata, else from a date written near the top (a
dateline such as "November 12th, 2017 – Fort Russ News"). The event's date is the first
relative mention ("yesterday", "on Saturday") resolved against it, else the first full
date of the body that is not after it. Reading the date expressions is
:mod:`comparer.dates`' job; this module only decides which one dates the event.
"""

from __future__ import annotations

from datetime import date

from comparer.dates import DateMention, absolute_mentions, extract_dates, first_relative
from comparer.model import Article

HEAD_CHARS = 400


def full_dates(text: str) -> list[tuple[int, date]]:
    """Every date written out with day, month and year in ``text``, with its offset."""
    return [(m.start, m.value) for m in extract_dates(text) if _is_full(m) and m.value]


def _is_full(mention: DateMention) -> bool:
    return not mention.relative and mention.precision == "day"


def reference_date(article: Article) -> date | None:
    """The article's own date: metadata, else its dateline, else a date near the top."""
    if article.meta.published is not None:
        return article.meta.published
    for text in (article.meta.dateline, article.text[:HEAD_CHARS]):
        found = full_dates(text)
        if found:
            return found[0][1]
    return None


def resolve(phrase: str, reference: date) -> date | None:
    """The date a relative phrase ("yesterday", "on Saturday") means, seen from ``reference``."""
    mentions = extract_dates(phrase, reference)
    return mentions[0].value if mentions else None


def event_date(article: Article) -> date | None:
    """The date the reported event happened, as far as the text tells."""
    reference = reference_date(article)
    # Only the first mention of each kind is wanted: they are read lazily, not all of them.
    if reference is not None:
        mention = first_relative(article.text, reference)
        if mention is not None and mention.value is not None:
            return mention.value
    for mention in absolute_mentions(article.text[HEAD_CHARS:]):
        found = mention.value if _is_full(mention) else None
        if found and (reference is None or found <= reference):
            return found
    return reference
