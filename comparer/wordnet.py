"""Word senses from WordNet 3.0, to see that two different words can name one thing.

"Arrested" and "apprehended", or "quit" and "resigned", share a sense; "pledged" is a kind
of "promised". The table (`data/wordnet.tsv.gz`, built by `evaluation.wordnet_table`)
holds each single-word lemma's most frequent senses, first sense first, and each sense's
direct hypernyms. Inflected forms are reduced to lemmas the way WordNet's own `morphy`
does: the irregular forms first, then its suffix rules.

It is loaded on first use (about 0.1 s) and kept for the process.
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
    """The loaded table: senses by lemma, hypernyms by sense, lemmas by irregular form."""

    senses: dict[str, tuple[str, ...]]
    parents: dict[str, tuple[str, ...]]
    irregular: dict[str, tuple[str, ...]]


@cache
def table() -> Table:
    """The WordNet table, read once per process."""
    data = resources.files("comparer.data").joinpath("wordnet.tsv.gz").read_bytes()
    parts: dict[str, dict[str, tuple[str, ...]]] = {"L": {}, "H": {}, "E": {}}
    for line in gzip.decompress(data).decode().splitlines():
        if not line.startswith("#"):
            kind, key, values = line.split("\t")
            parts[kind][key] = tuple(values.split())
    return Table(parts["L"], parts["H"], parts["E"])


@lru_cache(maxsize=8192)
def lemmas(word: str) -> tuple[str, ...]:
    """The WordNet lemmas a word form may be ("went" → go, "arrested" → arrest)."""
    known = table()
    form = word.lower()
    found = [form] if form in known.senses else []
    found += [lemma for lemma in known.irregular.get(form, ()) if lemma in known.senses]
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
        s for lemma in lemmas(word) for s in _first_of_each_pos(known.senses[lemma], top)
    )


def _first_of_each_pos(synsets: tuple[str, ...], top: int) -> list[str]:
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
    return synsets.union(*(parents.get(s, ()) for s in synsets))


def share_a_sense(a: str, b: str, top: int = 2) -> bool:
    """Whether two words may name one thing: a shared frequent sense."""
    return a.lower() == b.lower() or bool(senses(a, top) & senses(b, top))


def one_kind_of_other(a: str, b: str, top: int = 2) -> bool:
    """Whether one word's sense is the other's or directly below it."""
    left, right = senses(a, top), senses(b, top)
    return bool(broader(left) & right or left & broader(right))
