"""Where a quantity is written in a sentence, and the interval the written number stands for.

:data:`QUANTITY` finds a number in digits or words ("14", "ten", "two dozen"), a range ("10
to 12", "between 10 and 12") or a vague amount ("scores of", "many"), with its qualifier
("more than", "about"); :func:`quantity_matches` tries the costly pattern only where a match
may start. :func:`interval` and :func:`qualified` turn a match into the interval it stands
for: "more than 10" is (10, ∞), "about 10" 8.5 to 11.5 (:data:`ABOUT`). What the number
counts is :mod:`comparer.analysis.quantities`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from comparer.analysis.counting_words import INF, QUALIFIERS, VAGUE, alternation
from comparer.casefold import folded_key, lowered
from comparer.numwords import NUMBER_PATTERN, WORDS, number_value

_DIGIT = re.compile(r"\d")
_QUAL = alternation(QUALIFIERS)
_VAGUE = alternation(VAGUE)
QUANTITY = re.compile(
    rf"(?<![\w$£€.,:/#-])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:between\s+(?P<b1>{NUMBER_PATTERN})\s+and\s+(?P<b2>{NUMBER_PATTERN})"
    rf"|(?P<num>{NUMBER_PATTERN})(?:\s*(?:to|-|–|or)\s*(?P<num2>{NUMBER_PATTERN}))?"
    rf"|(?P<vague>{_VAGUE})\b)(?![\w%])(?!-\w|:\d|/\d)",
    re.IGNORECASE,
)
# Every QUANTITY match holds a digit or one of these words whole: a number word, or a word
# of a vague amount other than "a" and "of" (each holds one). An ASCII sentence with
# neither is not searched: most sentences are like that, and the search tries every word.
_COUNTING_WORDS = frozenset(WORDS).union(*(phrase.split() for phrase in VAGUE)) - {"a", "of"}
_LETTERS = re.compile(r"[a-z]+")


def may_count(text: str) -> bool:
    """False only when :data:`QUANTITY` cannot match ``text``."""
    return _may_count(text, lowered(text))


def _may_count(text: str, low: str | None) -> bool:
    """:func:`may_count` of ``text`` whose :func:`~comparer.casefold.lowered` is ``low``."""
    if _DIGIT.search(text):
        return True
    return low is None or not _COUNTING_WORDS.isdisjoint(_LETTERS.findall(low))


# Every QUANTITY match starts a number in digits or a word that opens a qualifier, a number
# or a vague amount, the word followed there by no letter. In lower-cased ASCII text these
# starts are found by one cheap search; the costly pattern is then tried only there.
_FIRST_WORDS = sorted(
    {w.split()[0] for w in (*QUALIFIERS, *VAGUE, *WORDS, "between", "half")}, key=len, reverse=True
)
_START = re.compile(rf"(?<![a-z0-9])(?:[0-9]|(?:{'|'.join(_FIRST_WORDS)})(?![a-z]))")
# Beyond ASCII, ``\d`` reads other digits too; a text without them, lower-cased as
# IGNORECASE reads it (:func:`~comparer.casefold.lowered`), has every match start found.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def quantity_matches(text: str) -> Iterator[re.Match[str]]:
    """``QUANTITY.finditer(text)``, the pattern tried only where a match may start."""
    low = lowered(text)
    if not _may_count(text, low):
        return
    if low is None or (not text.isascii() and _OTHER_DIGIT.search(text)):
        yield from QUANTITY.finditer(text)
        return
    end = 0
    for start in _START.finditer(low):
        match = QUANTITY.match(text, start.start()) if start.start() >= end else None
        if match:
            end = match.end()
            yield match


def interval(match: re.Match[str]) -> tuple[float, float, bool, str] | None:
    """(low, high, vague, qualifier) of the number itself, before its qualifier applies."""
    if match.group("vague"):
        low, high = VAGUE[folded_key(match.group("vague"))]
        return low, high, True, "vague"
    first = number_value(match.group("b1") or match.group("num"))
    second_text = match.group("b2") or match.group("num2")
    second = number_value(second_text) if second_text else None
    if first is None:
        return None
    if second is not None and second > first:
        return first, second, False, "range"
    return first, first, False, "exact"


ABOUT = 0.15  # "about 10" stands for 8.5 to 11.5, "nearly 10" for 8.5 to 10


def qualified(low: float, high: float, code: str) -> tuple[float, float, bool, bool]:
    """Apply a qualifier to a value: "more than 10" = (10, ∞), "at least 10" = [10, ∞)."""
    if code == "more_than":
        return low, INF, True, True
    if code == "at_least":
        return low, INF, False, True
    if code == "about":
        return low * (1 - ABOUT), high * (1 + ABOUT), False, False
    if code == "nearly":
        return low * (1 - ABOUT), high, False, True
    if code == "up_to":
        return 0.0, high, False, False
    if code == "less_than":
        return 0.0, high, False, True
    return low, high, False, high == INF
