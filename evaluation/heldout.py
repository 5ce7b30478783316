"""``python -m evaluation.heldout CORPORA_DIR [GOLD_DIR]``: the aligner on gold never tuned on.

The first twelve gold triplets (:data:`evaluation.gold.FIRST_BATCH`) trained the shipped
pair scorer and chose the aligner's settings. Triplets annotated later, blind (before the
engine's output on them was seen), tell what unseen gold will say. Printed, each as must
recall, link precision and must precision pooled over triplets (as :mod:`basil_gold`):

- ``shipped``: the shipped engine, as it is, on the later triplets;
- ``first_only``: the scorer retrained on the first batch alone, on the later triplets
  (the shipped scorer until it is retrained on more gold);
- ``crossfit``: the scorer trained on the first batch plus every other later triplet,
  measured on the later triplets it did not see, and the other way round, pooled: whether
  more gold helps on gold the scorer has not seen (compare with ``first_only``).

Only the scorer is retrained; the aligner's settings stay as shipped in every row.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from comparer.align.scorer import scoring_with
from evaluation import gold
from evaluation.basil_gold import rates, tallies
from evaluation.train_scorer import Data, Triplets, ecb_data, train


def trained_on(ecb: Data, learnt: Triplets, measured: Triplets) -> Counter[str]:
    """Pooled link counts on ``measured`` with the scorer trained on ``learnt``."""
    model, _ = train(ecb, learnt)
    with scoring_with(model):
        counts, _ = tallies(measured)
    return counts


def crossfit(ecb: Data, first: Triplets, later: Triplets) -> Counter[str]:
    """Counts on each half of ``later``, trained on ``first`` and the other half, pooled."""
    one, two = later[0::2], later[1::2]
    return trained_on(ecb, first + one, two) + trained_on(ecb, first + two, one)


def figures(root: Path, folder: Path = gold.HERE / "basil") -> dict[str, dict[str, float]]:
    """The three rows of the module docstring (empty when no later triplet is present)."""
    first, later = gold.batches(gold.load(root, folder))
    if not later:
        return {}
    ecb = ecb_data(root)
    rows = {
        "shipped": tallies(later)[0],
        "first_only": trained_on(ecb, first, later),
        "crossfit": crossfit(ecb, first, later),
    }
    return {n: {**rates(c), "gold_must": float(c["must"])} for n, c in rows.items()}


def main(argv: list[str]) -> int:
    """Print every row's figures (the gold of the folder ``argv[1]``, if given)."""
    folders = [Path(a) for a in argv[1:2]]
    for row, found in figures(Path(argv[0]), *folders).items():
        for name in ("must_recall", "link_precision", "must_precision", "must_found"):
            print(f"{row}.{name}: {found[name]:.4f}")
        print(f"{row}.links: {found['engine_links']:.0f} (gold must {found['gold_must']:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
