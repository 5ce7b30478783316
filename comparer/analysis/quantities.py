"""Finding every quantity in a sentence, with what is counted and what happened to it.

"more than 10 civilians were killed" becomes a :class:`Quantity` with the interval (10, ∞),
the qualifier ``more_than``, the thing ``civilians`` and the outcome ``killed``. Number words
("ten", "two dozen"), ranges ("10 to 12") and vague amounts ("scores of", "many") are read too;
vague ones carry a wide interval and ``vague=True``. Years, dates, durations ("less than 24
hours") and counts of other things ("two letters") are kept apart by ``kind`` so that only
``kind == "count"`` with an outcome is ever compared as a casualty figure. A poll's sample
("a survey of 1,000 adults", "800 voters polled") counts no one and is not read. Where a number
is written and the interval it stands for are :mod:`comparer.analysis.quantity_pattern`'s;
this module reads what each number counts and what happened to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from comparer.analysis.amounts import money, object_after, people_after, prison_term
from comparer.analysis.background import is_background
from comparer.analysis.counting_words import (
    ATTACKER_NOUNS,
    INF,
    OUTCOMES,
    PERSON_NOUNS,
    PLURAL_PEOPLE,
    QUALIFIERS,
    THINGS,
    TIME_UNITS,
    alternation,
)
from comparer.analysis.quantity_pattern import interval, qualified, quantity_matches
from comparer.analysis.victims import outcome_code, self_killings, wordless_counts
from comparer.casefold import folded_key, lowered
from comparer.dates import absolute_spans

_AFTER_OUTCOME = "shot\\s+to\\s+death|fatally|killed|dead|died|martyred|perished|lost\\s+their\\s+lives|slain|massacred|executed|injured|wounded|hurt|missing|arrested|detained|kidnapped|abducted|displaced|evacuated"  # noqa: E501
_BEFORE_OUTCOME = (
    r"claim(?:ed|ing)\s+the\s+lives\s+of|the\s+lives\s+of|deaths\s+of|killing|killed|kills?|"
    r"injuring|injured|wounding|wounded|arresting|arrested|detaining|detained|displacing|"
    r"displaced|execut(?:ed|es|e|ing)|death\s+toll(?:\s+[\w-]+){0,8}?(?:\s+(?:at|to|of|is|was|reached|hits?|"
    r"rises\s+to|rose\s+to|climbs\s+to|climbed\s+to))?(?:\s+at)?"
)


_THING = re.compile(
    rf"\s*(?:of\s+(?:the\s+|them\b|those\s+)?)?(?:(?:[A-Za-z'’]+\s+){{0,2}}?)"
    rf"(?P<thing>{alternation(THINGS)}|{alternation(TIME_UNITS)})\b",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s*(?P<thing>[A-Za-z]+)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BEFORE = re.compile(rf"\b(?P<out>{_BEFORE_OUTCOME})\s+$", re.IGNORECASE)
# Every _BEFORE match holds one of these (lower-cased): the search, tried at each of the 60
# characters before a number, is skipped before most numbers.
_BEFORE_STEMS = re.compile("lives|death|kill|injur|wound|arrest|detain|displac|execut")
_AFTER = re.compile(
    r"\s*(?:,[^,.;]{0,80},|\s+(?:including|among\s+them|mostly|most\s+of\s+them)\b[^.;]{0,60}?)?"
    r"\s*(?:who\s+|that\s+)?"
    r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|is|being|been|got|left|"
    r"reported|also|all|later|now|feared|believed|to\s+have|were\s+left|remain|found|"
    r"shot|shot\s+and|fatally|critically|seriously)\s+){0,3}"
    rf"(?P<out>{_AFTER_OUTCOME})\b",
    re.IGNORECASE,
)
_PLAIN_THING = re.compile(rf"(?:\S+\s+){{0,2}}?(?P<thing>{alternation(THINGS)})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity in a text: where it is, the interval it stands for and what it counts.

    ``kind`` is ``count`` (people counted), ``year``, ``duration``, ``percent`` or ``number``
    (anything else, e.g. "two letters"). ``thing`` and ``outcome`` are canonical
    ("civilians", "killed"); ``outcome_text`` is the wording the report used ("martyred").
    ``background`` marks a figure of a sentence about another time; ``with_attacker`` a
    count that says it includes the attacker ("seven people, including the gunman").
    """

    start: int
    end: int
    text: str
    low: float
    high: float
    low_open: bool
    high_open: bool
    vague: bool
    qualifier: str
    kind: str
    thing: str = ""
    outcome: str = ""
    outcome_text: str = ""
    background: bool = False
    with_attacker: bool = False

    @property
    def comparable(self) -> bool:
        """True for a casualty figure or an amount of a named thing ("12 devices", "$5")."""
        return self.casualty or self.headcount or (self.kind == "amount" and bool(self.thing))

    @property
    def headcount(self) -> bool:
        """True for a precise count of people nothing is said to have happened to ("2,000
        troops" to be withdrawn): tabled, and compared as an amount of them only where the
        alignment pairs their sentences; never "missing"."""
        plain = not (self.outcome or self.vague or self.qualifier == "single")
        return self.kind == "count" and bool(self.thing) and plain

    @property
    def casualty(self) -> bool:
        """True when this is a count of people with something that happened to them."""
        return self.kind == "count" and bool(self.outcome) and bool(self.thing)


