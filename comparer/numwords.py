"""Reading the value of a number as news reports write it: "17", "1,200", "ten",
"two dozen", "twenty-five", "256 thousand", "3.5 million".

The quantity extractor finds where a number is and the sentence normaliser folds "ten" into
"10"; this module owns the words both use, so the rules for spelling numbers live in one
place and are table-tested.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS: dict[str, int] = {
    word: 10 * (i + 2)
    for i, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
WORDS = (*UNITS, *TENS, *SCALES, "dozen")

# Longest words first so "seventeen" is not read as "seven" + "teen".
_WORD = "|".join(sorted(WORDS, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER_PATTERN = (
    rf"(?:(?:{_DIGITS})(?:\s+(?:hundred|thousand|million|billion)\b)?"
    rf"|(?:(?:a|half\s+a)\s+)?(?:{_WORD})\b(?:(?:\s+and\s+|[\s-]+)(?:{_WORD})\b)*)"
)
"""A regular expression (without groups) matching one number in digits or words."""

_SPLIT = re.compile(r"[\s-]+")


def number_value(text: str) -> float | None:
    """The value of a number written in digits and/or words, or ``None`` if unreadable."""
    words = [w for w in _SPLIT.split(text.lower().replace(",", "")) if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    for word in words:
        step = _apply(word, current)
        if step is None:
            return None
        current, flushed = step
        total += flushed
    return total + current


def _apply(word: str, current: float) -> tuple[float, float] | None:
    """Fold one word into the running value: returns (current, amount moved to total)."""
    if word in ("a", "half"):
        return (0.5 if word == "half" else current or 1.0), 0.0
    if word in UNITS or word in TENS:
        return current + UNITS.get(word, TENS.get(word, 0)), 0.0
    if word == "dozen":
        return (current or 1.0) * 12, 0.0
    if word == "hundred":
        return (current or 1.0) * 100, 0.0
    if word in SCALES:
        return 0.0, (current or 1.0) * SCALES[word]
    try:
        return current + float(word), 0.0
    except ValueError:
        return None
