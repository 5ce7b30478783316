"""How alike two sentences are, as a score in [0, 1], for every pair of sentences at once.

A :class:`SentenceBag` holds a sentence's content keys (see :mod:`normalise`): names and
numbers weigh more than other words, function words not at all. :func:`similarity_matrix`
scores all pairs with TF-IDF cosine, the IDF taken from the sentences being compared, so a
phrase every report repeats ("the Syrian army and its allies") counts little. Several
methods are kept because the evaluation harness compares them; the aligner uses
:data:`DEFAULT_METHOD`, the one that won (see docs/json-format.md and the evaluation).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain, compress, repeat

import numpy as np
from numpy.typing import NDArray
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from comparer.align.normalise import Token, number_flags

Matrix = NDArray[np.float32]

NAME_WEIGHT = 1.5
NUMBER_WEIGHT = 1.5
CHAR_NGRAM = 4


class Method(StrEnum):
    """The sentence-similarity methods the evaluation compares."""

    WORD = "word"
    CHAR = "char"
    WORD_CHAR = "word+char"
    FUZZ = "fuzz"
    WORD_FUZZ = "word+fuzz"


DEFAULT_METHOD = Method.WORD_CHAR


@dataclass(frozen=True, slots=True)
class SentenceBag:
    """The weighted content keys of one sentence, in order, and which are names and numbers.

    ``names`` and ``numbers`` follow from the keys and weights, so they take no part in
    comparing or hashing bags; :func:`bag` reads them with the weights, once, for the
    readers that want them (the aligner's features, the event signature).
    """

    keys: tuple[str, ...]
    weights: tuple[float, ...]
    names: tuple[str, ...] = field(compare=False)
    """The keys weighed up that are no number (a name; not as the sentence's first word)."""
    numbers: tuple[str, ...] = field(compare=False)
    """The keys that stand for a quantity (:func:`~comparer.align.normalise.is_number_key`)."""

    @property
    def text(self) -> str:
        """The keys joined by spaces: what character n-grams are taken from."""
        return " ".join(self.keys)


def bag(tokens: Sequence[Token]) -> SentenceBag:
    """The bag of one sentence's tokens (the first word's capital is not a name signal)."""
    kept = [t for t in tokens if t.content and t.key]
    keys = tuple([t.key for t in kept])
    number = number_flags(keys)
    weights = [
        NUMBER_WEIGHT if n else NAME_WEIGHT if t.name else 1.0
        for t, n in zip(kept, number, strict=True)
    ]
    if kept and kept[0] is tokens[0] and kept[0].name and not number[0]:
        weights[0] = 1.0  # the sentence's first word
    names = [k for k, w, n in zip(keys, weights, number, strict=True) if w > 1.0 and not n]
    return SentenceBag(keys, tuple(weights), tuple(names), tuple(compress(keys, number)))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """IDF per term, learnt from the sentences being compared, and the shared columns.

    Only terms found in two sentences or more get a column: a term of one sentence adds
    nothing to any dot product, only to that sentence's norm, which is computed in full.
    Dropping those columns keeps the matrices small without changing a single score.
    Terms the vocabulary never saw are ignored.
    """

    index: dict[str, int]
    idf: NDArray[np.float64]
    column: NDArray[np.intp]
    width: int

    @classmethod
    def fit(cls, docs: Sequence[Sequence[str]], owners: Sequence[int] | None = None) -> Vocabulary:
        """Count in how many sentences each term appears; rare terms weigh more.

        With ``owners`` (each sentence's article) only terms of two articles or more get a
        column: scores between sentences of one article are never used.
        """
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(set(doc))
        index = {t: i for i, t in enumerate(df)}
        counts = np.fromiter(df.values(), dtype=np.float64, count=len(df))
        idf = np.log((1 + len(docs)) / (1 + counts)) + 1
        shared = counts >= 2 if owners is None else _in_several(docs, owners, index)
        column = np.where(shared, np.cumsum(shared) - 1, -1).astype(np.intp)
        return cls(index, idf, column, int(shared.sum()))

    def transform(
        self, docs: Sequence[Sequence[str]], weights: Sequence[Sequence[float]]
    ) -> Matrix:
        """L2-normalised TF-IDF rows over the shared columns."""
        rows, terms, values = self._entries(docs, weights)
        matrix = np.zeros((len(docs), max(self.width, 1)), dtype=np.float32)
        if not len(terms):
            return matrix
        key = rows * len(self.index) + terms
        unique, inverse = np.unique(key, return_inverse=True)
        summed = np.bincount(inverse, weights=values)
        u_rows, u_terms = unique // len(self.index), unique % len(self.index)
        tfidf = summed * self.idf[u_terms]
        norms = np.sqrt(np.bincount(u_rows, weights=tfidf * tfidf, minlength=len(docs)))
        cols = self.column[u_terms]
        keep = cols >= 0
        matrix[u_rows[keep], cols[keep]] = tfidf[keep] / norms[u_rows[keep]]
        return matrix

    def _entries(
        self, docs: Sequence[Sequence[str]], weights: Sequence[Sequence[float]]
    ) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.float64]]:
        """Row, term and weight of every term of ``docs`` the vocabulary knows, in order.

        Read in C (a term's id is looked up by ``map``, -1 when unknown): a loop over the
        terms of 20 reports' signatures was most of the events step."""
        flat = list(chain.from_iterable(docs))
        lengths = np.fromiter(map(len, docs), dtype=np.intp, count=len(docs))
        rows = np.repeat(np.arange(len(docs), dtype=np.intp), lengths)
        terms = np.fromiter(map(self.index.get, flat, repeat(-1)), dtype=np.intp, count=len(flat))
        values = np.fromiter(chain.from_iterable(weights), dtype=np.float64, count=len(flat))
        known = terms >= 0
        return rows[known], terms[known], values[known]