def extract_quantities(text: str, anchor: date | None = None) -> list[Quantity]:
    """Every quantity in ``text``, numbers inside dates, ages, times and calibres left out.

    ``text`` is one sentence; when it speaks of another time than the report's (``anchor``
    is the report's date, see :mod:`comparer.analysis.background`) every quantity is marked
    ``background``.
    """
    dates = absolute_spans(text)
    found = []
    for match in quantity_matches(text):
        if any(s <= match.start("qual" if match.group("qual") else 0) < e for s, e in dates):
            continue
        if _LABEL.match(text, match.end()) or _not_a_count(text, match.end()):
            continue
        if sample_size(text, match.start(), match.end()):
            continue
        quantity = _quantity(text, match)
        if quantity is not None:
            found.append(quantity)
    found += _without_numerals(text, found)
    found += [_sum(text, *found_sum) for found_sum in money(text)]
    found = _listed(text, sorted(found, key=lambda q: q.start))
    if found and is_background(text, anchor):
        return [replace(q, background=True) for q in found]
    return found


_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)\Z")


def _listed(text: str, found: list[Quantity]) -> list[Quantity]:
    """Counts listed together share the outcome said after the last: in "four adults and
    two children were killed" the adults were killed too."""
    for i in range(len(found) - 2, -1, -1):
        first, then = found[i], found[i + 1]
        unsaid = first.kind == "count" and bool(first.thing) and not first.outcome
        if unsaid and then.casualty and listed_together(text, first, then):
            found[i] = replace(first, outcome=then.outcome, outcome_text=then.outcome_text)
    return found


def listed_together(text: str, first: Quantity, then: Quantity) -> bool:
    """True when ``then`` follows ``first`` in one list: "four adults and two children"."""
    return first.end <= then.start and bool(_JOINER.match(text[first.end : then.start]))


# what follows a number that is a label, not a count: ages, calibres, times, sizes
_LABEL = re.compile(
    r"(?:-|\s+)(?:years?[- ]old|months?[- ]old|weeks?[- ]old|caliber|calibre|mm\b|gauge"
    r"|millimet|a\.m\.|p\.m\.|am\b|pm\b|o'clock|block\b)",
    re.IGNORECASE,
)
# "John Smith, 25, was killed": the number between commas after a name is an age;
# "a father of 5 killed": the number is his children, not the dead; "no one" is nobody
_AGE_AFTER_NAME = re.compile(r"[A-Z][\w'’.-]+,\s+\d{1,3}\Z")
_CHILDREN = re.compile(r"\b(?:father|mother|parent|dad|mom)\s+of\s+\w+\Z", re.IGNORECASE)
_NO_ONE = re.compile(r"\bno\s+one\Z", re.IGNORECASE)
_PARENT = re.compile("father|mother|parent|dad|mom")  # in lower-cased text


