"""What the pair scorer looks at: a few overlap and agreement figures per sentence pair.

:class:`SentenceSet` computes everything that belongs to one sentence once (its word,
word-bigram and character 4-gram rows, its names, numbers and negation). :func:`pair_features`
then fills one row of :data:`FEATURES` per requested pair from sparse products, plus three
rapidfuzz ratios, so scoring a pair costs microseconds once the sentences are prepared.
Overlaps are given in both directions as the smaller and the larger share, which keeps the
scorer symmetric: (a, b) and (b, a) score the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby, pairwise
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq
from rapidfuzz.process import cpdist

from comparer.align.similarity import CHAR_NGRAM, SentenceBag
from comparer.align.sparse import (
    Floats,
    Hits,
    Ints,
    Rows,
    binary,
    gram_rows,
    idf_weighted,
    pair_products,
    rarity,
    rows_of,
    shared_terms,
)
from comparer.casefold import lowered
from comparer.sentence_memo import sentence_memo

FEATURES = (
    "word_cosine",
    "char_cosine",
    "word_overlap_low",
    "word_overlap_high",
    "bigram_overlap_low",
    "bigram_overlap_high",
    "char_overlap_low",
    "char_overlap_high",
    "bleu",
    "names_shared",
    "names_clash",
    "numbers_agree",
    "numbers_clash",
    "negation_mismatch",
    "length_ratio",
    "lcs",
    "fuzz_ratio",
    "fuzz_token_set",
    "shared_rarity",
    "rarest_shared",
)

_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|none|nobody|nothing|neither|cannot|without|\w+n[’']t)\b", re.I
)
# The whole words :data:`_NEGATION` finds; the rest of it needs an apostrophe ("isn't").
_NEGATION_WORDS = frozenset(
    ["not", "no", "never", "nor", "none", "nobody", "nothing", "neither", "cannot", "without"]
)


def _whole_words(words: frozenset[str]) -> re.Pattern[str]:
    """``\\b(?:word|...)\\b``, opening with the class of the words' first letters: the
    regex engine then skips at once every character no word begins with, where the word
    boundary made it try each word at every character (2.5 times the instructions).
    ``(?<!\\w.)`` after a first letter is the boundary before it."""
    by_first = groupby(sorted(words), key=lambda word: word[0])
    branches = [f"(?<={first})(?:{'|'.join(w[1:] for w in group)})" for first, group in by_first]
    firsts = "".join(sorted({word[0] for word in words}))
    return re.compile(rf"[{firsts}](?<!\w.)(?:{'|'.join(branches)})\b")


# The whole words alone, in lower case: searched in lower-cased text, with no case to fold
# and no contraction to try, in a fraction of :data:`_NEGATION`'s time.
_NEGATION_WORD = _whole_words(_NEGATION_WORDS)


def negated(text: str) -> bool:
    """True when ``text`` holds a negation (:data:`_NEGATION`).

    In text without "n't" (most sentences, most of those with an apostrophe: "Assad's")
    only a whole word of :data:`_NEGATION_WORDS` can match, and lower-casing folds case as
    the search does (:func:`~comparer.casefold.lowered`; it keeps every word character
    one): :data:`_NEGATION_WORD` in the lower-cased text gives the same answer. (Sentences
    of 60 reports: 105 ms with :data:`_NEGATION` alone, 45 with the words looked up in a
    set where there is no apostrophe, 27 so.)
    """
    low = lowered(text)
    if low is None or "n't" in low or "n’t" in low:
        return bool(_NEGATION.search(text))
    return bool(_NEGATION_WORD.search(low))


@dataclass(frozen=True, slots=True)
class SentenceSet:
    """Per-sentence rows and flags, computed once for every pair that will be scored.

    ``word`` and ``rare`` hold the same terms with other weights, so they share hits.
    """

    word: Rows
    rare: Rows
    bigram: Rows
    char: Rows
    names: Rows
    numbers: Rows
    negated: NDArray[np.bool_]
    texts: tuple[str, ...]

    @classmethod
    def of(cls, bags: Sequence[SentenceBag], texts: Sequence[str]) -> SentenceSet:
        """Prepare bags (content keys) and the sentences' own texts (for negation)."""
        return SentencePool.of(bags, texts).sentence_set()


