"""The aligner on real BASIL triplets (dev split): must links of the gold, and its floor.

Each case is a must link of the hand-made gold (``evaluation/gold/basil``), named by the
same kind of distinctive substrings; the engine runs on the articles as the importer
splits them. Skipped when the research corpora are not next to the repository.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.compare import compare
from comparer.model import Comparison
from evaluation import basil_gold
from evaluation.gold import basil_articles, batches, load, locate

CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"
pytestmark = pytest.mark.skipif(
    not (CORPORA / "basil").is_dir(), reason=f"BASIL dev corpus not found at {CORPORA}"
)

NETANYAHU_AD = "b4dbeda7-a1f3-4711-ae77-db23809d1ed2"
TRUMP_ON_CLINTON = "0c78e748-efbf-417c-a8c1-beeb6480147f"
CHRISTIE_SUBPOENAS = "d1344998-0e7c-409e-aaad-df5be687fc94"


def linked(c: Comparison, left: tuple[int, str], right: tuple[int, str]) -> bool:
    """Whether one group holds the sentence of each article containing its substring."""
    wanted = {(c.articles[n].key, locate(c.articles[n].article, text)) for n, text in (left, right)}
    return any(wanted <= {(m.article, s) for m in g.members for s in m.sentences} for g in c.groups)


def compared(triplet: str, files: tuple[int, int]) -> Comparison:
    articles = basil_articles(CORPORA, triplet)
    return compare([articles[n - 1] for n in files], analysers=())


@pytest.mark.parametrize(
    ("triplet", "files", "left", "right"),
    [
        # Short quotes share one content word: one shared key is enough to be scored.
        (NETANYAHU_AD, (2, 3), "Wait until when?", "Wait until when?"),
        (TRUMP_ON_CLINTON, (2, 3), "Very unfair,” Trump said", "It’s very unfair.”"),
        # The campaign's confirmation sits next to a matched pair in both reports.
        (CHRISTIE_SUBPOENAS, (2, 3), "Mark Sheridan, the attorney", "All three subpoenas"),
    ],
)
def test_a_must_link_of_the_gold_is_drawn(
    triplet: str, files: tuple[int, int], left: str, right: str
) -> None:
    assert linked(compared(triplet, files), (0, left), (1, right))


def test_the_dev_gold_keeps_its_recall_at_the_precision_floor() -> None:
    """Issue 12 asks 0.7 at 0.8; this guards what is reached on the first twelve triplets
    (0.551 before, 0.585 at 0.860 in groups alone, 0.616 at 0.841 with also links) and on
    the later ones, which nothing was tuned on (against the adjudicated gold 0.455 at 0.920,
    with also links 0.474 at 0.907)."""
    first, later = batches(load(CORPORA))
    reached = {"first": (first, 0.61, 0.83), "later": (later, 0.47, 0.9)}
    for name, (loaded, recall, precision) in reached.items():
        figures = basil_gold.score(loaded)
        assert figures is not None, name
        assert figures["must_recall"] >= recall, name
        assert figures["link_precision"] >= precision, name
