"""Finding lexicon entries in text fast: a word index instead of one huge regular expression.

Lexicons hold thousands of entries; a regular expression alternating over all of them tries
every entry at every position. A :class:`PhraseIndex` instead splits the text into words once
and looks each word up in a dictionary of the entries that start with it, so the cost grows
with the text, not with the lexicon. Matching ignores case, hyphens ("so-called" = "so
called"), dots in acronyms ("U.S." = "US"), brackets a match holds whole and curly
apostrophes.

Dropped: keeping :func:`tokenize`'s words per sentence for its next caller. Of two reports
of one event (BASIL, 69 sentences) only the 14 whose own words the framing step reads are
split again, 0.3 ms of the ~46 of comparing them, and the words would have to become
tuples through the four modules that read them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from comparer.casefold import lowered

# A word may hold inner dots ("U.S"), so acronyms written with or without them read alike.
# (Runs of letters between the dots: a repeat of one character at a time took a third longer.)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’]*(?:\.[A-Za-z0-9][A-Za-z0-9'’]*)*")
_GAP = re.compile(r"[\s.()-]*")
Token = tuple[int, int, str]


def tokenize(text: str) -> list[Token]:
    """(start, end, key) of every word; keys are lower-cased, without dots, with plain '.

    A text is lower-cased once, whole, where that keeps every offset and turns no other
    character into an ASCII letter (:func:`~comparer.casefold.lowered`: all but four
    characters), and its curly apostrophes made plain at once: a third of the time of
    doing it word by word, and the sentence's lowering is shared with the other checks.
    """
    low = lowered(text)
    if low is not None:
        plain = low.replace("’", "'")
        return [(m.start(), m.end(), m.group().replace(".", "")) for m in _WORD.finditer(plain)]
    return [
        (m.start(), m.end(), m.group(0).lower().replace(".", "").replace("’", "'"))
        for m in _WORD.finditer(text)
    ]


def words_of(text: str) -> tuple[str, ...]:
    """The keys of the words of an entry or a text."""
    return tuple(key for _s, _e, key in tokenize(text))


class Found(NamedTuple):
    """One entry found in a text: its span, its words (the key) and its values. (A tuple:
    three find one in every sentence, and a frozen dataclass took three times as long to
    make.)"""

    start: int
    end: int
    key: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PhraseIndex:
    """Entries (word sequences) each carrying values, indexed by their first word."""

    first: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]

    @classmethod
    def build(cls, entries: Iterable[tuple[str, str]]) -> PhraseIndex:
        """An index of ``(entry, value)`` pairs; an entry may carry several values."""
        values: dict[tuple[str, ...], tuple[str, ...]] = {}
        for entry, value in entries:
            words = words_of(entry)
            if words and value not in values.get(words, ()):
                values[words] = (*values.get(words, ()), value)
        first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for words, vals in sorted(values.items(), key=lambda item: -len(item[0])):
            first.setdefault(words[0], []).append((words[1:], vals))
        return cls({word: tuple(rest) for word, rest in first.items()})

    def find(self, text: str, tokens: list[Token] | None = None) -> Iterator[Found]:
        """Every entry in ``text``; a value comes from the longest entry, never overlapping.

        ``tokens`` may be passed when the caller already split ``text`` with :func:`tokenize`.
        """
        tokens = tokenize(text) if tokens is None else tokens
        covered: dict[str, int] = {}  # value -> end of its last match: no overlaps per value
        first = self.first
        last = len(tokens) - 1
        for i in [i for i, token in enumerate(tokens) if token[2] in first]:  # few words do
            start, word_end, word = tokens[i]
            after = tokens[i + 1][2] if i < last else None
            for rest, values in first[word]:
                if not rest:  # one word (most entries): it ends where the word does
                    fresh = _fresh(values, covered, start)
                    if fresh and _balanced(text[start:word_end]):
                        covered.update(dict.fromkeys(fresh, word_end))
                        yield Found(start, word_end, word, fresh)
                    continue
                if rest[0] != after:
                    continue  # most entries sharing a first word part at the second
                fresh = _fresh(values, covered, start)
                end = _match_rest(text, tokens, i, rest) if fresh else None
                if end is not None and _balanced(text[start:end]):
                    covered.update(dict.fromkeys(fresh, end))
                    yield Found(start, end, " ".join((word, *rest)), fresh)


def _fresh(values: tuple[str, ...], covered: dict[str, int], start: int) -> tuple[str, ...]:
    """The ``values`` no earlier match covers at ``start`` (one value, most often)."""
    if len(values) == 1:
        return values if covered.get(values[0], -1) <= start else ()
    return tuple(v for v in values if covered.get(v, -1) <= start)


def _balanced(span: str) -> bool:
    """No half of a bracket pair: "(SDF) militants" holds no entry "SDF militants"."""
    return span.count("(") == span.count(")")


def _match_rest(text: str, tokens: list[Token], i: int, rest: tuple[str, ...]) -> int | None:
    """End offset when the words after token ``i`` are ``rest``, separated only by spaces."""
    end = tokens[i][1]
    for offset, word in enumerate(rest, start=1):
        if i + offset >= len(tokens):
            return None
        start, next_end, token = tokens[i + offset]
        if token != word or _GAP.fullmatch(text, end, start) is None:
            return None
        end = next_end
    return end