@dataclass(frozen=True, slots=True)
class SentencePool:
    """What :class:`SentenceSet` reads of each sentence, before any weight learnt from the
    set (the IDF): read once, then made into the set of any of its sentences.

    The omission test scores two articles at a time, each pair with the IDF of those two
    alone, and each article takes part in several pairs; a pool of the event's sentences
    reads each sentence once (its terms, bigrams, 4-grams, names, numbers, negation) and
    :meth:`sentence_set` only renumbers the terms the chosen sentences hold. Every
    vocabulary is sorted, so the renumbered rows are the rows a set of those sentences
    alone would have, term for term and weight for weight.
    """

    word: Rows
    bigram: Rows
    char: Rows
    names: Rows
    numbers: Rows
    negated: NDArray[np.bool_]
    texts: tuple[str, ...]

    @classmethod
    def of(cls, bags: Sequence[SentenceBag], texts: Sequence[str]) -> SentencePool:
        """Read bags (content keys) and the sentences' own texts (for negation).

        The omission test asks again for the pool the aligner has just read when an
        event's bags are the aligner's: its reports have no captions, and no date or no
        date to re-read (a short month, "next year": :func:`~comparer.analysis.carried.as_dates`
        changes those bags, and 7 of the 12 BASIL pairs miss). Then (two reports of one
        event: the same 69 sentences, 3.5 ms of the ~65 of comparing them) that pool is
        given again (the last two read are kept: the headline row reads one in between).
        Its arrays are read-only: no caller can change the other's; :func:`forget_pools`
        lets them go when a comparison ends. When the bags
        differ (a date read anew), each sentence's names, numbers and negation are
        still read once (:func:`_terms_of`); only the rows are made again.
        """
        return _pool_of(tuple(bags), tuple(texts))

    def sentence_set(self, chosen: Ints | None = None) -> SentenceSet:
        """The :class:`SentenceSet` of the ``chosen`` sentences, in that order (all of
        them by default), its IDF learnt from them alone. Every vocabulary term is held by
        some sentence, so choosing them all in order renumbers nothing: it is the default
        (the omission test's choice for two reports without captions)."""
        if chosen is not None and np.array_equal(chosen, np.arange(len(self.texts))):
            chosen = None
        pick = (lambda rows: rows) if chosen is None else (lambda rows: _restricted(rows, chosen))
        words = pick(self.word)
        return SentenceSet(
            word=idf_weighted(words),
            rare=rarity(words),
            bigram=binary(pick(self.bigram)),
            char=idf_weighted(binary(pick(self.char))),
            names=binary(pick(self.names)),
            numbers=binary(pick(self.numbers)),
            negated=self.negated if chosen is None else self.negated[chosen],
            texts=self.texts if chosen is None else tuple(self.texts[i] for i in chosen.tolist()),
        )


# Two: the headline row reads a small pool of its own between the aligner's and the
# omission test's asking for the aligner's again (a BASIL triplet's, 5 ms, was read twice).
@lru_cache(maxsize=2)
def _pool_of(bags: tuple[SentenceBag, ...], texts: tuple[str, ...]) -> SentencePool:
    terms = [_terms_of(b, t) for b, t in zip(bags, texts, strict=True)]
    pool = SentencePool(
        word=rows_of([b.keys for b in bags], [b.weights for b in bags]),
        bigram=rows_of([[f"{a} {b}" for a, b in pairwise(b.keys)] for b in bags]),
        char=gram_rows([t.text for t in terms], CHAR_NGRAM),
        names=rows_of([t.names for t in terms]),
        numbers=rows_of([t.numbers for t in terms]),
        negated=np.array([t.negated for t in terms], dtype=np.bool_),
        texts=tuple(t.text for t in terms),
    )
    for rows in (pool.word, pool.bigram, pool.char, pool.names, pool.numbers):
        for array in (rows.start, rows.terms, rows.weights):
            array.flags.writeable = False
    pool.negated.flags.writeable = False
    return pool


