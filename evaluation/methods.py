"""Compare the sentence-similarity methods on MSRP: the measurement behind the default.

``python -m evaluation.methods CORPORA_DIR`` prints, for each method of
:class:`comparer.align.similarity.Method`, the ROC AUC (threshold-free), the best accuracy
over thresholds with that threshold, accuracy/F1 at the aligner's threshold, and the time
it took. The best threshold found here is what the aligner's constant was set from; the
held-out split is then scored with it unchanged.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from comparer.align.aligner import REWORDED_THRESHOLD
from comparer.align.similarity import Method
from evaluation import msrp


def auc(scores: NDArray[np.float32], gold: NDArray[np.bool_]) -> float:
    """Probability that a random positive scores above a random negative."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = int(gold.sum())
    neg = len(gold) - pos
    return float((ranks[gold].sum() - pos * (pos + 1) / 2) / max(pos * neg, 1))


def best_threshold(scores: NDArray[np.float32], gold: NDArray[np.bool_]) -> tuple[float, float]:
    """The threshold with the best accuracy, and that accuracy."""
    grid = np.linspace(0.05, 0.95, 91)
    accs = [float(np.mean((scores >= t) == gold)) for t in grid]
    i = int(np.argmax(accs))
    return float(grid[i]), accs[i]


def main(argv: list[str]) -> None:
    """Print one line per method."""
    data = msrp.load(Path(argv[0]))
    if data is None:
        raise SystemExit("no msrp folder")
    left, right, gold = data
    print("method      auc    best_t  best_acc  acc@T  f1@T   seconds")
    for method in Method:
        t0 = time.perf_counter()
        s = msrp.scores(left, right, method)
        spent = time.perf_counter() - t0
        t, acc = best_threshold(s, gold)
        at = msrp.metrics(s >= REWORDED_THRESHOLD, gold)
        print(
            f"{method.value:10}  {auc(s, gold):.3f}  {t:.2f}    {acc:.3f}     "
            f"{at['accuracy']:.3f}  {at['f1']:.3f}  {spent:.2f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
