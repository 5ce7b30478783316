"""The pair features' shortcuts give what the slow ways give, to the bit.

Two rapidfuzz scores are written from one longest common subsequence, and negation is
looked up in a set for plain ASCII text; the expected values come from rapidfuzz's own
scorers and from the negation regular expression, on the seed reports' sentences (every
pair of two reports) and on edge cases (empty texts, astral characters, apostrophes).
"""

from __future__ import annotations

import re
from itertools import product
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from comparer.align.features import (
    _NEGATION,
    _NEGATION_WORD,
    _NEGATION_WORDS,
    _fuzzy,
    negated,
)

EDGES = ["", "a", "ab", "Five people were killed.", "𝔘nicode 🙂 text", "Ḥalab Aleppo", "x y z"]


def _sentences(path: Path) -> list[str]:
    text = path.read_text("utf-8")
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _pairs(samples: list[Path]) -> tuple[list[str], list[str]]:
    left, right = _sentences(samples[0]), _sentences(samples[1])
    pairs = [*product(left, right), *product(EDGES, EDGES)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def test_lcs_and_ratio_are_rapidfuzz_scores(samples: list[Path]) -> None:
    a, b = _pairs(samples)
    texts = [*a, *b]
    left = np.arange(len(a), dtype=np.int64)
    found = _fuzzy(texts, left, left + len(a))
    lcs = [np.float32(LCSseq.normalized_similarity(x, y)) for x, y in zip(a, b, strict=True)]
    ratio = [np.float32(fuzz.ratio(x, y)) for x, y in zip(a, b, strict=True)]
    tokens = [np.float32(fuzz.token_set_ratio(x, y)) for x, y in zip(a, b, strict=True)]
    assert found[:, 0].tobytes() == np.array(lcs, dtype=np.float64).tobytes()
    assert found[:, 1].tobytes() == (np.array(ratio, dtype=np.float64) / 100).tobytes()
    assert found[:, 2].tobytes() == (np.array(tokens, dtype=np.float64) / 100).tobytes()


@pytest.mark.parametrize(
    "text",
    [
        "He did not come.",
        "No one came.",
        "NOTHING happened",
        "It isn't so.",
        "It isn’t so.",
        "Annotated notes on Nora's nonsense",
        "The knot was tied",
        "cannot_be",
        "Don't",
        "n't",
        "Noël said nothing",
        "Noël — “NEVER”",
        "Noël — “Nono”, éno, noé",
        "NOTHİNG — “x”",
        "Assad's men NEVER came",
        "It’s nothing",
        "Syria's no-fly zone",
        "Assad's nonsense",
        "cannot's",
        "",
    ],
)
def test_negation_is_the_regular_expression(text: str) -> None:
    assert negated(text) == bool(_NEGATION.search(text))


def test_negation_on_every_seed_sentence(samples: list[Path]) -> None:
    sentences = [s for path in samples for s in _sentences(path)]
    assert [negated(s) for s in sentences] == [bool(_NEGATION.search(s)) for s in sentences]
    assert any(negated(s) for s in sentences) and not all(negated(s) for s in sentences)


def test_the_set_holds_the_whole_words_of_the_regular_expression() -> None:
    alternatives = re.fullmatch(r"\\b\(\?:(.*)\)\\b", _NEGATION.pattern)
    assert alternatives is not None
    words = {a for a in alternatives.group(1).split("|") if a.isalpha()}
    assert words == _NEGATION_WORDS
    assert all(_NEGATION.fullmatch(word.upper()) for word in _NEGATION_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "not",
        "nothing",
        "nothings",
        "_no",
        "no_",
        "9no",
        "no9",
        "éno",
        "noé",
        "a no b",
        "acannot",
        "cannot",
        "without.",
        "withoutx",
        "(never)",
        "neither-nor",
        "nono",
        "nobodyy nobody",
        "n o",
        "",
    ],
)
def test_lower_case_words_are_found_where_the_plain_pattern_finds_them(text: str) -> None:
    """The word pattern opens with a class of first letters; it finds what
    ``\\b(?:word|...)\\b`` finds, word boundaries with underscores and digits included."""
    plain = re.compile(r"\b(?:" + "|".join(sorted(_NEGATION_WORDS)) + r")\b")
    assert bool(_NEGATION_WORD.search(text)) == bool(plain.search(text))