class _Terms(NamedTuple):
    """What a pool reads of one sentence besides its words and their bigrams."""

    text: str
    names: tuple[str, ...]
    numbers: tuple[str, ...]
    negated: bool


# The omission test asks for a pool of the sentences the aligner has just read, a few of
# them read anew (dates, :meth:`SentencePool.of`): each sentence's names, numbers and
# negation are read once. (Two reports of one event: their second pool is read in about 2 ms
# instead of 3.3. Keeping their bigrams too saved 0.2 ms more, and cost 1 MiB of the peak of
# comparing 20 reports.)
@sentence_memo(base=16384)  # emptied by forget_pools when a comparison ends
def _terms_of(bag: SentenceBag, text: str) -> _Terms:
    return _Terms(text=bag.text, names=bag.names, numbers=bag.numbers, negated=negated(text))


def forget_pools() -> None:
    """Drop the pool :meth:`SentencePool.of` keeps, so that a long-lived process (the
    window) does not hold the last comparison's arrays until the next one, nor the terms
    its sentences hold."""
    _pool_of.cache_clear()
    _terms_of.cache_clear()


def _restricted(rows: Rows, chosen: Ints) -> Rows:
    """``rows`` of the ``chosen`` rows only, over the terms they hold, renumbered in order.

    Term ids are ranks in a sorted vocabulary, so the ranks among the terms kept are the
    ids the kept rows alone would be given; each row keeps its entries and weights.
    """
    start, entries = _entries(rows, chosen)
    used, terms = np.unique(rows.terms[entries], return_inverse=True)
    return Rows(start, terms.astype(np.int64), rows.weights[entries], max(len(used), 1))


def _entries(rows: Rows, chosen: Ints) -> tuple[Ints, Ints]:
    """Where each chosen row starts once they are put together, and the entries they take
    (for anything else kept per entry)."""
    lengths = rows.lengths()[chosen]
    start = np.zeros(len(chosen) + 1, dtype=np.int64)
    np.cumsum(lengths, out=start[1:])
    entries: Ints = np.repeat(rows.start[chosen] - start[:-1], lengths) + np.arange(start[-1])
    return start, entries


def _columns(first: str, last: str) -> slice:
    return slice(FEATURES.index(first), FEATURES.index(last) + 1)


# The columns of the three rapidfuzz ratios: a third of the cost of scoring pairs.
FUZZY = _columns("lcs", "fuzz_token_set")
_RARE = _columns("shared_rarity", "rarest_shared")


def pair_features(
    s: SentenceSet, left: Ints, right: Ints, words: Hits | None = None, fuzzy: bool = True
) -> NDArray[np.float64]:
    """One row of :data:`FEATURES` for each pair ``(left[n], right[n])``.

    ``words`` are the pairs' shared words (:func:`~comparer.align.sparse.shared_terms` of
    ``s.word``) when the caller has them already. Without ``fuzzy`` the :data:`FUZZY`
    columns are left 0, for the caller to fill (:func:`fuzzy_features`) where it needs them.
    """
    out = np.zeros((len(left), len(FEATURES)))
    if not len(left):
        return out
    words = shared_terms(s.word, left, right) if words is None else words
    w_shared, out[:, 0] = words.products(s.word.weights)
    c_shared, out[:, 1] = pair_products(s.char, left, right)
    b_shared, _ = pair_products(s.bigram, left, right)
    out[:, 2:4] = _overlaps(w_shared, s.word.lengths(), left, right)
    out[:, 4:6] = _overlaps(b_shared, s.bigram.lengths(), left, right)
    out[:, 6:8] = _overlaps(c_shared, s.char.lengths(), left, right)
    out[:, 8] = np.sqrt(out[:, 2] * (b_shared + 1) / (_longer(s.bigram, left, right) + 1))
    out[:, 9:11] = _agreement(s.names, left, right)
    out[:, 11:13] = _agreement(s.numbers, left, right)
    out[:, 13] = s.negated[left] != s.negated[right]
    lengths = s.word.lengths()
    out[:, 14] = _ratio(np.minimum(lengths[left], lengths[right]), _longer(s.word, left, right))
    if fuzzy:
        out[:, FUZZY] = fuzzy_features(s, left, right)
    out[:, _RARE] = _rare_terms(s.rare.weights, words)
    return out