def _in_several(
    docs: Sequence[Sequence[str]], owners: Sequence[int], index: dict[str, int]
) -> NDArray[np.bool_]:
    first = np.full(len(index), -1, dtype=np.intp)
    several = np.zeros(len(index), dtype=np.bool_)
    for doc, owner in zip(docs, owners, strict=True):
        for term in set(doc):
            i = index[term]
            if first[i] < 0:
                first[i] = owner
            elif first[i] != owner:
                several[i] = True
    return several


def word_terms(
    bags: Sequence[SentenceBag],
) -> tuple[list[tuple[str, ...]], list[tuple[float, ...]]]:
    """The terms and weights word vectors are made of."""
    return [b.keys for b in bags], [b.weights for b in bags]


def _ngrams(text: str) -> list[str]:
    padded = f" {text} "
    return [padded[i : i + CHAR_NGRAM] for i in range(max(len(padded) - CHAR_NGRAM + 1, 0))]


def char_terms(bags: Sequence[SentenceBag]) -> tuple[list[list[str]], list[list[float]]]:
    """The character n-grams (all weight 1) char vectors are made of."""
    grams = [_ngrams(b.text) if b.keys else [] for b in bags]
    return grams, [[1.0] * len(g) for g in grams]


def vectors(
    terms: tuple[Sequence[Sequence[str]], Sequence[Sequence[float]]],
    owners: Sequence[int] | None = None,
) -> Matrix:
    """TF-IDF rows with the IDF learnt from these same rows (see :meth:`Vocabulary.fit`)."""
    docs, weights = terms
    return Vocabulary.fit(docs, owners).transform(docs, weights)


def fuzz_matrix(left: Sequence[SentenceBag], right: Sequence[SentenceBag]) -> Matrix:
    """rapidfuzz token-set ratio of the keys, scaled to [0, 1]."""
    scores = cdist([b.text for b in left], [b.text for b in right], scorer=fuzz.token_set_ratio)
    result: Matrix = np.asarray(scores, dtype=np.float32) / np.float32(100)
    return result


def similarity_matrix(bags: Sequence[SentenceBag], method: Method = DEFAULT_METHOD) -> Matrix:
    """Scores in [0, 1] between every two sentences (the diagonal is meaningless)."""
    if method is Method.FUZZ:
        return fuzz_matrix(bags, bags)
    word = vectors(word_terms(bags))
    if method is Method.WORD_FUZZ:
        return mean_of([word @ word.T] * 3 + [fuzz_matrix(bags, bags)] * 2)
    parts = [word] if method is Method.WORD else []
    if method in (Method.CHAR, Method.WORD_CHAR):
        parts.append(vectors(char_terms(bags)))
    if method is Method.WORD_CHAR:
        parts.insert(0, word)
    return mean_of([p @ p.T for p in parts])


def mean_of(parts: Sequence[Matrix]) -> Matrix:
    """The element-wise mean of equally shaped score matrices, clipped to [0, 1]."""
    total = np.zeros_like(parts[0])
    for part in parts:
        total += part
    total /= len(parts)
    np.clip(total, 0, 1, out=total)
    return total


def pair_scores(
    left: Sequence[SentenceBag], right: Sequence[SentenceBag], method: Method = DEFAULT_METHOD
) -> NDArray[np.float32]:
    """Scores of ``left[i]`` with ``right[i]``, IDF learnt from both sides together."""
    if method is Method.FUZZ:
        return np.array(
            [fuzz.token_set_ratio(a.text, b.text) / 100 for a, b in zip(left, right, strict=True)],
            dtype=np.float32,
        )
    both = [*left, *right]
    parts = []
    if method in (Method.WORD, Method.WORD_CHAR, Method.WORD_FUZZ):
        parts.append(_rowwise(word_terms(both), len(left)))
    if method in (Method.CHAR, Method.WORD_CHAR):
        parts.append(_rowwise(char_terms(both), len(left)))
    if method is Method.WORD_FUZZ:
        fz = pair_scores(left, right, Method.FUZZ)
        return np.clip(0.6 * parts[0] + 0.4 * fz, 0, 1).astype(np.float32)
    return np.clip(sum(parts) / len(parts), 0, 1).astype(np.float32)


def _rowwise(
    terms: tuple[Sequence[Sequence[str]], Sequence[Sequence[float]]], half: int, chunk: int = 512
) -> NDArray[np.float32]:
    docs, weights = terms
    vocab = Vocabulary.fit(docs)
    out = np.zeros(half, dtype=np.float32)
    for lo in range(0, half, chunk):
        hi = min(lo + chunk, half)
        a = vocab.transform(docs[lo:hi], weights[lo:hi])
        b = vocab.transform(docs[half + lo : half + hi], weights[half + lo : half + hi])
        out[lo:hi] = np.einsum("ij,ij->i", a, b)
    return out
