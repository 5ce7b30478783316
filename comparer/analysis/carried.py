"""Whether another report carries a sentence's content, in whatever words: the omission test.

A sentence is "only in this report" when no other report of its event carries its facts.
The alignment alone says too little (it pairs each sentence with at most one counterpart
and misses rewordings), so :class:`Carriers` asks four questions of every other report:

- does the pair scorer find a sentence there that shares content, at a threshold lower
  than the aligner's?
- are the sentence's names and numbers all there, with some of its other words?
- is most of its content (:data:`CONTENT_SHARE` of its content words) found there?
- for a quotation: are the quoted words there (whoever the report says speaks them)?

:func:`pair_scores` is the one seam to the sentence scorer: the aligner's learned pair
scorer (:func:`comparer.align.scorer.shares_content`), read against :func:`shares_threshold`:
halfway between its "same fact" threshold (the aligner's) and its "same topic" one. Only
sentences the cheaper questions leave open are scored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from comparer.align.normalise import Token, analyse, is_number_key
from comparer.align.scorer import CrossScorer, related_threshold, same_threshold

CONTENT_SHARE = 0.5
NAMES_WITH_WORDS = 0.4
QUOTED_SHARE = 0.6
_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")


def pair_scores(left: Sequence[str], right: Sequence[str]) -> CrossScorer:
    """Probabilities that a left sentence and each right one share content (the seam);
    rows are scored when asked, as only the sentences the cheaper questions leave open are."""
    return CrossScorer.of(left, right)


def shares_threshold() -> float:
    """The probability from which two sentences share content (lower than "same fact")."""
    return (related_threshold() + same_threshold()) / 2


def content_keys(tokens: Sequence[Token]) -> set[str]:
    """The content keys of some tokens (function words and merged name tails left out)."""
    return {t.key for t in tokens if t.content and t.key}


def _names_and_numbers(tokens: Sequence[Token]) -> set[str]:
    first = tokens[0].start if tokens else -1
    return {
        t.key
        for t in tokens
        if t.content and t.key and (is_number_key(t.key) or (t.name and t.start != first))
    }


def _share(keys: set[str], pool: set[str]) -> float:
    return len(keys & pool) / len(keys) if keys else 0.0


@dataclass
class Carriers:
    """The sentences of the articles of one event, tokenised once, asked who carries what."""

    texts: dict[str, list[tuple[int, str]]]
    _tokens: dict[str, list[list[Token]]] = field(default_factory=dict)
    _pools: dict[str, set[str]] = field(default_factory=dict)
    _scores: dict[tuple[str, str], CrossScorer] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for key, sentences in self.texts.items():
            self._tokens[key] = [analyse(text) for _i, text in sentences]
            self._pools[key] = set().union(*map(content_keys, self._tokens[key]))

    def _row(self, key: str, index: int) -> int:
        return next(r for r, (i, _t) in enumerate(self.texts[key]) if i == index)

    def carries(self, other: str, key: str, index: int) -> bool:
        """True when article ``other`` carries the content of sentence ``index`` of ``key``."""
        row = self._row(key, index)
        tokens = self._tokens[key][row]
        pool = self._pools[other]
        words = content_keys(tokens)
        named = _names_and_numbers(tokens)
        if _share(words, pool) >= CONTENT_SHARE or _quote_carried(self.texts[key][row][1], pool):
            return True
        if named and named <= pool and _share(words - named, pool) >= NAMES_WITH_WORDS:
            return True
        return self._best(key, other, row) >= shares_threshold()

    def _best(self, key: str, other: str, row: int) -> float:
        # Whole articles in one batch: the scorer learns its IDF from the sentences given.
        if (key, other) not in self._scores and (other, key) in self._scores:
            self._scores[key, other] = self._scores[other, key].flipped()  # same sentences
        if (key, other) not in self._scores:
            texts = [t for _i, t in self.texts[key]], [t for _i, t in self.texts[other]]
            self._scores[key, other] = pair_scores(*texts)
        scores = self._scores[key, other]
        return float(scores.row(row).max()) if len(scores.right) else 0.0


def _quote_carried(text: str, pool: set[str]) -> bool:
    quoted: set[str] = set()
    for match in _QUOTED.finditer(text):
        quoted |= content_keys(analyse(match.group(1)))
    return len(quoted) >= 3 and _share(quoted, pool) >= QUOTED_SHARE
