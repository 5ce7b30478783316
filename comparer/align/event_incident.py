"""The incident a report tells: its death toll, the weekday and the places of it.

Reports on one topic (a ministry's letters against a coalition's strikes, months apart)
share most of their words, and a report whose own date is unknown escapes the date veto of
:mod:`comparer.align.events`. What happened still tells them apart: the first sentence that
gives a death toll ("more than 10 civilians were killed", "claimed the lives of 14
civilians") mostly says when and where too. Two reports whose incidents fell on other
weekdays and differ in toll or place (each known in both) report different events. The day
alone proves nothing (it may be the day of the report, a court hearing's), nor do toll and
place without it: a toll rises and reports disagree on it, a place is named at another level
(Khan Sheikhoun, Idlib). Each report is read alone, so the verdict on two reports never
depends on what else is compared. The day is the incident's, not a statement's: a day
someone spoke on ("the monitor said on Monday that 12 died") is passed over, and two next
days are one when either is told at its edge ("late on Friday" and "early on Saturday": a
time zone, midnight), as a revised toll told on the day of its statement showed (review).

Measured on the casualty corpora, pairs of one event (gold group) against pairs of others
(20,000 drawn): the Gun Violence Corpus, whose groups are single incidents, 2 of 1,543 pairs
of one incident told apart (0.1%: an age between commas read as the toll), 1.2% of the
others; FA-KES, whose groups are only a day and a city, 43 of 355 (mostly other strikes that
day) and 39% of the others. Two of three facts differing, without the day, split FA-KES's
one chemical attack (58 dead in Idlib, 9 in Khan Sheikhoun, both on Tuesday): 81 of 355.
ECB+ (few of its reports give a toll and a day) and BASIL unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from comparer.align.normalise import Token, is_number_key, tokenise
from comparer.dates import MONTHS, DateMention, dates_speaking, extract_dates

# Keys (as :func:`tokenise` folds them) of the words that say people died: "killed",
# "dead", "died", "deaths", "lives" ("claimed the lives of 14"), "fatalities", "slain".
DEATH_KEYS = frozenset(
    t.key for t in tokenise("killed dead died dies death lives fatalities slain perished")
)
_MONTH_KEYS = frozenset(
    t.key for t in tokenise(" ".join((*MONTHS, "jan feb mar apr jun jul aug sep sept oct nov dec")))
)  # "killed on May 24", "dead Saturday, Sept. 19"
_AGE_KEYS = frozenset(t.key for t in tokenise("year old aged"))
# A figure is the death word's own within its clause: "Two teens are dead and 18 people are
# injured" gives 2, not the injured (nearer the word, but past "and").
_CLAUSE_ENDS = frozenset(("and", "or", "but", "while"))
# How far from the death word its figure may stand: "more than 10 civilians were killed"
# (3 words before), "claimed the lives of 14 civilians" (2 after).
_TOLL_REACH = 4
# A day at its edge ("late on Friday", "early Saturday", "overnight"): another report, in
# another time zone or counting from midnight, may name the next or the day before.
_DAY_EDGE = re.compile(r"(?<![-\w])(?:late|early|overnight|night)(?:\s+on)?\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Incident:
    """What a report's first death toll sentence says: the figure (a number key), the
    weekday (0 is Monday) and the place keys, each None or empty when it does not say."""

    toll: str
    weekday: int | None
    places: frozenset[str]
    at_day_edge: bool = False


def toll_sentence(tokens: Sequence[Sequence[Token]]) -> tuple[int, str] | None:
    """The first sentence giving a death toll, and the toll's number key."""
    for n, sentence in enumerate(tokens):
        found = _toll(sentence)
        if found is not None:
            return n, found
    return None


def _toll(tokens: Sequence[Token]) -> str | None:
    """The number nearest the first death word that has one in its clause, within
    :data:`_TOLL_REACH` words, before it first."""
    keys = [t.key for t in tokens if t.key]
    for d, key in enumerate(keys):
        if key in DEATH_KEYS:
            for step in range(1, _TOLL_REACH + 1):
                for k in (d - step, d + step):
                    if _is_toll(keys, k) and not _CLAUSE_ENDS.intersection(_between(keys, d, k)):
                        return keys[k]
    return None


def _between(keys: Sequence[str], a: int, b: int) -> Sequence[str]:
    return keys[min(a, b) + 1 : max(a, b)]


def _is_toll(keys: Sequence[str], k: int) -> bool:
    """A number at ``k``, not a year, a day of the month ("killed on May 24") or an age
    ("a 34-year-old", "aged 17")."""
    if not 0 <= k < len(keys) or not is_number_key(keys[k]):
        return False
    if len(keys[k]) == 4 and keys[k].startswith(("19", "20")):
        return False
    near = {keys[j] for j in (k - 1, k + 1) if 0 <= j < len(keys)}
    return not near & (_MONTH_KEYS | _AGE_KEYS)


def weekday(text: str, reference: date | None) -> int | None:
    """The weekday of the first day ``text`` names: "on Saturday", "the Monday airstrike",
    "December 16th, 2018", or "yesterday" seen from the report's ``reference`` date; a day
    someone spoke on ("said on Monday") is passed over."""
    mention = _incident_day(text, reference)
    return None if mention is None else _weekday_of(mention)


def incident_day(text: str, reference: date | None) -> tuple[int | None, bool]:
    """The :func:`weekday` and whether that day is told at its edge ("late on Friday")."""
    mention = _incident_day(text, reference)
    if mention is None:
        return None, False
    return _weekday_of(mention), bool(_DAY_EDGE.search(text[: mention.start]))


def _incident_day(text: str, reference: date | None) -> DateMention | None:
    for mention in extract_dates(text, reference):
        if mention.precision != "day" or _weekday_of(mention) is None:
            continue
        if not dates_speaking(text, mention):  # "said on Monday that 12 died": a statement's
            return mention
    return None


def _weekday_of(mention: DateMention) -> int | None:
    if mention.weekday is not None:
        return mention.weekday
    return None if mention.value is None else mention.value.weekday()


def differ(a: Incident | None, b: Incident | None) -> bool:
    """Whether two reports' incidents fell on other weekdays and differ in toll or place."""
    if a is None or b is None or a.weekday is None or b.weekday is None:
        return False
    places = bool(a.places and b.places and not a.places & b.places)
    edge = (a.at_day_edge or b.at_day_edge) and not places
    return _other_days(a.weekday, b.weekday, edge) and (a.toll != b.toll or places)


def _other_days(a: int, b: int, at_edge: bool) -> bool:
    """Other weekdays, unless next to each other with one told at the day's edge (and the
    places not differing)."""
    apart = (a - b) % 7
    return apart != 0 and not (apart in (1, 6) and at_edge)
