"""MSRP: would the aligner link these two sentences? Accuracy and F1 against the gold label.

``accuracy``/``f1``: each pair is scored by the shipped pair scorer
(:func:`comparer.align.scorer.shares_content`, not trained on MSRP) at its own "same"
threshold, never tuned on the file being scored. ``best_threshold_accuracy`` is the most
the shipped scorer reaches on the file at any one threshold (``best_threshold``): the
threshold is read off the labels, so it only says how much of the gap to the floor a
threshold could close, and chooses nothing shipped (on the train split, 4,076 pairs:
0.712 at 0.83, against 0.695 at the shipped "same" of 0.264; the aligner's "same" is low
because a link must also be the best match either way, which a lone pair never faces).
``cosine_accuracy`` is the old TF-IDF cosine at its old threshold, for comparison.
``cv_accuracy_msrp_trained`` is what the same features reach when the regression is fitted
on MSRP itself (5-fold out-of-fold, threshold from the training folds): a measurement
only, those coefficients are never shipped (MSRP's licence is for research). The IDF
comes from the file's sentences, unlabelled.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from comparer.align.aligner import REWORDED_THRESHOLD
from comparer.align.normalise import tokenise
from comparer.align.scorer import same_threshold, shares_content
from comparer.align.similarity import DEFAULT_METHOD, Method, bag, pair_scores
from evaluation.train_scorer import best_threshold, features_of, fit

NAME = "msrp"


def load(root: Path) -> tuple[list[str], list[str], NDArray[np.bool_]] | None:
    """The two sentence columns and the labels, or None without the corpus."""
    path = root / "msrp" / "pairs.tsv"
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_MINIMAL))
    labels = np.array([r["label"] == "1" for r in rows])
    return [r["sentence1"] for r in rows], [r["sentence2"] for r in rows], labels


def scores(left: list[str], right: list[str], method: Method) -> NDArray[np.float32]:
    """The aligner's score for each pair with the given method."""
    return pair_scores([bag(tokenise(s)) for s in left], [bag(tokenise(s)) for s in right], method)


def metrics(predicted: NDArray[np.bool_], gold: NDArray[np.bool_]) -> dict[str, float]:
    """Accuracy and F1 of the positive class."""
    tp = float(np.sum(predicted & gold))
    precision = tp / max(float(predicted.sum()), 1.0)
    recall = tp / max(float(gold.sum()), 1.0)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"accuracy": float(np.mean(predicted == gold)), "f1": f1}


def msrp_trained_cv(left: list[str], right: list[str], gold: NDArray[np.bool_]) -> float:
    """Out-of-fold accuracy of the scorer's features fitted on MSRP folds (never shipped)."""
    x = features_of(list(zip(left, right, strict=True)))
    fold = np.random.default_rng(0).permutation(len(gold)) % 5
    right_calls = 0
    for k in range(5):
        train = fold != k
        model = fit(x[train], gold[train])
        threshold, _ = best_threshold(model.probabilities(x[train]), gold[train])
        right_calls += int(np.sum((model.probabilities(x[~train]) >= threshold) == gold[~train]))
    return right_calls / len(gold)


def evaluate(root: Path) -> dict[str, float] | None:
    """Accuracy and F1 of the shipped scorer, the old cosine and the MSRP-trained features."""
    data = load(root)
    if data is None:
        return None
    left, right, gold = data
    p = shares_content(left, right)
    figures = metrics(p >= same_threshold(), gold)
    figures["best_threshold"], figures["best_threshold_accuracy"] = best_threshold(p, gold)
    cosine = metrics(scores(left, right, DEFAULT_METHOD) >= REWORDED_THRESHOLD, gold)
    figures["cosine_accuracy"] = cosine["accuracy"]
    figures["cv_accuracy_msrp_trained"] = msrp_trained_cv(left, right, gold)
    return figures
