"""Printed bylines: "By X and Y, Outlet", and names signed without "By".

:func:`parse_byline` reads a printed byline, "By Ryan J. Reilly and Nick Wing, HuffPost",
into names and an outlet (also named after "for": "By Jane Doe for Fox News", "By X For
Mailonline"); :func:`parse_signature` reads one printed without "By" ("Helene
Cooper, Staff Writer"). Which words are a person's name is :mod:`people`'s to say. After
"By", :func:`~comparer.ingest.kickers.plausible_person` was too strict a test of a name (it
refuses "Al Baker" and "Sunny Hostin"); a phrase of common words ("Any Means Necessary") is
refused instead.
"""

from __future__ import annotations

import re

from comparer import wordnet
from comparer.dates import MONTHS, WEEKDAYS
from comparer.ingest.kickers import AGENCY_NAMES, agency_name, plausible_person
from comparer.ingest.people import (
    AGENCY,
    DESK,
    JOB,
    NEWS_WORD,
    WORD_JOINERS,
    People,
    clean_authors,
    person_name,
)

_BYLINE = re.compile(
    r"(?P<lead>by|written by|reported by|from|von|par|por|door|av|przez|di)\s*:?\s+"
    r"(?P<rest>.{2,200})",
    re.IGNORECASE,
)
"""A printed byline: "by" in English and in the other languages journalists read most. Those
other words open headlines too ("Von Braun Center Reopens", "From Gaza To Kyiv"): after
them the names must look like people's (:func:`~comparer.ingest.kickers.plausible_person`)."""
_OUTLET_SEPARATOR = re.compile(r"\s*(?:,|\|)\s*|\s+[-–—]\s+")
_FOR_OUTLET = re.compile(r"(?P<names>.+?)\s+(?i:for)\s+(?P<outlet>.+)")
"""A byline naming the outlet after "for" ("By Jane Doe for Fox News", "By X For Mailonline",
"By X for the Daily Mail"): the outlet had been lost, or the byline was no byline at all."""
_AND = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
_OUTLET_WORDS = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}")
_AFTER_OUTLET = re.compile(
    rf"(?<!\s)\s+(?:(?:published|updated|posted|and|&|{'|'.join((*MONTHS, *WEEKDAYS))})\b|\d).*",
    re.IGNORECASE,
)
"""What ends an outlet after "for": a stamp ("… Fox News Published August 13, 2018"), a date,
or a second outlet ("Dailymail.com And Associated Press": the first is the publisher's)."""
WORD_OUTLETS = frozenset(
    ("politico", "slate", "salon", "vox", "wired", "vice", "variety", "quartz", "guardian",
     "independent", "telegraph", "economist", "atlantic", "hill", "sun", "mirror", "express",
     "observer", "nation", "spectator", "intercept", "verge", "conversation", "bulwark",
     "time", "fortune", "metro", "reason", "stuff", "forbes", "newsweek", "jacobin", "cbc",
     "mother jones", "vanity fair", "rolling stone", "boston globe", "business insider",
     "national review", "der spiegel", "al jazeera", "new yorker", "new republic")
)  # fmt: skip
"""Outlets named by a word of the dictionary ("The Guardian", "Politico")."""
_OUTLET_BRANDS = AGENCY_NAMES | {
    "guardian", "huffpost", "buzzfeed", "politico", "axios", "vox", "slate", "breitbart",
    "msnbc", "nbc", "abc", "cbs", "cnbc", "bloomberg", "vice", "salon", "yahoo",
}  # fmt: skip
"""Outlets that open a byline's tail with an edition or a section after them ("Guardian US",
"CNN Politics"): none is a given name ("Fox", "Sky" are, so "Fox Butterfield" stays a man)."""
_EDITION_WORDS = 3


