"""Seeds 000/001 (one strike, two outlets): the engine's links against their hand-made gold.

The same figures as :mod:`evaluation.basil_gold` on the bundled seed reports, imported as a
user would import them. ``must_found`` against ``gold_must`` is the floor of issue 12: every
must link found, the rule-of-law pair ("claim to value" / "claim to be concerned about")
among them. The seeds ship in ``resources/samples``, so this runs on any corpora root.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.basil_gold import score
from evaluation.gold import load_seeds

NAME = "seeds_gold"


def evaluate(root: Path) -> dict[str, float] | None:
    """Must-link recall and link precision on the seed reports (``root`` is not needed)."""
    del root  # the seeds are part of the repository
    return score(load_seeds())
