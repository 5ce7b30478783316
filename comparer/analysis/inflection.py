"""Past forms of lexicon entries: "assail" finds "assailed", "deride" finds "derided".

Word lists hold base forms (the opinion lexicon has "ridicule", "praise", "castigate"), but
reports write "ridiculed", "praised", "castigated". Matching stays exact and fast (a word
index, :mod:`comparer.analysis.phrases`): the past forms are added to the index once, when
the lexicons are compiled, by the regular rules of English spelling. Only an entry
WordNet knows as a verb gets one: "severe" would find "severed", "pleas" "pleased", both
words of another sense altogether (a cut, a glad). A form that is no English word ("gooded")
costs a dictionary entry and is never found.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from comparer.wordnet import a_verb

_VOWELS = frozenset("aeiou")


def inflections(word: str) -> tuple[str, ...]:
    """The regular past form of one lower-case verb (none for short or compound words, nor
    for a word WordNet knows as no verb).

    Only the past: it is how a report tells what someone did ("assailed", "derided"). Plural
    and -ing forms are left out, as they turn evaluative words into plain categories
    ("supporters", "explosives", "working").
    """
    if not word.isalpha() or len(word) < 4 or word.endswith("ed") or not a_verb(word):
        return ()
    if word.endswith("e"):
        return (word + "d",)
    if word.endswith("y") and word[-2] not in _VOWELS:
        return (word[:-1] + "ied",)
    return (word + "ed",)


def with_inflections(entries: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Each ``(entry, value)`` pair, then its one-word entries' inflected forms."""
    pairs = list(entries)
    yield from pairs
    known = {entry for entry, _value in pairs}
    for entry, value in pairs:
        for form in inflections(entry):
            if form not in known:
                yield form, value
