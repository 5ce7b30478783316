"""Whether another report carries a sentence's content, in whatever words: the omission test.

A sentence is "only in this report" when no other report of its event carries its facts.
The alignment alone says too little (it pairs each sentence with at most one counterpart
and misses rewordings), so :class:`Carriers` asks four questions of every other report:

- does the pair scorer find a sentence there that shares content, at a threshold lower
  than the aligner's?
- are the sentence's names and numbers all there, with some of its other words?
- is most of its content (:data:`CONTENT_SHARE` of its content words) found there?
- for a quotation: are the quoted words there, and is their speaker? A quote whose speaker
  (the names next to it) the other report never names is not carried there, whatever else
  it shares: "X said “…”" and "Y said “…”" are two facts.

:func:`pair_scores` is the one seam to the sentence scorer: the aligner's learned pair
scorer (:func:`comparer.align.scorer.shares_content`), read against :func:`shares_threshold`:
halfway between its "same fact" threshold (the aligner's) and its "same topic" one. Only
sentences the cheaper questions leave open are scored.

Dates are read as dates: a month written short ("Feb. 28") has its full name's key, and a
year named from the report's own date ("next year's primary" in a report of 2013) also
reads as that year ("2014"), for every question, the scorer's too. (Folding short months
in the tokeniser instead, for the aligner too, moved ECB+ same-event F1 0.8938 -> 0.8918 on
its second half and BASIL gold link precision 0.8813 -> 0.8802: kept to the omission test.)
Dropped: a sentence of at most 3 content words whose names and numbers one sentence of the
other report holds is carried. It took BASIL's omitted share 0.3688 -> 0.3682 (one
sentence per half) by three sentences, and only one was carried ("The election is slated
for 2014" / "next year's Republican primary"): "Fifteen of his speeches were abroad" met
"15 years", and a quote "...with an act of Congress" met another "Congress".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from heapq import merge
from typing import NamedTuple

import numpy as np

from comparer.align.features import SentencePool
from comparer.align.normalise import Token, fold_word, tokenise
from comparer.align.scorer import (
    CrossScorer,
    reaching,
    related_threshold,
    same_threshold,
)
from comparer.align.similarity import SentenceBag, bag
from comparer.analysis.quotes import is_title, named_title

CONTENT_SHARE = 0.5
NAMES_WITH_WORDS = 0.4
QUOTED_SHARE = 0.6
QUOTED_WORDS = 3  # fewer quoted content words are a phrase, not a quotation
SPEAKER_WINDOW = 4  # words either side of a quote where its speaker is named
_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_RELATIVE_YEAR = re.compile(r"\b(next|last|this) year\b", re.IGNORECASE)
_YEAR_STEP = {"next": 1, "last": -1, "this": 0}


def pair_scores(pool: SentencePool, left: range, right: range) -> CrossScorer:
    """Probabilities that a left sentence and each right one share content (the seam), for
    two articles' sentences of ``pool``; pairs are scored when asked, as only the sentences
    the cheaper questions leave open are. The same as ``CrossScorer.of`` their texts."""
    return CrossScorer.within(pool, left, right)


def shares_threshold() -> float:
    """The probability from which two sentences share content (lower than "same fact")."""
    return (related_threshold() + same_threshold()) / 2


# A month written short with its dot ("Feb. 28") reads as its full name ("February 28").
_MONTHS_SHORT = {
    "Jan": "January",
    "Feb": "February",
    "Mar": "March",
    "Apr": "April",
    "Jun": "June",
    "Jul": "July",
    "Aug": "August",
    "Sep": "September",
    "Sept": "September",
    "Oct": "October",
    "Nov": "November",
    "Dec": "December",
}


# Every short month :func:`as_dates` reads holds one of these, a dot after it.
_MONTH_SHORT_DOT = re.compile(rf"(?:{'|'.join(_MONTHS_SHORT)})\.")


def as_dates(text: str, tokens: list[Token], anchor: date | None) -> list[Token]:
    """``tokens`` of ``text`` with dates read as dates: a short month ("Feb.") keyed as its
    full name, and after each year named relative to ``anchor`` (the report's date) a token
    of that year: "next year" in a report of 2013 also reads "2014"."""
    if not _MONTH_SHORT_DOT.search(text):  # most sentences: no word needs looking at
        read = list(tokens)
    else:
        read = [
            t._replace(key=fold_word(_MONTHS_SHORT[text[t.start : t.end]]))
            if text[t.start : t.end] in _MONTHS_SHORT and text[t.end : t.end + 1] == "."
            else t
            for t in tokens
        ]
    if anchor is None:
        return read
    years = [
        Token(m.start(), m.end(), str(anchor.year + _YEAR_STEP[m.group(1).lower()]), True, False)
        for m in _RELATIVE_YEAR.finditer(text)
    ]
    if not years:
        return read  # most sentences name no year relative to the report's
    return list(merge(read, years, key=lambda t: t.end))  # in text order: bags and windows


def content_keys(tokens: Sequence[Token]) -> set[str]:
    """The content keys of some tokens (function words and merged name tails left out)."""
    return {t.key for t in tokens if t.content and t.key}


def _names_and_numbers(read: SentenceBag) -> set[str]:
    """The names (but the sentence's first word) and numbers of a sentence's bag: the keys
    that weigh more than a word (:data:`~comparer.align.similarity.NAME_WEIGHT`,
    :data:`~comparer.align.similarity.NUMBER_WEIGHT`)."""
    return {key for key, weight in zip(read.keys, read.weights, strict=True) if weight > 1.0}


def _share(keys: set[str], pool: set[str]) -> float:
    return len(keys & pool) / len(keys) if keys else 0.0


class _Facts(NamedTuple):
    """What the omission test reads of one sentence: its row, content keys, names and
    numbers, quoted keys and speakers."""

    row: int
    words: set[str]
    named: set[str]
    quoted: set[str]
    speakers: set[str]


@dataclass
class Carriers:
    """The sentences of the articles of one event, tokenised once, asked who carries what."""

    texts: dict[str, list[tuple[int, str]]]
    # Each sentence's tokens (offsets into it) when the caller has them; read here if not
    tokens: dict[str, list[list[Token]]] = field(default_factory=dict)
    # Each article's date, which relative years ("next year") are read against
    anchors: dict[str, date | None] = field(default_factory=dict)
    _pools: dict[str, set[str]] = field(default_factory=dict)
    _keys: dict[str, list[set[str]]] = field(default_factory=dict)  # content keys per sentence
    _bags: dict[str, list[SentenceBag]] = field(default_factory=dict)  # the scorer's reading
    _scores: dict[tuple[str, str], CrossScorer] = field(default_factory=dict)
    # (key, index) -> the sentence's row and keys: asked once per other report, made once
    _facts: dict[tuple[str, int], _Facts] = field(default_factory=dict)
    # Every sentence above, read once for the scorer, and where each article's rows are
    _pool: SentencePool | None = None
    _rows: dict[str, range] = field(default_factory=dict)
    _row_index: dict[str, dict[int, int]] = field(default_factory=dict)  # key -> index -> row

    def __post_init__(self) -> None:
        for key, sentences in self.texts.items():
            read = self.tokens.get(key) or [tokenise(text) for _i, text in sentences]
            anchor = self.anchors.get(key)
            self.tokens[key] = [
                as_dates(text, tokens, anchor)
                for (_i, text), tokens in zip(sentences, read, strict=True)
            ]
            # One pass over each sentence's words gives the scorer its bag and the cheap
            # questions its content keys (:func:`content_keys`: the bag's keys).
            self._bags[key] = [bag(tokens) for tokens in self.tokens[key]]
            self._keys[key] = [set(b.keys) for b in self._bags[key]]
            self._pools[key] = set().union(*self._keys[key])

    def _facts_of(self, key: str, index: int) -> _Facts:
        if (key, index) not in self._facts:
            row = self._row_of(key, index)
            tokens = self.tokens[key][row]
            quoted, speakers = quotation(self.texts[key][row][1], tokens)
            named = _names_and_numbers(self._bags[key][row])
            facts = _Facts(row, self._keys[key][row], named, quoted, speakers)
            self._facts[key, index] = facts
        return self._facts[key, index]

    def _row_of(self, key: str, index: int) -> int:
        """The row of sentence ``index`` in ``texts[key]`` (the first, were it there twice),
        from a table made once per article: a long article asks for thousands."""
        if key not in self._row_index:
            rows: dict[int, int] = {}
            for row, (i, _text) in enumerate(self.texts[key]):
                rows.setdefault(i, row)
            self._row_index[key] = rows
        return self._row_index[key][index]

    def carried(self, asked: Sequence[tuple[Sequence[str], str, int]]) -> list[bool]:
        """For each ``(others, key, index)``: does any of ``others`` carry that sentence?

        Every cheap question is asked first; the pair scorer (most of the omission test's
        time) then runs once per two articles, over all the sentences left open, and only
        on the pairs sharing a content word (the others score 0), its costliest features
        only where the others leave the threshold in reach (:func:`reaching`).
        """
        verdicts = [[self._cheaply(o, key, index) for o in others] for others, key, index in asked]
        open_rows: dict[tuple[str, str], list[int]] = {}
        for (others, key, index), found in zip(asked, verdicts, strict=True):
            if True not in found:
                row = self._facts_of(key, index).row
                for other in (o for o, v in zip(others, found, strict=True) if v is None):
                    open_rows.setdefault((key, other), []).append(row)
        shares = {
            (key, other, row): reached
            for (key, other), rows in open_rows.items()
            for row, reached in zip(rows, self._shares(key, other, rows), strict=True)
        }
        return [
            True in found
            or any(shares.get((key, o, self._facts_of(key, index).row), False) for o in others)
            for (others, key, index), found in zip(asked, verdicts, strict=True)
        ]

    def _cheaply(self, other: str, key: str, index: int) -> bool | None:
        """The verdict of the questions that need no scorer, None when they leave it open."""
        _row, words, named, quoted, speakers = self._facts_of(key, index)
        pool = self._pools[other]
        if len(quoted) >= QUOTED_WORDS and speakers and not speakers & pool:
            return False  # the other report never names who says it
        if _share(words, pool) >= CONTENT_SHARE:
            return True
        if len(quoted) >= QUOTED_WORDS and _share(quoted, pool) >= QUOTED_SHARE:
            return True
        if named and named <= pool and _share(words - named, pool) >= NAMES_WITH_WORDS:
            return True
        return None

    def _shares(self, key: str, other: str, rows: list[int]) -> list[bool]:
        """Whether each of ``rows`` of ``key`` shares content with some sentence of
        ``other``: a pair score of at least :func:`shares_threshold`."""
        width = len(self._keys[other])
        if not width or not set().union(*(self._keys[key][r] for r in rows)) & self._pools[other]:
            return [False] * len(rows)  # nothing shared: no need to build the scorer
        scores = self._scorer(key, other)
        left = np.repeat([scores.left[r] for r in rows], width)
        right = np.tile(np.asarray(scores.right, dtype=np.int64), len(rows))
        found = reaching(scores.sentences, left.astype(np.int64), right, shares_threshold())
        shares: list[bool] = found.reshape(len(rows), width).max(axis=1).tolist()
        return shares

    def _scorer(self, key: str, other: str) -> CrossScorer:
        # Whole articles in one batch: the scorer learns its IDF from the sentences given.
        if (key, other) not in self._scores and (other, key) in self._scores:
            self._scores[key, other] = self._scores[other, key].flipped()  # same sentences
        if (key, other) not in self._scores:
            pool = self._sentence_pool()
            self._scores[key, other] = pair_scores(pool, self._rows[key], self._rows[other])
        return self._scores[key, other]

    def _sentence_pool(self) -> SentencePool:
        """Every sentence of the event read for the scorer, once (most pairs need it)."""
        if self._pool is None:
            texts = [text for sentences in self.texts.values() for _i, text in sentences]
            bags = [b for key in self.texts for b in self._bags[key]]
            self._pool = SentencePool.of(bags, texts)
            start = 0
            for key, sentences in self.texts.items():
                self._rows[key] = range(start, start + len(sentences))
                start += len(sentences)
        return self._pool


def quotation(text: str, tokens: Sequence[Token]) -> tuple[set[str], set[str]]:
    """The content keys inside quote marks, and the names within :data:`SPEAKER_WINDOW`
    words of a quote outside it (its speaker: "“…,” said Mayor Smith"; a sentence's first
    word is left out, its capital says nothing)."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text) if not _a_title(text, m)]
    quoted: set[str] = set()
    speakers: set[str] = set()
    if not spans:
        return quoted, speakers  # most sentences: no word is quoted, none names a speaker
    for n, t in enumerate(tokens):
        if not (t.content and t.key):
            continue
        if any(a <= t.start < b for a, b in spans):
            quoted.add(t.key)
        elif t.name and n and _near_quote(tokens, n, spans):  # a sentence's first word: a capital
            speakers.add(t.key)
    return quoted, speakers


def _a_title(text: str, quote: re.Match[str]) -> bool:
    """A quoted title ("Wolff's book “Fire and Fury”") names a work: it is no quotation
    whose speaker another report must name."""
    first = not text[: quote.start()].strip()
    return is_title(quote.group(1).split(), first) or named_title(text, *quote.span())


def _near_quote(tokens: Sequence[Token], n: int, spans: list[tuple[int, int]]) -> bool:
    low, high = max(0, n - SPEAKER_WINDOW), min(len(tokens), n + SPEAKER_WINDOW + 1)
    return any(a <= tokens[m].start < b for m in range(low, high) for a, b in spans if m != n)
