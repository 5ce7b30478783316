"""Date clashes on real BASIL triplets run through ``compare()``: two dates clash only when
they date one act. Skipped when the research corpora are not next to the repository."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from comparer.compare import compare
from comparer.model import Article
from evaluation.gold import basil_articles

CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"
pytestmark = pytest.mark.skipif(
    not (CORPORA / "basil").is_dir(), reason=f"BASIL dev corpus not found at {CORPORA}"
)

# Fox: an attorney "blasted the bureau on Monday"; HuffPost: Strzok "was fired late Friday".
STRZOK_FIRED = "2a3fde8a"
# HuffPost and the Times: an interview "published Sunday"; Fox: comments "published Saturday".
GINSBURG_ON_TRUMP = "8385a996"


def dated(triplet: str) -> list[Article]:
    """The triplet's articles, each dated as its corpus record says (as an import would)."""
    folder = next((CORPORA / "basil").glob(f"{triplet}*"))
    articles = basil_articles(CORPORA, folder.name)
    for n, article in enumerate(articles):
        record = json.loads((folder / f"{n + 1}.json").read_text("utf-8"))
        published = date.fromisoformat(record["date"])
        articles[n] = replace(article, meta=replace(article.meta, published=published))
    return articles


def clashes(triplet: str) -> set[str]:
    result = compare(dated(triplet))
    return {d.text for d in result.differences if d.type == "date_conflict"}


def test_dates_of_two_acts_in_linked_sentences_do_not_clash() -> None:
    assert clashes(STRZOK_FIRED) == set()


def test_dates_of_one_act_still_clash() -> None:
    assert {"Sunday", "Saturday"} <= clashes(GINSBURG_ON_TRUMP)
