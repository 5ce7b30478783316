"""MSRP: would the aligner link these two sentences? Accuracy and F1 against the gold label.

Each pair is scored with the aligner's own similarity and its own fixed "same claim"
threshold (:data:`comparer.align.aligner.REWORDED_THRESHOLD`, chosen once on the
development split, never tuned on the file being scored). The IDF comes from the file's
sentences, unlabelled, as it would come from the reports being compared.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from comparer.align.aligner import REWORDED_THRESHOLD
from comparer.align.normalise import analyse
from comparer.align.similarity import DEFAULT_METHOD, Method, bag, pair_scores

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
    return pair_scores([bag(analyse(s)) for s in left], [bag(analyse(s)) for s in right], method)


def metrics(predicted: NDArray[np.bool_], gold: NDArray[np.bool_]) -> dict[str, float]:
    """Accuracy and F1 of the positive class."""
    tp = float(np.sum(predicted & gold))
    precision = tp / max(float(predicted.sum()), 1.0)
    recall = tp / max(float(gold.sum()), 1.0)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"accuracy": float(np.mean(predicted == gold)), "f1": f1}


def evaluate(root: Path) -> dict[str, float] | None:
    """Accuracy and F1 of the default method at the aligner's threshold."""
    data = load(root)
    if data is None:
        return None
    left, right, gold = data
    return metrics(scores(left, right, DEFAULT_METHOD) >= REWORDED_THRESHOLD, gold)
