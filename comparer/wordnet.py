"""Word senses from WordNet 3.0, to see that two different words can name one thing.

"Arrested" and "apprehended", or "quit" and "resigned", share a sense; "pledged" is a kind
of "promised". The table (`data/wordnet.tsv.gz`, built by `evaluation.wordnet_table`)
holds each single-word lemma's most frequent senses, first sense first, and each sense's
direct hypernyms. Inflected forms are reduced to lemmas the way WordNet's own `morphy`
does: the irregular forms first, then its suffix rules.

It is loaded on first use (about 0.1 s) and kept for the process. A second table
(`data/wordnet_kinds.tsv.gz`) says what each noun names: a place, a person, a role...
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

# WordNet's detachment rules, for every part of speech at once: a form ending in the first
# string may be a lemma ending in the second.
SUFFIX_RULES = (
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("est", ""),
    ("er", "e"),
    ("est", "e"),
)


class Table(NamedTuple):
    """The loaded table, each entry's values kept as read ("v01215155 v01131491") and split
    only when asked for: splitting all 150,000 up front was most of the load time."""

    senses: dict[str, str]
    parents: dict[str, str]
    irregular: dict[str, str]


@cache
def table() -> Table:
    """The WordNet table, read once per process.

    The builder writes every `L` line, then every `H`, then every `E`, so the cells are read
    in one split and each kind is a slice (a loop over the 150,000 lines took twice as long).
    """
    data = resources.files("comparer.data").joinpath("wordnet.tsv.gz").read_bytes()
    text = gzip.decompress(data).decode()
    body = text[text.index("\nL\t") + 1 :].rstrip("\n")
    cells = body.replace("\n", "\t").split("\t")
    kinds, keys, values = cells[0::3], cells[1::3], cells[2::3]
    h, e = kinds.index("H"), kinds.index("E")
    if kinds.count("L") != h or kinds.count("H") != e - h:
        raise ValueError("wordnet.tsv.gz: lines out of order; rebuild it")
    return Table(
        dict(zip(keys[:h], values[:h], strict=True)),
        dict(zip(keys[h:e], values[h:e], strict=True)),
        dict(zip(keys[e:], values[e:], strict=True)),
    )


@lru_cache(maxsize=8192)
def lemmas(word: str) -> tuple[str, ...]:
    """The WordNet lemmas a word form may be ("went" → go, "arrested" → arrest)."""
    known = table()
    form = word.lower()
    found = [form] if form in known.senses else []
    found += [lemma for lemma in known.irregular.get(form, "").split() if lemma in known.senses]
    for ending, replacement in SUFFIX_RULES:
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stem = form[: -len(ending)] + replacement
            if stem in known.senses:
                found.append(stem)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=8192)
def senses(word: str, top: int = 2) -> frozenset[str]:
    """The `top` most frequent senses of each lemma the word may be, in each part of speech.

    Per part of speech, because the table lists a lemma's noun senses before its verb
    senses: "arrested" is also the verb "arrest" (as "apprehended" is), not only the noun.
    """
    known = table()
    return frozenset(
        s for lemma in lemmas(word) for s in _first_of_each_pos(known.senses[lemma].split(), top)
    )


def _first_of_each_pos(synsets: list[str], top: int) -> list[str]:
    """The first ``top`` senses of each part of speech (a sense id starts with its letter)."""
    taken: dict[str, int] = defaultdict(int)
    chosen = []
    for synset in synsets:
        if taken[synset[0]] < top:
            taken[synset[0]] += 1
            chosen.append(synset)
    return chosen


def broader(synsets: frozenset[str]) -> frozenset[str]:
    """The senses with their direct hypernyms ("pledge" → also "promise")."""
    parents = table().parents
    return synsets.union(*(parents.get(s, "").split() for s in synsets))


def share_a_sense(a: str, b: str, top: int = 2) -> bool:
    """Whether two words may name one thing: a shared frequent sense."""
    return a.lower() == b.lower() or bool(senses(a, top) & senses(b, top))


PERSON = "n00007846"  # person, individual, someone: the root of every kind of person
_DEEPEST = 12  # WordNet's noun hierarchy is at most about 18 deep; people sit higher


@lru_cache(maxsize=4096)
def names_a_person(word: str) -> bool:
    """Whether a word's most frequent noun sense is a kind of person ("immigrants",
    "students"), by its hypernyms; "poaching" or "weapons" are not. A word that is a lemma
    itself is read as written ("hunting" the act, not "hunt", then also a surname)."""
    own = table().senses.get(word.lower(), "").split()
    first = _first_of_each_pos(own, 1) if own else senses(word, 1)
    return _descends(frozenset(s for s in first if s.startswith("n")), frozenset((PERSON,)))


# Social group and people ("troops", "police", "staff"): groups counted by their members.
PEOPLE_GROUPS = frozenset({"n07950920", "n07942152"})


@lru_cache(maxsize=4096)
def names_people(word: str) -> bool:
    """Whether a word's most frequent noun sense is a kind of person ("delegates") or of
    a group of people ("troops"): what a number before it counts."""
    own = table().senses.get(word.lower(), "").split()
    first = _first_of_each_pos(own, 1) if own else senses(word, 1)
    nouns = frozenset(s for s in first if s.startswith("n"))
    return _descends(nouns, PEOPLE_GROUPS | {PERSON})


# The roots of WordNet's verbs of saying: communicate (two senses), express / verbalize,
# utter, state / say / tell. Most of its communication verbs descend from one of them
# ("clarify", "outline", "suggest", "criticize"); few others do.
SAYING = frozenset({"v00740595", "v00742338", "v00940402", "v00983842", "v01009258"})


@lru_cache(maxsize=8192)
def names_saying(word: str, as_verb: bool = False) -> bool:
    """Whether a word is a verb of saying: its most frequent verb sense descends from
    :data:`SAYING`, and it is written as a verb ("clarified", "outlining"), is no noun nor
    adjective at all ("suggest"), or its sentence uses it as a verb (``as_verb``: "CNN
    reports that"); "reports" or "outline" alone may name a thing."""
    form = word.lower()
    verb_form = as_verb or form.endswith(("ed", "ing"))
    for lemma in lemmas(form):
        own = table().senses[lemma].split()
        verbs = [s for s in own if s.startswith("v")]
        first = frozenset(verbs[:1])
        if first and (verb_form or len(verbs) == len(own)) and _descends(first, SAYING):
            return True
    return False


# The roots of WordNet's verbs of naming someone: name / call ("dub", "title", "style"
# descend from it), label, describe, and state / say / tell ("declare", "avow"). Not the
# wider "communicate", which holds "inflict" and "impose".
NAMING = frozenset({"v01028766", "v01029870", "v00987089", "v01009258"})


@lru_cache(maxsize=4096)
def names_naming(word: str) -> bool:
    """Whether a word's most frequent verb sense is a kind of naming, describing or
    declaring: "titled", "dubbed", "styled", "described", "proclaimed"; "imposed",
    "inflicted", "made" are not."""
    verbs = frozenset(s for s in senses(word, 1) if s.startswith("v"))
    return bool(verbs) and _descends(verbs, NAMING)


# The roots of WordNet's verbs of praise: praise ("laud", "extol", "acclaim" descend from it)
# and applaud ("hail", "cheer"). A report that writes "hailed the ruling" where it could
# write "welcomed" or "said" judges the act, as with "assailed" or "ridiculed".
PRAISING = frozenset({"v00856842", "v00860310"})


@lru_cache(maxsize=4096)
def names_praise(word: str) -> bool:
    """Whether a word's most frequent verb sense is a kind of praise ("praised",
    "hailed", "lauded", "cheered"); "welcomed", "said" or "supported" are not."""
    verbs = frozenset(s for s in senses(word, 1) if s.startswith("v"))
    return bool(verbs) and _descends(verbs, PRAISING)


def _descends(synsets: frozenset[str], roots: frozenset[str]) -> bool:
    """Whether one of ``synsets`` is one of ``roots`` or a kind of one (by its hypernyms)."""
    found = synsets
    for _ in range(_DEEPEST):
        if found & roots:
            return True
        wider = broader(found)
        if wider == found:
            return False
        found = wider
    return bool(found & roots)


def a_verb(word: str) -> bool:
    """Whether a single lower-case word is itself a lemma WordNet knows as a verb ("assail",
    "ridicule"); "severe" (an adjective) or "pleas" (a noun's plural) are not."""
    return any(s.startswith("v") for s in table().senses.get(word, "").split())


def only_as(word: str, pos: str) -> bool:
    """Whether WordNet knows a single word only as one part of speech (``pos``: "n", "v",
    "a" or "r") in its first senses; "" never, nor a phrase."""
    first = senses(word, 1) if " " not in word else frozenset()
    return bool(first) and all(s.startswith(pos) for s in first)


@lru_cache(maxsize=8192)
def sense_count(word: str) -> int:
    """How many frequent senses a single word has, in all its parts of speech together (the
    table keeps a lemma's first few per part of speech): "lead" or "gross" many, "assail" few.
    Kept per word: tone and ranking both ask it of every evaluative word.
    """
    known = table().senses
    return max((len(known[lemma].split()) for lemma in lemmas(word)), default=0)


@cache
def kinds() -> dict[str, str]:
    """What each noun names (`data/wordnet_kinds.tsv.gz`, built by `evaluation.wordnet_kinds`):
    ``L``/``G``/``P``/``O`` a named location, continent or river, person, anything else;
    ``l``/``r``/``n``/``o`` a kind of location, a role, a people or party's members,
    anything else; ``h`` first means a kind of site. Keys are lower case, without dots."""
    data = resources.files("comparer.data").joinpath("wordnet_kinds.tsv.gz").read_bytes()
    lines = gzip.decompress(data).decode().splitlines()
    return dict(line.split("\t") for line in lines if not line.startswith("#"))


def kind_key(words: str) -> str:
    """How :func:`kinds` keys a word or name: lower case, no dots, a plain apostrophe."""
    return words.replace(".", "").replace("’", "'").lower()


def flags(word: str) -> str:
    """The kinds of a noun, or of the noun it is the plural of ("Democrats" → "democrat");
    "" if no noun. Only a final "s" is taken off: WordNet's other rules read names as
    inflections ("Angeles" as "angel"s)."""
    key = kind_key(word)
    found = kinds().get(key)
    if found is None and key.endswith("s"):
        found = kinds().get(key[:-1])
    return found or ""
