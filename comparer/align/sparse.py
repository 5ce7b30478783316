"""Sparse rows of terms, and the few products the aligner needs, without dense matrices.

Each sentence is a sorted row of term ids with a weight each (compressed rows, numpy only).
The aligner never needs every pair of sentences: :func:`candidate_pairs` lists the pairs of
different articles that share a *rare* term (an inverted index that skips terms found in
many sentences, whose pairs are quadratic and mostly noise), and :func:`pair_products`
computes shared-term counts and weighted dot products for just those pairs, in blocks. So
memory grows with the candidate pairs, not with sentences times vocabulary (a table of
sentences times vocabulary is used only up to :data:`DENSE_CELLS`, to find terms faster).
:class:`Hits` keeps the shared terms of pairs for rows that are read with several weights.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import chain
from weakref import WeakKeyDictionary

import numpy as np
from numpy.typing import NDArray

Ints = NDArray[np.int64]
Floats = NDArray[np.float64]

# Pairs scored per block in :func:`pair_products`: bounds the temporary arrays.
BLOCK = 4096
# Rows x terms up to which shared terms are found through a dense table (16 MiB of int32).
DENSE_CELLS = 1 << 22
# Rows x terms up to which absent keys are told by a bit a cell (32 MiB at most): beyond, as
# in a comparison of very long articles, the binary search alone keeps memory to the keys.
BITMAP_CELLS = 1 << 28
# Values below this bound are sorted out of a table of one byte each (4 MiB at most).
UNIQUE_CELLS = 1 << 22


# eq=False: rows are told apart by identity (arrays have no truth value to compare by), so
# each can key the locator it was given (:func:`_locator`) for as long as it lives.
@dataclass(frozen=True, slots=True, eq=False, weakref_slot=True)
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
    # Sorted like ``np.unique`` would (code points), at a third of its cost on strings.
    vocabulary = sorted(set(flat))
    index = {term: i for i, term in enumerate(vocabulary)}
    term_ids = np.fromiter(map(index.__getitem__, flat), dtype=np.int64, count=len(flat))
    return _rows(lengths, term_ids, values, max(len(vocabulary), 1))


def gram_rows(texts: Sequence[str], size: int) -> Rows:
    """:func:`rows_of` the character ``size``-grams of each text padded with a space each
    side, read from the code points in numpy instead of one string per gram.

    A gram's key packs the ranks of its characters (16 bits each), so keys sort as the
    gram strings do and the rows equal ``rows_of`` of the gram lists, term for term.
    """
    padded = [f" {t} " if t else "" for t in texts]
    counts = np.fromiter((max(len(p) - size + 1, 0) for p in padded), np.int64, len(padded))
    text = "".join(padded).encode("utf-32-le", "surrogatepass")
    alphabet, ranks = _alphabet(np.frombuffer(text, dtype=np.uint32))
    if len(alphabet) >= 1 << 16 or size * 16 > 64:  # never in prose; strings then
        grams = [[p[i : i + size] for i in range(n)] for p, n in zip(padded, counts, strict=True)]
        return rows_of(grams)
    starts = np.cumsum([0, *map(len, padded)])[:-1]
    first = np.cumsum(counts) - counts
    at = np.repeat(starts - first, counts) + np.arange(int(counts.sum()))
    key = np.zeros(len(at), dtype=np.uint64)
    for k in range(size):
        key = (key << np.uint64(16)) | ranks[at + k].astype(np.uint64)
    vocabulary, term_ids = np.unique(key, return_inverse=True)
    return _rows(counts, term_ids.astype(np.int64), np.ones(len(at)), max(len(vocabulary), 1))


def _alphabet(codes: NDArray[np.uint32]) -> tuple[Ints, Ints]:
    """``np.unique(codes, return_inverse=True)``: the code points used, in order, and the
    rank of each character among them, read from a table of every code point up to the
    largest (a few thousand in prose, with its curly quotes and dashes; 1.1 million at
    most, 5.5 MiB) instead of a sort."""
    seen = np.zeros(int(codes.max()) + 1 if len(codes) else 0, dtype=np.bool_)
    seen[codes] = True
    rank = np.cumsum(seen, dtype=np.int32) - 1
    return np.flatnonzero(seen).astype(np.int64), rank[codes].astype(np.int64)


def _rows(lengths: Ints, term_ids: Ints, values: Floats, width: int) -> Rows:
    """Rows from each doc's term ids (``lengths`` of them per doc, in doc order)."""
    key = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths) * width + term_ids
    unique, inverse = np.unique(key, return_inverse=True)
    summed = np.bincount(inverse, weights=values)
    rows = unique // width
    start = np.searchsorted(rows, np.arange(len(lengths) + 1)).astype(np.int64)
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


