"""Sparse rows of terms, and the few products the aligner needs, without dense matrices.

Each sentence is a sorted row of term ids with a weight each (compressed rows, numpy only).
The aligner never needs every pair of sentences: :func:`candidate_pairs` lists the pairs of
different articles that share a *rare* term (an inverted index that skips terms found in
many sentences, whose pairs are quadratic and mostly noise), and :func:`pair_products`
computes shared-term counts and weighted dot products for just those pairs, in blocks. So
memory grows with the candidate pairs, not with sentences times vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from numpy.typing import NDArray

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]

# Pairs scored per block in :func:`pair_products`: bounds the temporary arrays.
BLOCK = 4096


@dataclass(frozen=True, slots=True)
class Rows:
    """Compressed sparse rows: row r holds ``terms[start[r]:start[r + 1]]`` (sorted, unique)."""

    start: Ints
    terms: Ints
    weights: Floats
    width: int

    @property
    def count(self) -> int:
        """How many rows there are."""
        return len(self.start) - 1

    def lengths(self) -> Ints:
        """How many distinct terms each row has."""
        lengths: Ints = np.diff(self.start)
        return lengths

    def norms(self) -> Floats:
        """The Euclidean norm of each row's weights."""
        owner = np.repeat(np.arange(self.count), self.lengths())
        squares = np.bincount(owner, weights=self.weights**2, minlength=self.count)
        norms: Floats = np.sqrt(squares)
        return norms

    def keys(self) -> Ints:
        """``row * width + term`` for every entry: sorted, so it can be searched."""
        owner = np.repeat(np.arange(self.count, dtype=np.int64), self.lengths())
        keys: Ints = owner * self.width + self.terms
        return keys


def rows_of(
    docs: Sequence[Sequence[str]], weights: Sequence[Sequence[float]] | None = None
) -> Rows:
    """Rows over a vocabulary built from ``docs``; repeated terms add up their weights."""
    lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
    flat = list(chain.from_iterable(docs))
    if weights is None:
        values = np.ones(len(flat))
    else:
        values = np.fromiter(chain.from_iterable(weights), dtype=np.float64, count=len(flat))
    vocabulary, term_ids = np.unique(np.array(flat, dtype=str), return_inverse=True)
    width = max(len(vocabulary), 1)
    key = np.repeat(np.arange(len(docs), dtype=np.int64), lengths) * width + term_ids
    unique, inverse = np.unique(key, return_inverse=True)
    summed = np.bincount(inverse, weights=values)
    rows = unique // width
    start = np.searchsorted(rows, np.arange(len(docs) + 1)).astype(np.int64)
    return Rows(start, unique % width, summed.astype(np.float64), width)


def binary(rows: Rows) -> Rows:
    """The same rows with every weight 1 (set overlap instead of weighted overlap)."""
    return Rows(rows.start, rows.terms, np.ones_like(rows.weights), rows.width)


def idf_weighted(rows: Rows) -> Rows:
    """TF-IDF rows, unit length, the IDF learnt from these rows (smoothed like before)."""
    df = np.bincount(rows.terms, minlength=rows.width).astype(np.float64)
    idf = np.log((1 + rows.count) / (1 + df)) + 1
    weighted = Rows(rows.start, rows.terms, rows.weights * idf[rows.terms], rows.width)
    norms = weighted.norms()
    owner = np.repeat(np.arange(rows.count), rows.lengths())
    unit = weighted.weights / np.where(norms == 0, 1, norms)[owner]
    return Rows(rows.start, rows.terms, unit, rows.width)


def pair_products(rows: Rows, left: Ints, right: Ints) -> tuple[Floats, Floats]:
    """For each pair ``(left[n], right[n])``: shared terms and the dot product of weights."""
    keys = rows.keys()
    shared = np.zeros(len(left))
    dots = np.zeros(len(left))
    for lo in range(0, len(left), BLOCK):
        hi = min(lo + BLOCK, len(left))
        s, d = _block(rows, keys, left[lo:hi], right[lo:hi])
        shared[lo:hi], dots[lo:hi] = s, d
    return shared, dots


def _block(rows: Rows, keys: Ints, left: Ints, right: Ints) -> tuple[Floats, Floats]:
    pair, weight = _hits(rows, keys, left, right)
    shared = np.bincount(pair, minlength=len(left)).astype(np.float64)
    dots: Floats = np.bincount(pair, weights=weight, minlength=len(left)).astype(np.float64)
    return shared, dots


def _hits(rows: Rows, keys: Ints, left: Ints, right: Ints) -> tuple[Ints, Floats]:
    """Each shared term of each pair: the pair's position and the product of its weights."""
    lengths = rows.start[left + 1] - rows.start[left]
    pair = np.repeat(np.arange(len(left)), lengths)
    if not len(pair) or not len(keys):
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    offsets = np.cumsum(lengths) - lengths
    entry = rows.start[left][pair] + np.arange(len(pair)) - offsets[pair]
    query = right[pair] * rows.width + rows.terms[entry]
    found = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
    hit = keys[found] == query
    return pair[hit], rows.weights[entry[hit]] * rows.weights[found[hit]]


def pair_max(rows: Rows, left: Ints, right: Ints) -> Floats:
    """For each pair, the largest product of weights over the terms both rows hold (else 0)."""
    keys = rows.keys()
    best = np.zeros(len(left))
    for lo in range(0, len(left), BLOCK):
        hi = min(lo + BLOCK, len(left))
        pair, weight = _hits(rows, keys, left[lo:hi], right[lo:hi])
        np.maximum.at(best, pair + lo, weight)
    return best


def rarity(rows: Rows) -> Rows:
    """Binary rows weighted by how rare each term is here: its IDF over the largest, in [0, 1)."""
    df = np.bincount(rows.terms, minlength=rows.width).astype(np.float64)
    most = np.log(1 + rows.count)
    idf = np.log((1 + rows.count) / (1 + df)) / max(most, 1e-9)
    return Rows(rows.start, rows.terms, np.sqrt(idf[rows.terms]), rows.width)


def candidate_pairs(rows: Rows, owner: Ints, max_df: int) -> tuple[Ints, Ints]:
    """Pairs ``i < j`` of different owners sharing a term found in at most ``max_df`` rows."""
    df = np.bincount(rows.terms, minlength=rows.width)
    entry_row = np.repeat(np.arange(rows.count, dtype=np.int64), rows.lengths())
    rare = (df[rows.terms] >= 2) & (df[rows.terms] <= max_df)
    order = np.argsort(rows.terms[rare], kind="stable")
    terms, members = rows.terms[rare][order], entry_row[rare][order]
    bounds = np.flatnonzero(np.diff(terms)) + 1
    found: list[Ints] = []
    triangles: dict[int, tuple[Ints, Ints]] = {}
    for group in np.split(members, bounds):
        if len(group) not in triangles:
            triangles[len(group)] = np.triu_indices(len(group), 1)
        a, b = triangles[len(group)]
        found.append(group[a] * rows.count + group[b])
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    pairs = np.unique(np.concatenate(found))
    left, right = pairs // rows.count, pairs % rows.count
    keep = owner[left] != owner[right]
    return left[keep], right[keep]
