"""Is a sentence about this event, or background? "Kaczynski killed three people between 1978
and 1995" is history recalled in a report, and its figures are not this event's figures.

The cues are grammatical and calendar ones, not lists of famous incidents: a year before the
report's own ("in 1995", "since 2011", "1978–95"), a dated day well before it, and phrases that
point at another time ("last year's attack", "years ago", "so far this
year", "in the past"). A sentence without any cue is about this event.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from comparer.casefold import lowered
from comparer.dates import ABSOLUTE, absolute_spans

_YEAR = re.compile(r"(?<![\w$.,-])(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?s?\b")
_PAST_WAYS = (
    r"\b(?:last|previous|past|prior)\s+(?:year|decade|month|century)(?:'s|’s)?"
    r"|\b(?:years|decades|months)\s+(?:ago|earlier|before)"
    r"|\b(?:a|one|two|three|several)\s+(?:year|decade)s?\s+ago"
    r"|\bso\s+far\s+this\s+year|\bthis\s+year\s+(?:alone|so\s+far)|\bin\s+the\s+past\b"
    r"|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of|\bin\s+recent\s+years"
    r"|\b(?:a|an)\s+(?:earlier|previous|similar|separate|unrelated)\s+(?:attack|shooting|incident)"
    r"|\bto\s+date\b"
    r"|\b(?:\d+|[a-z]+)-year\s+(?:bombing\s+|killing\s+|shooting\s+)?(?:campaign|spree|career|reign)"
    r"|\b(?:decades|years)-long\b"
)
_PAST = re.compile(_PAST_WAYS, re.IGNORECASE)
# The same ways in a lower-cased sentence (:func:`~comparer.casefold.lowered`): a search
# without IGNORECASE, which tries them at every character, takes half the time.
_PAST_LOWER = re.compile(_PAST_WAYS)
_STALE = timedelta(days=60)
# Every way of :data:`_PAST` holds one of these (lower-cased); most sentences hold none.
_PAST_WORDS = re.compile(
    r"year|decade|month|centur|past|since|date|earlier|previous|similar|separate|unrelated"
)


def _past(sentence: str) -> bool:
    """Whether :data:`_PAST` matches ``sentence``: searched only when the sentence holds one
    of :data:`_PAST_WORDS`, and in its lower-cased text where it has one."""
    low = lowered(sentence)
    if low is None:
        return bool(_PAST.search(sentence))
    return bool(_PAST_WORDS.search(low) and _PAST_LOWER.search(low))


def is_background(sentence: str, anchor: date | None = None) -> bool:
    """True when the sentence speaks of another time than the event reported.

    ``anchor`` is the report's publication date; without it any year written in the
    sentence marks it as background (an undated report's own event is rarely given a bare
    year), while full dates ("May 24, 2017") are read as the event's.
    """
    if _past(sentence):
        return True
    dated = absolute_spans(sentence)
    if anchor is not None and any(_stale(sentence[s:e], anchor) for s, e in dated):
        return True
    for match in _YEAR.finditer(sentence):
        if any(s <= match.start() < e for s, e in dated):
            continue
        if anchor is None or int(match.group(0)[:4]) < anchor.year:
            return True
    return False


def _stale(written: str, anchor: date) -> bool:
    match = ABSOLUTE.fullmatch(written)
    if match is None:
        return False
    year = match.group("y1") or match.group("y2") or match.group("y3") or match.group("y4")
    return year is not None and int(year) < (anchor - _STALE).year