@dataclass(frozen=True, slots=True)
class Hits:
    """Every term both rows of each pair hold: the pair's position and the term's entry in
    the left and in the right row, in term order within a pair. Rows with the same terms
    and other weights (TF-IDF, rarity) share their hits, so they are searched once."""

    pair: Ints
    left: Ints
    right: Ints
    pairs: int

    def products(self, weights: Floats) -> tuple[Floats, Floats]:
        """For each pair: shared terms and the dot product of ``weights``."""
        shared = np.bincount(self.pair, minlength=self.pairs).astype(np.float64)
        product = weights[self.left] * weights[self.right]
        dots = np.bincount(self.pair, weights=product, minlength=self.pairs)
        return shared, dots.astype(np.float64)

    def largest(self, weights: Floats) -> Floats:
        """For each pair, the largest product of ``weights`` over its shared terms (else 0)."""
        best = np.zeros(self.pairs)
        np.maximum.at(best, self.pair, weights[self.left] * weights[self.right])
        return best

    def subset(self, keep: NDArray[np.bool_]) -> Hits:
        """The hits of the pairs ``keep`` selects, renumbered as those pairs alone."""
        renumbered = np.cumsum(keep) - 1
        mask = keep[self.pair]
        pair = renumbered[self.pair[mask]]
        return Hits(pair, self.left[mask], self.right[mask], int(keep.sum()))


def shared_terms(rows: Rows, left: Ints, right: Ints) -> Hits:
    """The :class:`Hits` of the pairs ``(left[n], right[n])``, found in blocks."""
    found = [(chosen[pair], a, b) for chosen, (pair, a, b) in _blocks(rows, left, right)]
    if not found:
        empty = np.zeros(0, dtype=np.int64)
        return Hits(empty, empty, empty, len(left))
    pair, a, b = (np.concatenate(parts) for parts in zip(*found, strict=True))
    return Hits(pair, a, b, len(left))


def pair_products(rows: Rows, left: Ints, right: Ints) -> tuple[Floats, Floats]:
    """For each pair ``(left[n], right[n])``: shared terms and the dot product of weights.

    Block by block, keeping no hits: a pair's figures are those :meth:`Hits.products`
    gives, in memory that does not grow with the hits of all pairs.
    """
    shared = np.zeros(len(left))
    dots = np.zeros(len(left))
    for chosen, hits in _blocks(rows, left, right):
        shared[chosen], dots[chosen] = Hits(*hits, len(chosen)).products(rows.weights)
    return shared, dots


def _blocks(rows: Rows, left: Ints, right: Ints) -> Iterator[tuple[Ints, tuple[Ints, Ints, Ints]]]:
    """Pair positions by block, with each block's hits (pairs numbered within the block).

    Pairs are taken in the order of their longer row, the one searched: successive
    searches then fall in one region of the keys, which are cheaper when they are many.
    A pair's hits stay together and in term order, so its sums are the same.
    """
    locate = _locator(rows)
    lengths = rows.lengths()
    order = np.argsort(np.where(lengths[right] < lengths[left], left, right), kind="stable")
    for lo in range(0, len(left), BLOCK):
        chosen = order[lo : lo + BLOCK]
        yield chosen, _hits(rows, locate, left[chosen], right[chosen])


# The omission test and the aligner's features search the same rows several times: the
# locators of rows up to this many cells (a table of 1 MiB) are kept while the rows live.
# Larger ones are made again: kept, those of 20 reports raised their peak by 6.6 MiB.
KEPT_CELLS = 1 << 18
# A bitmap takes an eighth of a byte a cell: up to this many cells (2 MiB) it is kept too.
# 20 reports' character 4-grams (12.4 M cells) are searched by the features and again by
# the splits: 1.8 ms saved, the peak unchanged (160.3 MiB; the dense word table is the
# 10 MiB that is not kept).
KEPT_BITMAP_CELLS = 1 << 24
_LOCATORS: WeakKeyDictionary[Rows, Callable[[Ints], Ints]] = WeakKeyDictionary()


def _locator(rows: Rows) -> Callable[[Ints], Ints]:
    """A function from ``row * width + term`` keys to the entry holding each, or -1; made
    once for rows whose table or bitmap is small (their arrays are never written to)."""
    cells = rows.count * rows.width
    if cells > KEPT_CELLS and not (DENSE_CELLS < cells <= KEPT_BITMAP_CELLS):
        return _new_locator(rows)
    locate = _LOCATORS.get(rows)
    if locate is None:
        locate = _LOCATORS[rows] = _new_locator(rows)
    return locate


