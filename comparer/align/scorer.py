"""The learned pair scorer: how likely two sentences state the same fact, in [0, 1].

A logistic regression over :data:`~comparer.align.features.FEATURES`, trained offline by
``python -m evaluation.train_scorer`` (see its docstring for the data and its licences).
Its coefficients, the feature scaling and the two thresholds it was validated with live in
``comparer/data/pair_scorer.json``; at run time scoring is one numpy dot product.

:func:`shares_content` is the small public entry point for other engine parts (the
omission analysis asks whether two sentences share content): texts in, probabilities out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from numpy.typing import NDArray

from comparer.align.features import (
    FEATURES,
    FUZZY,
    SentencePool,
    SentenceSet,
    fuzzy_features,
    pair_features,
)
from comparer.align.normalise import tokenise
from comparer.align.similarity import bag
from comparer.align.sparse import Ints, shared_terms

Probabilities = NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Model:
    """Standardised logistic regression: ``sigmoid(((x - mean) / scale) @ coef + bias)``."""

    mean: NDArray[np.float64]
    scale: NDArray[np.float64]
    coef: NDArray[np.float64]
    bias: float
    same: float
    related: float

    def logits(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        """The log-odds of "same fact" for each row of features."""
        z: NDArray[np.float64] = ((x - self.mean) / self.scale) @ self.coef + self.bias
        return z

    def probabilities(self, x: NDArray[np.float64]) -> Probabilities:
        """The probability of "same fact" for each row of features."""
        p: Probabilities = 1 / (1 + np.exp(-self.logits(x)))
        return p

    def to_json(self, extra: dict[str, object]) -> str:
        """The data file's text (used by the training script)."""
        data = {
            "features": list(FEATURES),
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "coef": [round(float(v), 6) for v in self.coef],
            "bias": round(self.bias, 6),
            "thresholds": {"same": round(self.same, 4), "related": round(self.related, 4)},
            **extra,
        }
        return json.dumps(data, indent=1) + "\n"


