"""Whether a capitalised name read after "in", "near"... is a real place, for the Events tab.

Events list the places their reports name. A name right after "in" is often no place:
"in Congress", "near Obama", "in Sheriff Arpaio's office", "at CNN". WordNet 3.0 knows
what most common names are (`data/wordnet_kinds.tsv.gz`, built by
`evaluation.wordnet_kinds`): a named location ("Paris", "New York"), a named person
("Clinton"), a role ("Sheriff", "Speaker"), an organisation or anything else ("Congress",
"Medicare"). A name WordNet does not know ("Raqqa", "Obama") is a place unless the text
uses it as a person's: after a title or a given name ("President Obama", "Barack Obama")
or before "said". A name set before ", Arkansas" (a known place) is a place whatever
else it may name ("Hope, Arkansas"); an acronym WordNet does not know ("CNN") is not.
A name after a person's role and "at" ("partners at Patton Boggs", "head of Global Policy
Management at Facebook") is where someone works, unless its last word is a kind of site
("students at Yuma High School"): of the places BASIL's 43 triples and the seeds list, it
takes out those two alone. Left: "WikiLeaks" ("information from WikiLeaks").
"""

from __future__ import annotations

import re

from comparer import wordnet
from comparer.align.normalise import STOPWORDS
from comparer.sentence_memo import sentence_memo
from comparer.wordnet import flags, kind_key, kinds

# Abbreviated titles WordNet does not list; spelt-out titles are its person kinds ("r").
_TITLES = frozenset(("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt"))
_SAID = frozenset(("said", "says", "told", "tweeted", "wrote", "added", "asked"))
_WORD_BEFORE = r"([A-Z][\w'’-]*\.?)\s+"
_BEFORE_NAME = re.compile(rf"{_WORD_BEFORE}(?:[A-Z]\.\s+)?\Z")
# Read at a name's ends (patterns made per name cost more than the reading):
# a word's edge, and the word after the name.
_BOUNDARY = re.compile(r"\b")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_COMMA_NAME = re.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
_ROLE_AT = re.compile(
    r"(?:\b(?:a|an|the|is|are|was|were|as|both|our|his|her|their)\s+|,\s+)([a-z]+)"
    r"(?:\s+of(?:\s+(?:[A-Z][\w&-]*|and|&))+)?\s+at\s+\Z"
)
"""A role as a noun ("are partners at", ", head of Global Policy Management at"), never a
verb's word ("being shot at", "get back at"), and "at" before a name."""
_BEFORE_REACH = 80
"""How far before a name a title or given name is looked for (longer words are none)."""
# How US papers write a state after a town ("Aurora, Colo.", "Newtown, Conn.", "Auburn,
# WA"): the AP stylebook's abbreviations and the postal codes, dots and spaces left out.
# WordNet knows the states by their full names only.
_US_STATES = frozenset(
    (
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "nh", "nj", "nm", "ny", "nc", "nd", "okla", "ore", "pa", "ri", "sc", "sd", "tenn",
        "tex", "vt", "va", "wash", "wva", "wis", "wisc", "wyo", "al", "ak", "az", "ar", "ca",
        "co", "ct", "de", "fl", "hi", "id", "il", "in", "ia", "ks", "me", "mi", "mn", "ms",
        "mt", "ne", "nv", "oh", "ok", "or", "tn", "tx", "ut", "wa", "wv", "wi", "wy", "dc",
    )
)  # fmt: skip


def _known(word: str) -> bool:
    return bool(flags(word) or wordnet.lemmas(kind_key(word)))


def _located(found: str) -> bool:
    """A named place or a kind of place; a named river or island only if no person or
    people bears the name too (the Republican River, the Hunter River)."""
    return "L" in found or "l" in found or ("G" in found and not any(f in found for f in "Pnr"))


def _role(word: str) -> bool:
    found = flags(word)
    return kind_key(word) in _TITLES or ("r" in found and not _located(found))


def is_real_place(name: str, text: str, end: int) -> bool:
    """Whether ``name``, read in ``text`` up to offset ``end``, names a real place."""
    if _before_a_place(text, end):
        return True
    words = name.split()
    employer = _employer(text, end - len(name))
    if len(words) > 1:
        located = _located(kinds().get(kind_key(name), ""))
        return located or _compound_is_place(words, name, text, employer)
    found = flags(name)
    if _located(found.replace("l", "")):  # a kind of place ("Department") names none
        return "P" not in found or not _used_as_person(name, text)
    # Only named people bear it ("Wayne", "Hawthorne"): a town named after one, unless
    # the text uses it as a person's name.
    only_named = bool(found) and not found.strip("P")
    unknown = (only_named or not _known(name)) and not employer
    return unknown and not name.isupper() and not _used_as_person(name, text)