def parse_byline(line: str, known_outlet: str = "") -> tuple[People, str] | None:
    """Names and outlet of a byline ("By X and Y, Outlet"), or ``None`` if it is not one."""
    found = _BYLINE.fullmatch(line.strip())
    if not found:
        return None
    rest, outlet = _split_outlet(found.group("rest"), known_outlet)
    people = clean_authors(rest)
    if not people.names or len(rest.split()) > 4 * len(people.names) + 2:
        return None
    if not _byline_people(found, people.names):
        return None  # "Von Braun Center Reopens", "From Gaza To Kyiv": a headline
    return _agencies_credited(people, outlet)


def _agencies_credited(people: People, outlet: str) -> tuple[People, str]:
    """A byline crediting two agencies ("By X, Associated Press and Y, Reuters") names no
    outlet: the last agency is no more the publisher than the first, so both are credits."""
    if outlet and agency_name(outlet) and any(agency_name(c) for c in people.credits):
        return People(people.names, (*people.credits, outlet)), ""
    return people, outlet


def _byline_people(found: re.Match[str], names: tuple[str, ...]) -> bool:
    """Whether the names after a byline's word are people's. After "by" they are, unless
    one is a phrase of common words (:func:`_common_words`); after a
    word that opens headlines too ("Von", "From") they must look like people's, strictly
    for one name with no colon ("Von: Bill McCarthy, Marisha Goldhamer" is a byline)."""
    if found.group("lead").casefold().endswith("by"):
        return not any(_common_words(name) or _restriction(name) for name in names)
    strict = len(names) == 1 and ":" not in found.group(0)[: len(found.group("lead")) + 2]
    return all(plausible_person(name, strict=strict) for name in names)


def _common_words(name: str) -> bool:
    """Whether ``name`` is a phrase, not a person's name ("Any Means Necessary", a headline
    after "By"): it opens with a word WordNet knows with no sense as a noun, and WordNet knows
    every word of it, none as a person's name ("Sunny Hostin" has a name WordNet lacks)."""
    words = [word.strip(".,").casefold() for word in name.split()]
    first = wordnet.senses(words[0], 1) if words else frozenset()
    if not first or any(sense.startswith("n") for sense in first):
        return False
    return all(wordnet.lemmas(word) and "P" not in wordnet.flags(word) for word in words)


def _restriction(name: str) -> bool:
    """Whether ``name`` is a notice's restriction, not a person ("By Appointment Only", "By
    Invitation Only" under a headline): it ends with "Only", which no surname is. Read by
    both the header's scan and the printed page's (:mod:`printed_bylines`), which refused
    them already below the furniture, where no date or handle vouched for the name; under a
    headline nothing else doubts "Al Baker" or "Heather Long", so the word itself must."""
    return len(name.split()) > 1 and name.split()[-1].strip(".,").casefold() == "only"


_SALUTATION = re.compile(r"\s*(?i:dear|hello|hi|greetings|to whom)\b")
"""A letter's greeting, which names its readers, not its writer ("Dear Councillors,")."""


def parse_signature(line: str, *, bare: bool = False) -> tuple[People, str] | None:
    """Names and outlet of a byline printed without "By": names and a job, desk or outlet
    ("Helene Cooper, Staff Writer", "Helene Cooper, The New York Times"), or, when ``bare``
    (the line under the headline), names alone ("Helene Cooper and Eric Schmitt"). Every
    word must belong to a name, and a bare name may hold no place ("North Korea and South
    Korea" is a heading), nor open a letter ("Dear Councillors,")."""
    if _SALUTATION.match(line):
        return None
    names, _, tail = line.strip().rstrip(".").rpartition(",")
    tail = tail.strip()
    outlet = tail if names and _looks_like_outlet(tail) else ""
    signed = bool(names) and (_job_or_desk(tail) or bool(outlet))
    if not signed and not bare:
        return None
    names = names if signed else line.strip()
    people = clean_authors(names)
    named = sum(len(name.split()) for name in people.names)
    if not people.names or people.credits:
        return None
    if len(names.split()) != named + len(WORD_JOINERS.findall(names)):
        return None
    places = any("L" in wordnet.flags(w) for name in people.names for w in name.split())
    if not signed and not all(plausible_person(name) for name in people.names):
        return None  # a kicker ("Live Updates") or a subject ("Pope Francis")
    return None if not signed and places else (people, outlet)