def parse(text: str) -> Model:
    """A model from the data file's text; a file for other features is refused."""
    data = json.loads(text)
    if tuple(data["features"]) != FEATURES:
        raise ValueError("pair_scorer.json was trained on other features")
    return Model(
        np.array(data["mean"], dtype=np.float64),
        np.array(data["scale"], dtype=np.float64),
        np.array(data["coef"], dtype=np.float64),
        float(data["bias"]),
        float(data["thresholds"]["same"]),
        float(data["thresholds"]["related"]),
    )


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The shipped model."""
    return parse(
        resources.files("comparer").joinpath("data", "pair_scorer.json").read_text("utf-8")
    )


# Models put in place by :func:`scoring_with`, innermost last.
_ACTIVE: list[Model] = []


def model() -> Model:
    """The model the engine scores with: the shipped one unless :func:`scoring_with` says."""
    return _ACTIVE[-1] if _ACTIVE else shipped()


@contextmanager
def scoring_with(chosen: Model) -> Iterator[None]:
    """Score with ``chosen`` inside the block (the training script's held-out check)."""
    _ACTIVE.append(chosen)
    try:
        yield
    finally:
        _ACTIVE.pop()


def score_pairs(sentences: SentenceSet, left: Ints, right: Ints) -> Probabilities:
    """Probability of "same fact" for each pair of prepared sentences.

    Two sentences with no content word in common get 0: the model only learnt from pairs
    sharing words (the aligner scores no other), and left to itself it gives such a pair
    as much as 0.25. Such pairs (most of a sentence's row against another article) are
    not scored at all: each pair's features depend on that pair alone.
    """
    p: Probabilities = np.zeros(len(left))
    if not len(left):  # the user's links, most often none: no lookup table to make
        return p
    words = shared_terms(sentences.word, left, right)
    shared, _ = words.products(sentences.word.weights)
    keep = shared > 0
    if keep.any():
        x = pair_features(sentences, left[keep], right[keep], words.subset(keep))
        p[keep] = model().probabilities(x)
    return p


# Log-odds a pair's bound must miss the threshold by to be left out: float rounding only.
BOUND_MARGIN = 1e-6


def reaching(sentences: SentenceSet, left: Ints, right: Ints, p: float) -> NDArray[np.bool_]:
    """``score_pairs(sentences, left, right) >= p`` (``0 < p < 1``), the rapidfuzz ratios
    computed only for the pairs that may reach ``p`` whatever they are.

    Each ratio lies in [0, 1], so the log-odds with every ratio at its most favourable end
    (0 for a negative weight, 1 for a positive one; a ratio's weight is its coefficient over
    its scale) bound a pair's log-odds: a pair whose
    bound falls short of ``p`` cannot reach it. For two reports of one event the omission
    test's pairs were 430, of which 44 came near (the ratios are a third of scoring).
    """
    words = shared_terms(sentences.word, left, right)
    shared, _ = words.products(sentences.word.weights)
    found = np.zeros(len(left), dtype=np.bool_)  # unshared pairs score 0
    kept = np.flatnonzero(shared > 0)
    if not len(kept):
        return found
    m = model()
    x = pair_features(sentences, left[kept], right[kept], words.subset(shared > 0), fuzzy=False)
    x[:, FUZZY] = (m.coef[FUZZY] / m.scale[FUZZY] > 0).astype(np.float64)  # a raw ratio's weight
    near = m.logits(x) >= np.log(p / (1 - p)) - BOUND_MARGIN
    x, kept = x[near], kept[near]
    if not len(kept):
        return found
    x[:, FUZZY] = fuzzy_features(sentences, left[kept], right[kept])
    found[kept] = m.probabilities(x) >= p
    return found


def shares_content(left: Sequence[str], right: Sequence[str]) -> Probabilities:
    """Probability that ``left[n]`` and ``right[n]`` state the same fact.

    The IDF is learnt from all the sentences given, so pass a whole batch at once. Compare
    with :func:`same_threshold` (same fact) or :func:`related_threshold` (same topic).
    """
    texts = [*left, *right]
    sentences = SentenceSet.of([bag(tokenise(t)) for t in texts], texts)
    n = len(left)
    return score_pairs(sentences, np.arange(n, dtype=np.int64), np.arange(n, 2 * n, dtype=np.int64))


def cross_scores(left: Sequence[str], right: Sequence[str]) -> Probabilities:
    """``shares_content`` for every pair: a ``len(left)`` × ``len(right)`` matrix.

    Each sentence is analysed once, and the IDF is learnt from the two lists as given (two
    whole articles, say), not from a batch in which each sentence repeats once per pair.
    """
    scorer = CrossScorer.of(left, right)
    n, m = len(left), len(right)
    rows = np.repeat(np.arange(n, dtype=np.int64), m)
    columns = np.tile(np.arange(n, n + m, dtype=np.int64), n)
    return score_pairs(scorer.sentences, rows, columns).reshape(n, m)


@dataclass(frozen=True, slots=True)
class CrossScorer:
    """:func:`cross_scores` one left sentence at a time, for callers that need a few rows.

    The IDF is learnt from both lists as given, exactly as for the whole matrix, and each
    pair's features depend on that pair alone, so a row equals the matrix's row. The rows
    of ``left`` and ``right`` are positions in one prepared set of sentences.
    """

    sentences: SentenceSet
    left: range
    right: range

    @classmethod
    def of(cls, left: Sequence[str], right: Sequence[str]) -> CrossScorer:
        """Prepare both lists once."""
        texts = [*left, *right]
        sentences = SentenceSet.of([bag(tokenise(t)) for t in texts], texts)
        return cls(sentences, range(len(left)), range(len(left), len(texts)))

    @classmethod
    def within(cls, pool: SentencePool, left: Sequence[int], right: Sequence[int]) -> CrossScorer:
        """The scorer of two lists of a pool's sentences (positions in ``pool``): the same
        as :meth:`of` their texts, with nothing read again but the IDF of the two lists."""
        chosen = np.array([*left, *right], dtype=np.int64)
        return cls(pool.sentence_set(chosen), range(len(left)), range(len(left), len(chosen)))

    def flipped(self) -> CrossScorer:
        """The scorer of ``right`` against ``left``: the same sentences and IDF (the
        vocabulary is sorted, so every sentence's row is what preparing them anew gives)."""
        return CrossScorer(self.sentences, self.right, self.left)

    def row(self, index: int) -> Probabilities:
        """The probabilities of left sentence ``index`` against every right sentence."""
        rows = np.full(len(self.right), self.left[index], dtype=np.int64)
        columns = np.arange(self.right.start, self.right.stop, dtype=np.int64)
        return score_pairs(self.sentences, rows, columns)


def same_threshold() -> float:
    """The probability from which a pair counts as the same fact."""
    return model().same


def related_threshold() -> float:
    """The probability from which a pair counts as related (same topic, other detail)."""
    return model().related