def _employer(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a person's role and "at": where someone works
    ("partners at Patton Boggs", "head of Global Policy Management at Facebook")."""
    found = _ROLE_AT.search(text, max(0, start - _BEFORE_REACH), start)
    return found is not None and found[1].islower() and "r" in flags(found[1])


def is_doubtful_spelling(word: str, after_place_word: bool) -> bool:
    """Whether a word the place lexicon knows is more likely something else here: an
    acronym WordNet knows as no place ("DOMA"), or an English word or name it knows as no
    place ("Tell", "Hall", "Dana") outside "in ...", "near ..."."""
    found = flags(word)
    if _located(found):
        return False
    return word.isupper() or (_known(word) and not after_place_word)


def _compound_is_place(words: list[str], name: str, text: str, employer: bool) -> bool:
    """A name of several words: a place, or a word first meaning a kind of site, as its
    last word ("Maricopa County", "Trump Tower"; not "Defense Department"), unless the
    text uses it as a person's name ("Donald Trump"); else no title in it, no person's
    name opening it, and a last word WordNet does not know."""
    head = flags(words[-1])
    if "h" in head or "a" in head or _located(head.replace("l", "")):
        return not (_used_as_person(name, text) or _used_as_person(words[-1], text, as_head=True))
    if employer or any(_role(word) for word in words):
        return False  # where someone works ("partners at Patton Boggs"), or a title in it
    first = flags(words[0])
    if "P" in first and not _located(first):
        return False  # "James Hodgkinson", "Greenberg Traurig"
    unknown = not _known(words[-1]) and not words[-1].isupper()
    return unknown and not _used_as_person(name, text)


def _before_a_place(text: str, end: int) -> bool:
    """Whether ", <a named location>" or ", <a US state's abbreviation>" follows (``Hope,
    Arkansas``, ``Aurora, Colo.``)."""
    found = _COMMA_NAME.match(text[end : end + 40])
    if found is None:
        return False
    first = found[1].split()[0]
    return any("L" in flags(part) for part in (found[1], first)) or _us_state(first)


def _us_state(word: str) -> bool:
    """An abbreviated state: dotted ("Colo.", "N.J.") or a postal code in capitals ("WA")."""
    letters = word.replace(".", "")
    dotted = word.endswith(".") and letters[:1].isupper()
    return (dotted or (len(letters) == 2 and letters.isupper())) and letters.lower() in _US_STATES


# Each place a text names is checked where it is named again: read once per name and text
# while a comparison runs (a 5 MB article asked 535 times for a few dozen names, reading
# the whole text each time), kept by nothing once it ends.
@sentence_memo(base=0)
def _used_as_person(name: str, text: str, as_head: bool = False) -> bool:
    """Whether the text names ``name`` as a person: after a title or a given name, or as
    one who said something. For the last word of a place's name (``as_head``) only an
    abbreviated title counts ("Mr. Trump"): "Wayne County" and "Rock County" have their
    own words before "County".

    Only the text around each occurrence of ``name`` is read: a
    scan of the whole text for every candidate made an article listing a few thousand
    places take minutes."""
    at = text.find(name)
    while at != -1:
        after = at + len(name)
        if _BOUNDARY.match(text, after) and _person_before(text, at, as_head):
            return True
        found = _NEXT_WORD.match(text, after) if _BOUNDARY.match(text, at) else None
        if found is not None and found[1] in _SAID:
            return True
        at = text.find(name, at + 1)
    return False


def _person_before(text: str, at: int, as_head: bool) -> bool:
    """Whether a title (or, unless ``as_head``, a role or given name) comes before ``at``."""
    found = _BEFORE_NAME.search(text, max(0, at - _BEFORE_REACH), at)
    if found is None:
        return False
    before = found[1].rstrip(".")
    return before.lower() in _TITLES or (not as_head and (_role(before) or _given_name(before)))


def _given_name(word: str) -> bool:
    """A capitalised word that may be a given name: not a function word, not a place,
    and either unknown to WordNet or a person it names."""
    if word.lower() in STOPWORDS or word.isupper():
        return False
    found = flags(word)
    return not _located(found) and ("P" in found or not _known(word))
