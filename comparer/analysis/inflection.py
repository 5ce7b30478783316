"""Inflected forms of lexicon entries: "assail" finds "assailed", "deride" finds "derided".

Word lists hold base forms (the opinion lexicon has "ridicule", "praise", "castigate"), but
reports write "ridiculed", "praised", "castigated". Matching stays exact and fast (a word
index, :mod:`comparer.analysis.phrases`): the inflected forms are added to the index once,
when the lexicons are compiled, by the regular rules of English spelling. A form that is
no English word ("gooded") costs a dictionary entry and is never found.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

_VOWELS = frozenset("aeiou")


def inflections(word: str) -> tuple[str, ...]:
    """The regular -s, -ed and -ing forms of one lower-case word (not the word itself)."""
    if not word.isalpha() or len(word) < 4:
        return ()
    if word.endswith("e"):
        return (word + "s", word + "d", word[:-1] + "ing")
    if word.endswith("y") and word[-2] not in _VOWELS:
        return (word[:-1] + "ies", word[:-1] + "ied", word + "ing")
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return (word + "es", word + "ed", word + "ing")
    return (word + "s", word + "ed", word + "ing")


def with_inflections(entries: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Each ``(entry, value)`` pair, then its one-word entries' inflected forms."""
    pairs = list(entries)
    yield from pairs
    known = {entry for entry, _value in pairs}
    for entry, value in pairs:
        for form in inflections(entry):
            if form not in known:
                yield form, value