def _not_a_count(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is an age after a name, someone's children or
    the "one" of "no one". Each way is searched only where the text before the number holds
    its mark (a comma, "of" and a parent, "one"): as one pattern, the three were tried at
    every character before every number."""
    low = lowered(text)
    return bool(
        (text.find(",", 0, end) != -1 and _AGE_AFTER_NAME.search(text, 0, end))
        or (
            _holds(low, "of", end)
            and (low is None or _PARENT.search(low, 0, end))
            and _CHILDREN.search(text, 0, end)
        )
        or (_holds(low, "one", end) and _NO_ONE.search(text, 0, end))
    )


def _holds(low: str | None, mark: str, end: int) -> bool:
    """Whether the lowered text holds ``mark`` before ``end`` ("Father Of Three", "No One"
    are marked too); a text with no lowered form may, so it is searched."""
    return low is None or low.find(mark, 0, end) != -1


# A poll's sample: "a survey of 1,000 adults", "polled 800 likely voters", "1,000 adults
# surveyed", "1,012 respondents": the people asked, no one a report says anything happened to
_SAMPLE_BEFORE = re.compile(
    r"\b(?:polls?|polled|polling|surveys?|surveyed|surveying|samples?|sampled|interviewed"
    r"|questioned|canvassed)\s+(?:of\s+|with\s+)?(?:(?:only|just|some|about|roughly|nearly"
    r"|approximately|more\s+than|fewer\s+than|a|an)\s+)*\Z",
    re.IGNORECASE,
)
_SAMPLE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:were|was|being)\s+)?(?:polled|surveyed|sampled"
    r"|interviewed|questioned)\b|(?:\s+[\w-]+){0,2}?\s+respondents\b",
    re.IGNORECASE,
)


# Every match of the two patterns above holds one of these (lower-cased): the search of all
# the text before a number, tried at each of its words, is skipped in most sentences.
_SAMPLE_WORDS = re.compile("poll|survey|sampl|interview|question|canvass|respondent")


def sample_size(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is the size of a poll's sample."""
    low = lowered(text)
    if low is not None and not _SAMPLE_WORDS.search(low):
        return False
    return bool(_SAMPLE_BEFORE.search(text, 0, start) or _SAMPLE_AFTER.match(text, end))


def _without_numerals(text: str, numbered: list[Quantity]) -> list[Quantity]:
    """People counted without numerals, unless a numeral already counts them there."""
    taken = [(q.start, q.end) for q in numbered if q.casualty]
    found = []
    for start, end, value, noun, wording in wordless_counts(text):
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        thing = _person_thing(noun)
        found.append(_person(start, end, text[start:end], value, thing, wording))
    if not any(q.thing == "attackers" for q in found):  # "the gunman ... killed himself"
        for start, end, wording in self_killings(text):
            found.append(_person(start, end, text[start:end], 1.0, "attackers", wording))
    return found


def _sum(text: str, start: int, end: int, value: float, currency: str, code: str) -> Quantity:
    """A sum of money, qualified as written: "more than $5 billion" is (5 billion, ∞)."""
    low, high, low_open, high_open = qualified(value, value, code)
    wording = text[start:end]
    return Quantity(
        start, end, wording, low, high, low_open, high_open, False, code, "amount", currency
    )


def _person_thing(noun: str) -> str:
    key = noun.lower()
    return ATTACKER_NOUNS.get(key) or PERSON_NOUNS.get(key) or PLURAL_PEOPLE.get(key, "people")


def _person(start: int, end: int, text: str, value: float, thing: str, wording: str) -> Quantity:
    """A count without numerals. One person named ("a man was killed") may be one of
    several victims, so it stands for "at least one" (qualifier ``single``); "both" is two."""
    single = value == 1
    high = INF if single else value
    qualifier = "single" if single else "exact"
    outcome = outcome_code(wording)
    wording = " ".join(wording.split())
    return Quantity(
        start,
        end,
        text,
        value,
        high,
        False,
        single,
        False,
        qualifier,
        "count",
        thing,
        outcome,
        wording,
    )


def _quantity(text: str, match: re.Match[str]) -> Quantity | None:
    bounds = _bounds(match)
    if bounds is None:
        return None
    kind, thing, thing_end = _counted(text, match)
    number = match.group("num")
    if kind == "number" and (bounds[4] or not number or not number[0].isdigit()):
        return None  # a number counting nothing is kept only when written in digits
    start, end = match.start(), match.end()
    if kind in ("count", "duration", "amount") and thing_end > end:
        end = thing_end
    outcome_text = _outcome(text, start, thing_end) if kind == "count" else ""
    outcome = canonical_outcome(outcome_text)
    return Quantity(
        start,
        end,
        text[start:end],
        *bounds,
        kind,
        thing or ("people" if outcome else ""),
        outcome,
        outcome_text,
        with_attacker=bool(outcome) and bool(_WITH_ATTACKER.match(text, end)),
    )


def _bounds(match: re.Match[str]) -> tuple[float, float, bool, bool, bool, str] | None:
    """(low, high, low_open, high_open, vague, qualifier): the interval the number stands
    for once its qualifier ("more than", "at least") applies; None if it stands for none."""
    base = interval(match)
    if base is None:
        return None
    low, high, vague, qualifier = base
    qual = match.group("qual")
    if qual and not vague:
        qualifier = QUALIFIERS[folded_key(qual)]
        low, high, low_open, high_open = qualified(low, high, qualifier)
    else:
        low_open, high_open = False, high == INF
    return low, high, low_open, high_open, vague, qualifier


# "Seven people, including the shooter, were killed": the attacker is in the count
_WITH_ATTACKER = re.compile(
    r"[^.;]{0,40}?\bincluding\s+(?:the\s+|a\s+)?(?:suspected\s+|alleged\s+)?"
    r"(?:gunman|shooter|suspect|attacker|assailant|bomber|killer)\b",
    re.IGNORECASE,
)


def _counted(text: str, match: re.Match[str]) -> tuple[str, str, int]:
    """(kind, canonical thing, end of the thing) for the words after a number."""
    number = match.group("num") or ""
    after = _THING.match(text, match.end())
    word = after.group("thing").lower() if after else ""
    if after and word in TIME_UNITS:
        term = prison_term(text, match.start(), after.end())
        return ("amount", "prison years", term) if term else ("duration", "", after.end())
    if text[match.end() : match.end() + 1] == "%" or _next_word(text, match.end()) in (
        "percent",
        "per",
    ):
        return "percent", "", match.end()
    if _YEAR.fullmatch(number) and not (after and word in THINGS):
        return "year", "", match.end()
    if after and word in THINGS:
        return "count", THINGS[word], after.end()
    counted = _bare_count(text, match)
    plain = counted[0] == "number" and not match.group("vague")
    thing = object_after(text, match.end()) if plain else None
    if thing:
        return ("amount", *thing)
    people = people_after(text, match.end()) if plain else None
    if people is None:
        return counted
    noun, end = people
    return "count", THINGS.get(noun, noun), end


def _next_word(text: str, at: int) -> str:
    word = _NEXT_WORD.match(text, at)
    return word.group("thing").lower() if word else ""


def _bare_count(text: str, match: re.Match[str]) -> tuple[str, str, int]:
    """A number with no counted word may still be a toll: "killing 17", "the toll at 70"."""
    if _outcome_before(text, match.start()) or _AFTER.match(text, match.end()):
        return "count", "", match.end()
    plain = _PLAIN_THING.match(text, match.end())
    if match.group("vague") and plain:
        return "count", THINGS[plain.group("thing").lower()], plain.end()
    return "number", "", match.end()


def canonical_outcome(wording: str) -> str:
    """The outcome code for a report's wording: "martyred" and "death toll at" -> "killed"."""
    key = " ".join(wording.lower().split())
    if key.startswith("death toll"):
        return "killed"
    return OUTCOMES.get(key, "")


def _outcome(text: str, start: int, thing_end: int) -> str:
    """What happened to the counted people, said just before ("killing 17") or after."""
    before = _outcome_before(text, start)
    if before:
        return before.group("out")
    after = _AFTER.match(text, thing_end)
    return after.group("out") if after else ""


def _outcome_before(text: str, start: int) -> re.Match[str] | None:
    """:data:`_BEFORE` in the 60 characters before ``start`` (what happened, said first)."""
    low = lowered(text)
    if low is not None and not _BEFORE_STEMS.search(low, max(0, start - 60), start):
        return None
    return _BEFORE.search(text[max(0, start - 60) : start])