def _rare_terms(rarity: Floats, words: Hits) -> NDArray[np.float64]:
    """How much rare vocabulary a pair shares: the summed rarity (log) and the rarest term.

    Overlap ratios say nothing of how telling the shared words are; two sentences sharing
    a surname, a sum and a place no other sentence has are likely one fact.
    """
    _, summed = words.products(rarity)
    return np.stack([np.log1p(summed), np.sqrt(words.largest(rarity))], axis=1)


def _ratio(num: Floats | Ints, den: Floats | Ints) -> Floats:
    result: Floats = np.asarray(num, dtype=np.float64) / np.maximum(den, 1)
    return result


def _longer(rows: Rows, left: Ints, right: Ints) -> Ints:
    lengths = rows.lengths()
    longer: Ints = np.maximum(lengths[left], lengths[right])
    return longer


def _overlaps(shared: Floats, lengths: Ints, left: Ints, right: Ints) -> NDArray[np.float64]:
    """Shared terms over the longer and over the shorter sentence."""
    low = _ratio(shared, np.maximum(lengths[left], lengths[right]))
    high = _ratio(shared, np.minimum(lengths[left], lengths[right]))
    return np.stack([low, high], axis=1)


def _agreement(rows: Rows, left: Ints, right: Ints) -> NDArray[np.float64]:
    """Shared items (up to 3, scaled), and a clash: both have some, one has others."""
    shared, _ = pair_products(rows, left, right)
    n = rows.lengths()
    both = (n[left] > 0) & (n[right] > 0)
    clash = both & (shared < np.minimum(n[left], n[right]))
    return np.stack([np.minimum(shared, 3) / 3, clash.astype(np.float64)], axis=1)


def fuzzy_features(s: SentenceSet, left: Ints, right: Ints) -> NDArray[np.float64]:
    """The :data:`FUZZY` columns of the pairs ``(left[n], right[n])``."""
    return _fuzzy(s.texts, left, right)


def _fuzzy(texts: Sequence[str], left: Ints, right: Ints) -> NDArray[np.float64]:
    """LCS similarity, rapidfuzz ratio and token-set ratio, computed pairwise in C.

    The first two are one longest common subsequence over two lengths: rapidfuzz's
    ``LCSseq.normalized_similarity`` is ``1 - (max - lcs) / max`` and ``fuzz.ratio`` is
    ``(1 - (la + lb - 2 lcs) / (la + lb)) * 100`` (the Indel distance), each rounded to
    float32 by ``cpdist``; the LCS is computed once and both are written as rapidfuzz does.
    """
    a = [texts[i] for i in left.tolist()]
    b = [texts[j] for j in right.tolist()]
    lcs = cpdist(a, b, scorer=LCSseq.similarity).astype(np.int64)
    len_a = np.fromiter(map(len, a), dtype=np.int64, count=len(a))
    len_b = np.fromiter(map(len, b), dtype=np.int64, count=len(b))
    longer, both = np.maximum(len_a, len_b), len_a + len_b
    return np.stack(
        [
            _float32(1.0 - (longer - lcs) / np.maximum(longer, 1)),
            _float32((1.0 - (both - 2 * lcs) / np.maximum(both, 1)) * 100) / 100,
            cpdist(a, b, scorer=fuzz.token_set_ratio).astype(np.float64) / 100,
        ],
        axis=1,
    )


def _float32(values: Floats) -> Floats:
    """``values`` rounded to float32 and back, as ``cpdist`` returns its scores."""
    rounded: Floats = values.astype(np.float32).astype(np.float64)
    return rounded