def outlet_line(line: str) -> bool:
    """Whether ``line`` is only an agency or an outlet ("Associated Press", "The Guardian")."""
    text = line.strip().rstrip(".")
    return len(text.split()) <= 5 and bool(AGENCY.fullmatch(text) or _looks_like_outlet(text))


def _job_or_desk(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 4 and bool(JOB.search(text) or DESK.fullmatch(text))


def _split_outlet(rest: str, known_outlet: str) -> tuple[str, str]:
    """Cut a trailing ", Outlet" (or "| Outlet", "- Outlet", "for Outlet") off a byline's
    names."""
    each = _each_for_an_outlet(rest)
    if each:
        return each
    written_for = _FOR_OUTLET.fullmatch(rest.strip().rstrip("."))
    outlet = _AFTER_OUTLET.sub("", written_for.group("outlet")) if written_for else ""
    if written_for and _OUTLET_WORDS.fullmatch(outlet):
        named = _outlet_after_for(outlet)  # "for Monday", "For The Win": the names' alone
        return written_for.group("names"), outlet[:1].upper() + outlet[1:] if named else ""
    parts = _OUTLET_SEPARATOR.split(rest.strip().rstrip("."))
    if len(parts) < 2:
        return rest, ""
    last, head = parts[-1], ", ".join(parts[:-1])
    if JOB.match(last) or DESK.fullmatch(last) or re.search(r"\b(?:and|&)\b", last):
        return rest, ""
    single_brand = len(last.split()) == 1 and not last.isdigit() and not person_name(last)
    if last.casefold() == known_outlet.casefold() or single_brand or _looks_like_outlet(last):
        return head, last
    return (head, last) if _brand_and_edition(last) else (rest, "")


def _each_for_an_outlet(rest: str) -> tuple[str, str] | None:
    """The names and the first outlet of a byline whose writers each name their own ("Jane
    Doe for Fox News and John Roe for CNN"; the second writer was lost), or ``None``. The
    first outlet is the publisher's, as in "For Dailymail.com And Associated Press"."""
    parts = [_FOR_OUTLET.fullmatch(part) for part in _AND.split(rest.strip().rstrip("."))]
    found = [part for part in parts if part]
    if len(parts) < 2 or len(found) < len(parts):
        return None
    outlets = [part.group("outlet") for part in found]
    if not all(_OUTLET_WORDS.fullmatch(o) and _outlet_after_for(o) for o in outlets):
        return None
    first = outlets[0][:1].upper() + outlets[0][1:]  # "for the Daily Mail"
    return " and ".join(part.group("names") for part in found), first


def _brand_and_edition(text: str) -> bool:
    """A known outlet with its edition or section ("Guardian US", "CNN Politics")."""
    words = text.split()
    return 1 < len(words) <= _EDITION_WORDS and words[0].casefold() in _OUTLET_BRANDS


def _outlet_after_for(text: str) -> bool:
    """Whether ``text``, the words after a byline's "for", names an outlet: not a day or a
    month ("for Monday"), nor words of the dictionary alone ("For The Win", "for Now", "For
    Fox"), unless an outlet's ("for The Guardian", "for Fox News")."""
    words = text.casefold().removeprefix("the ").split()
    if not words or words[0] in MONTHS or words[0] in WEEKDAYS:
        return False
    if agency_name(text) or NEWS_WORD.search(text) or " ".join(words) in WORD_OUTLETS:
        return True  # "The BBC", "The Daily Mail", "The Guardian"
    if "." in text or re.search(r"[a-z][A-Z]", text):
        return True  # "Dailymail.com", "MailOnline"
    return not all(wordnet.lemmas(word) for word in words)  # "Mailonline", "Der Spiegel"


def _looks_like_outlet(text: str) -> bool:
    """A one-word brand ("HuffPost", "BuzzFeed") or a name with a news word."""
    brand = re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*|The [A-Z].*", text)
    return bool(NEWS_WORD.search(text) or brand)
