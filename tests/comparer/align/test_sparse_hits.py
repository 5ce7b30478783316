"""The shared terms of sentence pairs, and the products read from them, worked by hand."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from comparer.align.sparse import (
    BITMAP_CELLS,
    DENSE_CELLS,
    KEPT_BITMAP_CELLS,
    KEPT_CELLS,
    UNIQUE_CELLS,
    Rows,
    _bitmap,
    _locator,
    _new_locator,
    candidate_pairs,
    pair_products,
    rows_of,
    shared_terms,
    sorted_unique,
)

# Vocabulary (sorted): a=0, b=1, c=2, d=3, e=4.
DOCS = [["a", "b", "c"], ["b", "c", "d", "e"], ["e"], ["a", "c"]]
WEIGHTS = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0], [9.0, 10.0]]


@pytest.mark.parametrize(
    ("left", "right", "shared", "dots", "largest"),
    [
        # b and c: 2*4 + 3*5; the longer row on either side gives the same figures.
        ([0], [1], [2], [23.0], [15.0]),
        ([1], [0], [2], [23.0], [15.0]),
        # nothing shared
        ([0], [2], [0], [0.0], [0.0]),
        # e only: 7*8; a and c: 1*9 + 3*10
        ([1, 0], [2, 3], [1, 2], [56.0, 39.0], [56.0, 30.0]),
    ],
)
def test_products_of_pairs(
    left: list[int], right: list[int], shared: list[int], dots: list[float], largest: list[float]
) -> None:
    rows = rows_of(DOCS, WEIGHTS)
    a, b = np.array(left, dtype=np.int64), np.array(right, dtype=np.int64)
    found_shared, found_dots = pair_products(rows, a, b)
    assert found_shared.tolist() == shared
    assert found_dots.tolist() == dots
    assert shared_terms(rows, a, b).largest(rows.weights).tolist() == largest


def test_subset_renumbers_the_kept_pairs() -> None:
    rows = rows_of(DOCS, WEIGHTS)
    left = np.array([0, 0, 1], dtype=np.int64)
    right = np.array([1, 2, 3], dtype=np.int64)
    kept = shared_terms(rows, left, right).subset(np.array([True, False, True]))
    shared, dots = kept.products(rows.weights)
    # (0, 1) shares b and c; (1, 3) shares c: 5*10.
    assert shared.tolist() == [2, 1]
    assert dots.tolist() == [23.0, 50.0]


def test_rows_are_given_one_locator_for_all_their_searches() -> None:
    rows, same_terms = rows_of(DOCS, WEIGHTS), rows_of(DOCS)
    assert _locator(rows) is _locator(rows)
    assert _locator(same_terms) is not _locator(rows)
    # rows of more cells than a kept table may hold get theirs again: memory, not time
    large = rows_of([[f"t{i:04d}"] for i in range(KEPT_CELLS // 1000 + 1)] * 1000)
    assert large.count * large.width > KEPT_CELLS
    assert _locator(large) is not _locator(large)


def _one_term_a_row(count: int) -> Rows:
    return rows_of([[f"t{i:05d}"] for i in range(count)])


def test_a_bitmap_of_two_mebibytes_at_most_is_kept() -> None:
    # An eighth of a byte a cell: 20 reports' character 4-grams (12.4 M cells, 1.5 MiB)
    # were searched again by the splits, their bitmap made twice.
    bitmap = _one_term_a_row(2101)
    assert DENSE_CELLS < bitmap.count * bitmap.width <= KEPT_BITMAP_CELLS
    assert _locator(bitmap) is _locator(bitmap)
    larger = _one_term_a_row(4200)
    assert larger.count * larger.width > KEPT_BITMAP_CELLS
    assert _locator(larger) is not _locator(larger)


def test_rows_too_many_for_a_table_are_searched_alike() -> None:
    # 2,100 rows over 2,101 terms: more cells than DENSE_CELLS, so keys are searched.
    docs = [[f"t{i:04d}", f"t{i + 1:04d}"] for i in range(2100)]
    rows = rows_of(docs, [[1.0, 2.0]] * len(docs))
    assert rows.count * rows.width > DENSE_CELLS
    left = np.array([0, 5, 7, 2099], dtype=np.int64)
    right = np.array([1, 6, 9, 2098], dtype=np.int64)
    shared, dots = pair_products(rows, left, right)
    # Neighbours share one term: weight 2 in the first row, 1 in the next; 7 and 9 none.
    assert shared.tolist() == [1, 1, 0, 1]
    assert dots.tolist() == [2.0, 2.0, 0.0, 2.0]


@pytest.mark.parametrize(
    ("keys", "cells", "expected"),
    [
        # bits 0 and 3 of byte 0, bits 0 and 7 of byte 1, bit 1 of byte 2
        ([0, 3, 8, 15, 17], 20, [0b1001, 0b10000001, 0b10]),
        ([7], 8, [0b10000000, 0]),
    ],
)
def test_bitmap_sets_one_bit_per_key(keys: list[int], cells: int, expected: list[int]) -> None:
    assert _bitmap(np.array(keys, dtype=np.int64), cells).tolist() == expected


def test_searched_keys_next_to_present_ones_are_absent() -> None:
    # Keys share bytes of the bitmap with absent neighbours: only the present are found.
    docs = [[f"t{i:04d}" for i in range(r, 2200, 7)] for r in range(2100)]
    rows = rows_of(docs)
    assert rows.count * rows.width > DENSE_CELLS
    keys = rows.keys()
    sought = np.arange(keys[-1] + 2, dtype=np.int64)
    expected = np.full(len(sought), -1, dtype=np.int64)
    expected[keys] = np.arange(len(keys))
    assert _new_locator(rows)(sought).tolist() == expected.tolist()


def test_rows_too_many_for_a_bitmap_are_searched_without_one() -> None:
    # 20,000 rows over 20,001 terms: 400 million cells, a bitmap of 50 MB; long articles
    # make more. The keys are binary-searched in memory of their own size instead.
    docs = [[f"t{i:05d}", f"t{i + 1:05d}"] for i in range(20_000)]
    rows = rows_of(docs)
    assert rows.count * rows.width > BITMAP_CELLS
    keys = rows.keys()
    sought = np.concatenate((keys[::97], keys[::97] + 3))
    tracemalloc.start()
    try:
        located = _new_locator(rows)(sought)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000
    expected = np.searchsorted(keys, sought)
    expected[len(keys[::97]) :] = -1  # a row's key plus 3 is no term of that row
    assert located.tolist() == expected.tolist()


@pytest.mark.parametrize(
    ("owner", "max_df", "pairs"),
    [
        # each article alone: a (0, 3), b (0, 1), c (0, 1, 3), e (1, 2); d is in one row
        ([0, 1, 2, 3], 3, [(0, 1), (0, 3), (1, 2), (1, 3)]),
        # c is in three rows: too common at 2
        ([0, 1, 2, 3], 2, [(0, 1), (0, 3), (1, 2)]),
        # rows 0 and 3 of one article never pair; nor do rows 1 and 2
        ([0, 1, 1, 0], 3, [(0, 1), (1, 3)]),
    ],
)
def test_candidate_pairs_share_a_rare_term_across_articles(
    owner: list[int], max_df: int, pairs: list[tuple[int, int]]
) -> None:
    rows = rows_of(DOCS, WEIGHTS)
    left, right = candidate_pairs(rows, np.array(owner, dtype=np.int64), max_df)
    assert list(zip(left.tolist(), right.tolist(), strict=True)) == pairs


@pytest.mark.parametrize(
    ("values", "bound"),
    [
        ([], 10),
        ([3, 1, 3, 0, 9, 1], 10),  # marked in a table
        ([5, 5, 5], 6),
        ([UNIQUE_CELLS, 7, UNIQUE_CELLS, 2], UNIQUE_CELLS + 1),  # too many cells: sorted
    ],
)
def test_sorted_unique_is_numpys_unique(values: list[int], bound: int) -> None:
    array = np.array(values, dtype=np.int64)
    found = sorted_unique(array, bound)
    assert found.dtype == np.int64
    assert found.tolist() == sorted(set(values))