def _new_locator(rows: Rows) -> Callable[[Ints], Ints]:
    """A dense table answers in one lookup where rows × terms is small enough; otherwise a
    bit per cell says which keys are there and a binary search over the sorted keys (a
    dozen steps each) finds those, in memory of an eighth of a byte a cell; for the largest
    the binary search alone."""
    keys = rows.keys()
    if not len(keys):
        return lambda sought: np.full(len(sought), -1, dtype=np.int64)
    if rows.count * rows.width <= DENSE_CELLS:
        table = np.full(rows.count * rows.width, -1, dtype=np.int32)
        table[keys] = np.arange(len(keys), dtype=np.int32)
        return lambda sought: table[sought].astype(np.int64)

    if rows.count * rows.width > BITMAP_CELLS:
        return partial(_searched, keys)
    present = _bitmap(keys, rows.count * rows.width)

    def search(sought: Ints) -> Ints:
        # Most sought keys are absent (5 in 6 for 20 reports' character grams): a bit per
        # cell tells so in one lookup, and only the rest are searched for.
        at = np.flatnonzero((present[sought >> 3] >> (sought & 7).astype(np.uint8)) & 1)
        located = np.full(len(sought), -1, dtype=np.int64)
        located[at] = np.searchsorted(keys, sought[at])
        return located

    return search


def _searched(keys: Ints, sought: Ints) -> Ints:
    """Where each of ``sought`` stands in the sorted ``keys``, or -1 (a binary search)."""
    found = np.minimum(np.searchsorted(keys, sought), len(keys) - 1)
    located: Ints = np.where(keys[found] == sought, found, -1)
    return located


def _bitmap(keys: Ints, cells: int) -> NDArray[np.uint8]:
    """One bit per cell, set where ``keys`` (sorted, unique) hold it: an eighth of a byte
    a cell where the dense table takes four."""
    byte = keys >> 3
    first = np.flatnonzero(np.concatenate(([True], byte[1:] != byte[:-1])))
    bits = np.zeros((cells >> 3) + 1, dtype=np.uint8)
    masks = np.left_shift(1, keys & 7).astype(np.uint8)
    bits[byte[first]] = np.bitwise_or.reduceat(masks, first)
    return bits


def _hits(
    rows: Rows, locate: Callable[[Ints], Ints], left: Ints, right: Ints
) -> tuple[Ints, Ints, Ints]:
    """Each shared term of each pair: the pair's position and its entries.

    The shorter row of a pair is looked up in the other: fewer searches, the same hits.
    """
    len_l = rows.start[left + 1] - rows.start[left]
    len_r = rows.start[right + 1] - rows.start[right]
    swap = len_r < len_l
    query, other = np.where(swap, right, left), np.where(swap, left, right)
    lengths = np.minimum(len_l, len_r)
    pair = np.repeat(np.arange(len(left)), lengths)
    if not len(pair):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    offsets = np.cumsum(lengths) - lengths
    entry = rows.start[query][pair] + np.arange(len(pair)) - offsets[pair]
    found = locate(other[pair] * rows.width + rows.terms[entry])
    hit = found >= 0
    pair, entry, found = pair[hit], entry[hit], found[hit]
    flipped = swap[pair]
    return pair, np.where(flipped, found, entry), np.where(flipped, entry, found)


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
    left, right = _pairs_within(members, np.flatnonzero(np.diff(terms)) + 1)
    pairs = sorted_unique(left * rows.count + right, rows.count * rows.count)
    left, right = pairs // rows.count, pairs % rows.count
    keep = owner[left] != owner[right]
    return left[keep], right[keep]


def sorted_unique(values: Ints, bound: int) -> Ints:
    """``np.unique(values)`` of values in ``[0, bound)``: where the bound is small enough, by
    marking each value in a table and reading the marks in order, without a sort (the
    candidate pairs of 20 reports, 61,000 values under a million: a ninth of the time)."""
    if bound > UNIQUE_CELLS:
        unique: Ints = np.unique(values)
        return unique
    seen = np.zeros(bound, dtype=np.bool_)
    seen[values] = True
    marked: Ints = np.flatnonzero(seen).astype(np.int64)
    return marked


def _pairs_within(members: Ints, bounds: Ints) -> tuple[Ints, Ints]:
    """Every pair of ``members`` in one run (runs end at ``bounds``), the earlier first.

    Each member is paired with every later one of its run, all at once (a loop over the
    runs, one per rare term, cost more than the pairs did for a few reports).
    """
    n = len(members)
    ends = np.repeat(np.append(bounds, n), np.diff(np.concatenate(([0], bounds, [n]))))
    later = ends - np.arange(n) - 1
    first = np.repeat(np.arange(n), later)
    run_start = np.repeat(np.cumsum(later) - later, later)
    second = first + 1 + np.arange(len(first)) - run_start
    return members[first], members[second]
