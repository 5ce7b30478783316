"""Counting people without numerals: "a man was killed" is one killed, "both were hurt" two.

Reports of a single shooting rarely write a digit: the victim is "a 17-year-old", "his
father", "the woman". A person noun with a determiner, followed by a passive or intransitive
outcome ("was shot and killed", "died", "is dead") or following an active one ("killing his
friend", "the fatal shooting of a teenager"), is a count of one. The attacker ("the gunman",
"the shooter", "the suspect") and anyone who "killed himself" are counted apart as
``attackers``: the Gun Violence Archive adds a dead shooter to the toll, most readers do not,
and a comparison must not take one for the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from comparer.analysis.counting_words import ATTACKER_NOUNS, PERSON_NOUNS
from comparer.casefold import lowered

_DET = re.compile(
    r"\b(?:an?|one|another|the|his|her|their|its|both(?:\s+the|\s+of\s+the)?)\s+", re.I
)
_WORD = re.compile(r"[\w'’.-]+\s+")
_STOP = re.compile(r"(?:was|is|were|are|has|had|and|or|who|that|in|on|at|of|by|after|with)\b", re.I)
_AGE = r"\d{1,3}-years?-old|[a-z]+(?:-[a-z]+)?-years?-old"
_SINGULAR = "|".join(sorted((*PERSON_NOUNS, *ATTACKER_NOUNS), key=len, reverse=True))
_HEAD = re.compile(
    rf"(?:(?P<noun>{_SINGULAR}|{_AGE})(?P<plural>s|es)?|(?P<many>men|women|children|people))\b",
    re.IGNORECASE,
)
_WORDS_BEFORE_HEAD = 4
# Every _HEAD match opens with the first two letters of one of its nouns, or is an age
# ("17-year-old", "five-year-old") and holds "-year": in a sentence naming no age, a word
# opening otherwise is not tried against the long list of nouns (most words after "the").
_HEAD_STARTS = frozenset(
    w[:2].lower() for w in (*PERSON_NOUNS, *ATTACKER_NOUNS, "men", "women", "children", "people")
)
_ADVERB = r"(?:\w+ly\s+)?"
_PASSIVE = (
    r"shot\s+(?:and\s+)?(?:killed|wounded|injured)|shot,\s+(?:killed|wounded|injured)"
    r"|(?:fatally|critically|seriously|mortally)\s+(?:shot|wounded|injured|stabbed)"
    r"|shot\s+(?:to\s+death|dead)|killed|slain|murdered|wounded|injured|hurt|stabbed\s+to\s+death"
)
_INTRANSITIVE = (
    r"(?:has\s+|had\s+|later\s+)?died|dies|is\s+dead|was\s+dead"
    r"|was\s+found\s+dead|was\s+pronounced\s+dead"
)
# "the boy killed in an accidental shooting": a participle the preposition shows is passive
_REDUCED = (
    rf"{_ADVERB}(?:found\s+)?(?:{_PASSIVE})(?=\s+(?:in|by|during|at(?!\s+(?:least|most))|on"
    r"|after|while|inside|outside|near|early|late|last|overnight)\b)"
)
_AFTER = re.compile(
    rf"\s*(?:,[^,.;]{{0,60}},\s*|,\s*(?=who\b))?(?:who\s+)?(?:(?:{_INTRANSITIVE})"
    rf"|(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got)\s+(?:also\s+)?{_ADVERB}"
    rf"(?:{_PASSIVE}))|{_REDUCED})\b",
    re.IGNORECASE,
)
# any noun phrase "was shot and killed" is a person; only people die, but so do engines
_PASSIVE_AFTER = re.compile(
    rf"\s*(?:was|has\s+been|had\s+been)\s+{_ADVERB}(?:{_PASSIVE})\b", re.IGNORECASE
)
_HEADLINE_AFTER = re.compile(rf"\s*{_ADVERB}(?:found\s+)?(?:{_PASSIVE}|dies|dead)\b", re.IGNORECASE)
# "Mother: Boy killed in ...": a headline may open with who speaks
_SPEAKER = re.compile(r"[^:|]{1,40}:\s+")
# "the death of 17-year-old Dannielle Rangel", "the killing of Trinity Gay"
_DEATH_OF = re.compile(
    r"\b(?:shooting\s+death|death|killing|murder|slaying)\s+of\s+"
    r"(?:(?:\d{1,3}|[a-z]+)-year-old\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
)
# "Jahleel Munnings of Quincy died", "DeSai was killed": a named person, counted once
_NAME = re.compile(
    r"(?<![\w'’-])(?!(?:No|Nobody|None|Neither|Everyone|Police|Officers|Authorities)\b)"
    r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?:\s+of\s+[A-Z][\w'’-]+)?(?=\s+(?:was|died|had|has|is)\b)"
)
# Every _DEATH_OF match holds one of these words as written (it is case-sensitive), and every
# _NAME match ends in a capitalised word and a verb: a sentence without them is not searched.
_DEATH_OF_WORDS = ("death", "killing", "murder", "slaying")
_NAME_BEFORE_VERB = re.compile(r"[A-Z][\w'’-]+\s+(?:was|died|had|has|is)\b")
_BEFORE = re.compile(
    r"\b(?P<out>fatally\s+shooting|fatally\s+shot|shot\s+and\s+killed|killing|killed|kills|kill|murdering|murdered|wounding|wounded|injuring|injured"
    r"|fatal\s+shooting\s+of|shooting\s+death\s+of|death\s+of|murder\s+of|killing\s+of)"
    r"\s+(?:and\s+\w+\s+)?$",
    re.IGNORECASE,
)
_SELF = re.compile(
    r"\b(?:killed|shot)\s+(?:him|her)self|turned\s+the\s+gun\s+on\s+(?:him|her)self"
    r"|took\s+(?:his|her)\s+own\s+life|(?:died\s+(?:of|from)\s+an?\s+|apparent\s+)self-inflicted",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?:on|in|at|of|from|to|near|by|for|into)\s+\Z", re.IGNORECASE)
_KILLED = ("killed", "dead", "died", "dies", "slain", "murder", "fatal", "death", "killing", "kill")

# Every way below of counting someone needs one of these stems (the passive and intransitive
# outcomes, the active ones before a noun, "death of", "slaying of") opening a word (after a
# space, a comma or ``\b``, as each pattern has it): most sentences have none, and the few
# that hold a stem inside a word ("soldier", "skills") are searched again at word starts.
_STEMS = r"shot|shoot|kill|wound|injur|slain|slay|murder|hurt|stab|die|dead|death"
_OUTCOME_STEMS = re.compile(_STEMS)
_OUTCOME_WORDS = re.compile(rf"\b(?:{_STEMS})", re.IGNORECASE)
# ... searched in the lower-cased sentence where it has one: without IGNORECASE, in half the time
_OUTCOME_WORDS_LOWER = re.compile(rf"\b(?:{_STEMS})")

Found = tuple[int, int, float, str, str]
"""(start, end, value, noun as written, outcome wording) of one count without numerals."""


def wordless_counts(text: str) -> Iterator[Found]:
    """Counts of people written without numerals, in reading order."""
    low = lowered(text)
    if low is None:
        return _counts(text, low) if _OUTCOME_WORDS.search(text) else iter(())
    if not _OUTCOME_STEMS.search(low) or not _OUTCOME_WORDS_LOWER.search(low):
        return iter(())
    return _counts(text, low)


def _counts(text: str, low: str | None) -> Iterator[Found]:
    yield from _determined(text, low)
    yield from _headline(text, low)
    if any(word in text for word in _DEATH_OF_WORDS):
        for death in _DEATH_OF.finditer(text):
            yield death.start(), death.end(), 1.0, "", "death of"
    if _NAME_BEFORE_VERB.search(text):
        yield from _named(text)


def _determined(text: str, low: str | None) -> Iterator[Found]:
    """People a determiner introduces: "a man was killed", "his father", "both were hurt"."""
    # Anyone "was shot" or "has been killed": a sentence without either word has no one so
    passive = low is None or "was" in low or "been" in low
    starts = _head_starts(low)
    for det in _DET.finditer(text):
        both = det.group(0).lower().startswith("both")
        head = _head(text, det.end(), both, starts)
        if head is None and not both:
            if passive:
                yield from _anyone(text, det)
            continue
        if head is None:
            alone = _AFTER.match(text, det.end() - 1) if both else None
            if alone:
                yield det.start(), det.end() - 1, 2.0, "people", alone.group(0)
            continue
        outcome = _outcome_of(text, det.start(), head.end())
        if outcome:
            noun = head.group("noun") or head.group("many")
            yield det.start(), head.end(), 2.0 if both else 1.0, noun, outcome


def _named(text: str) -> Iterator[Found]:
    """A named person, counted once: "Jahleel Munnings of Quincy died"."""
    for name in _NAME.finditer(text):
        after = _AFTER.match(text, name.end())
        if _PLACE.search(text, 0, name.start()):
            continue  # "a home on Algonquin Parkway has died": a place, not a person
        if after and not after.group(0).lstrip().startswith(("were", "are", "have")):
            yield name.start(), name.end(), 1.0, "", after.group(0)


def _head_starts(low: str | None) -> str | None:
    """The lowered text where a head's first two letters are to be looked up in _HEAD_STARTS,
    or None to try every word; worked out once per sentence, as it reads the whole of it."""
    return None if low is None or "-year" in low else low


def _head(text: str, at: int, plural: bool, starts: str | None) -> re.Match[str] | None:
    """The person noun a determiner introduces, within a few words ("his 68-year-old father");
    ``starts`` is what :func:`_head_starts` gives for the text."""
    for _ in range(_WORDS_BEFORE_HEAD + 1):
        tried = starts is None or starts[at : at + 2] in _HEAD_STARTS
        head = _HEAD.match(text, at) if tried else None
        if head and _is_plural(head) == plural:
            noun = _HEAD.match(text, head.end() + 1)
            return noun if "-old" in head.group(0) and noun else head
        word = _WORD.match(text, at)
        if word is None or _STOP.match(text, at) or word.group(0).rstrip()[-1:] in ",;:":
            return None
        at = word.end()
    return None


def _anyone(text: str, det: re.Match[str]) -> Iterator[Found]:
    """A singular phrase of a few words that "was shot and killed" is a person, whatever the
    noun ("a turkey hunter"): only people are shot, killed or wounded."""
    at = det.end()
    for _ in range(_WORDS_BEFORE_HEAD - 1):
        word = _WORD.match(text, at)
        if word is None or _STOP.match(text, at) or not word.group(0).rstrip().isalpha():
            return
        at = word.end()
        after = _PASSIVE_AFTER.match(text, at - 1)
        if after and not word.group(0).rstrip().lower().endswith("ing"):
            yield det.start(), at - 1, 1.0, "", after.group(0)
            return


def _is_plural(head: re.Match[str]) -> bool:
    return bool(head.group("plural") or head.group("many"))


def _headline(text: str, low: str | None) -> Iterator[Found]:
    """A title or sentence opening with the victim, no determiner: "Student shot, killed"."""
    speaker = _SPEAKER.match(text)
    at = speaker.end() if speaker else 0
    if text[at : at + 1].islower():
        return
    head = _head(text, at, False, _head_starts(low))
    after = _HEADLINE_AFTER.match(text, head.end()) if head else None
    # only a title-cased opening is a headline: "Investigators believe the gunman killed ..."
    opening = text[at : head.start()].split() if head else []
    if head and after and all(not w[:1].islower() for w in opening):
        yield head.start(), head.end(), 1.0, head.group("noun"), after.group(0)


def _outcome_of(text: str, start: int, end: int) -> str:
    after = _AFTER.match(text, end)
    if after:
        return after.group(0)
    before = _BEFORE.search(text[max(0, start - 40) : start])
    return before.group("out") if before else ""


def outcome_code(wording: str) -> str:
    """``killed`` or ``injured`` for the wording of a count without numerals."""
    lowered = wording.lower()
    if any(word in lowered for word in _KILLED) or "fatally" in lowered or "mortally" in lowered:
        return "killed"
    return "injured"


def self_killings(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, wording) of each "killed himself" and the like: an attacker's death."""
    # Each way holds "self" or "own"; a sentence with neither is not searched.
    low = lowered(text)
    if low is not None and "self" not in low and "own" not in low:
        return
    for match in _SELF.finditer(text):
        yield match.start(), match.end(), match.group(0)
