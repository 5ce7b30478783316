"""The place of a dateline opening a report ("WASHINGTON —"), for the Events tab.

Papers open their first paragraph with the town the report was filed from, in capitals,
perhaps with a region or a date after a comma, then a dash ("WASHINGTON —", "NEW YORK —",
"BEIRUT, Lebanon —", "WASHINGTON, Dec. 20 —", "WASHINGTON, Aug 13, 2018 —"; HuffPost
prints a horizontal bar, "―"). No
"in" comes before it, so the places read after "in", "near"... missed it. Only the text's
very first words are read, and only capitals WordNet knows as a location (or whose region
it knows, for a town it has as no other word): "BREAKING —", "BREAKING, Paris —" or
"NATO —" are no town. An agency in brackets may follow ("WASHINGTON (Reuters) -").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from comparer.align.normalise import Token, place_keys
from comparer.wordnet import flags

_LEADING_SPACE = re.compile(r"\s*")
_UPPER = "A-ZÀ-ÖØ-Þ"
_DATELINE = re.compile(
    rf"(?P<place>[{_UPPER}][{_UPPER}'’.]*[{_UPPER}.](?:[ -][{_UPPER}][{_UPPER}'’.]*[{_UPPER}.])*)"
    r"(?:, (?P<region>[^\n,—–―()]{2,30}?))?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"  # "BEIRUT, Lebanon, Aug. 13 —": a date after a region
    r"(?:, (?:1[89]|20)\d\d)?"  # "WASHINGTON, Aug 13, 2018 —": the year printed after a comma
    r"(?:\s*\((?:AP|Reuters|AFP|UPI|CNN|dpa|Bloomberg)\))?"  # "WASHINGTON (Reuters) -"
    r"(?:\s*[—–―]|\s+--?\s)"
)


def dateline_place(text: str, tokens: Sequence[Token], k: int) -> tuple[str, str] | None:
    """The key and words ("Washington") of the dateline starting at token ``k``, if the
    token opens ``text`` and a dateline does."""
    start = tokens[k].start
    leading = _LEADING_SPACE.match(text)
    if leading is None or leading.end() != start:
        return None
    found = _DATELINE.match(text, start)
    if found is None:
        return None
    shown = found.group("place").title()
    region = found.group("region") or ""
    # A region vouches only for a town WordNet has as no other word: "BREAKING, Paris —".
    vouched = "L" in flags(region) and not flags(shown)
    if not ("L" in flags(shown) or shown.lower() in place_keys() or vouched):
        return None
    words = [t for t in tokens[k:] if t.end <= found.end("place") and t.key]
    return " ".join(t.key for t in words), shown
