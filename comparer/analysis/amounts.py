"""Quantities of things other than people: "12 crude explosive devices", "$5.7 billion",
"five federal crimes", "20 years in prison", "16 bills".

The counted thing is the head noun after the number (a couple of modifiers may sit between:
"12 crude explosive devices"), folded by a small synonym table so that "packages" and
"bombs" are both ``devices`` while "five federal crimes" stays ``charges``: things with
different canonical names are never compared. People no table lists are counted too, by
WordNet (:func:`people_after`): "150 delegates", "2,000 American troops".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from comparer.analysis.counting_words import CURRENCIES, OBJECTS, QUALIFIERS, alternation
from comparer.casefold import folded_key
from comparer.numwords import NUMBER_PATTERN, number_value
from comparer.wordnet import names_people

_NOUNS = "|".join(sorted(OBJECTS, key=len, reverse=True))
# a modifier between number and noun ("crude", "federal"): not a function word, a verb
# form with an apostrophe ("didn't") or a plural noun ("senators didn't vote")
_MODIFIER = (
    r"(?!(?:and|or|of|for|in|on|at|to|with|from|by|where|which|who|that|when|the|a|an|his|her"
    r"|their|its|was|were|is|are|will|would|did|not|more|other)\b)"
    r"(?![a-z-]+(?<![su]s)s\b)[A-Za-z-]+\s+"
)
_OBJECT = re.compile(
    rf"\s*(?:of\s+(?:the|them|those|these)\s+)?(?:{_MODIFIER}){{0,2}}"
    rf"(?P<noun>{_NOUNS})(?:s|es)?\b",
    re.IGNORECASE,
)
MONEY_THINGS = frozenset(CURRENCIES.values())
"""Sums of money: compared only within aligned sentences, where they are of the same thing."""
_PRISON = re.compile(
    r"\s+(?:in\s+(?:federal\s+|state\s+)?prison|behind\s+bars|of\s+(?:imprisonment|prison))",
    re.IGNORECASE,
)
_SENTENCED = re.compile(r"\b(?:sentenced\s+to|faces?|facing)\s+(?:up\s+to\s+)?$", re.IGNORECASE)
MONEY = re.compile(
    rf"(?<![\w.])(?P<cur>[$£€])\s?(?P<num>{NUMBER_PATTERN})(?:\s+(?P<scale>trillion))?",
    re.IGNORECASE,
)


def object_after(text: str, at: int) -> tuple[str, int] | None:
    """(canonical thing, end) of the counted object right after a number, if any."""
    found = _OBJECT.match(text, at)
    if found is None:
        return None
    return OBJECTS[found.group("noun").lower()], found.end()


_PLURAL = re.compile(rf"\s*(?:{_MODIFIER}){{0,2}}(?P<noun>[A-Za-z]+[^s\W]s)\b")


def people_after(text: str, at: int) -> tuple[str, int] | None:
    """(thing, end) of the people counted right after a number by a plural noun whose
    first sense WordNet files under persons or groups of people ("150 delegates"), if any;
    the thing is the noun as written, in lower case."""
    found = _PLURAL.match(text, at)
    if found is None or not names_people(found.group("noun")):
        return None
    return found.group("noun").lower(), found.end()


def prison_term(text: str, start: int, end: int) -> int | None:
    """End of "20 years in prison" (or start-anchored "sentenced to 20 years"), else None."""
    after = _PRISON.match(text, end)
    if after:
        return after.end()
    return end if _SENTENCED.search(text[max(0, start - 30) : start]) else None


def money(text: str) -> Iterator[tuple[int, int, float, str, str]]:
    """(start, end, value, currency, qualifier) of each sum of money: a qualifier written
    before it is part of it ("more than $5 billion" is ``more_than``; ``exact`` if none)."""
    if not any(sign in text for sign in CURRENCIES):
        return  # most sentences name no sum: not searched
    for match in MONEY.finditer(text):
        value = number_value(match.group("num"))
        if value is not None:
            scale = 1e12 if match.group("scale") else 1.0
            start, qualifier = _qualifier_before(text, match.start())
            currency = CURRENCIES[match.group("cur")]
            yield start, match.end(), value * scale, currency, qualifier


_QUALIFIER_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(QUALIFIERS)})\s+\Z", re.IGNORECASE)


def _qualifier_before(text: str, start: int) -> tuple[int, str]:
    """Where a sum starts with the qualifier written right before it, and its code."""
    found = _QUALIFIER_BEFORE.search(text, max(0, start - 24), start)
    if found is None:
        return start, "exact"
    return found.start(), QUALIFIERS[folded_key(found.group())]
