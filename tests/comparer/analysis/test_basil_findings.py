"""Findings on real BASIL triplets (dev split) that a journalist checked by hand (issue 13).

The engine runs on the three articles as the importer splits them; each case names its
sentence by a distinctive substring. Skipped when the research corpora are not next to the
repository.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from comparer.compare import compare
from comparer.model import Comparison, Kind
from evaluation.gold import basil_articles

CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"
pytestmark = pytest.mark.skipif(
    not (CORPORA / "basil").is_dir(), reason=f"BASIL dev corpus not found at {CORPORA}"
)

MATTIS = "01c59743-7082-44fc-8414-3c04126f470f"
SHUTDOWN = "1e41e98b-9ac1-441d-b2c2-19d8f730c74a"
SCALISE = "58f414e5-a122-49f5-819e-512d91069da5"


@cache
def compared(triplet: str) -> Comparison:
    """The triplet compared with each report's date, as the window imports its files."""
    articles = []
    for n, article in enumerate(basil_articles(CORPORA, triplet), start=1):
        data = json.loads((CORPORA / "basil" / triplet / f"{n}.json").read_text("utf-8"))
        meta = replace(article.meta, published=date.fromisoformat(data["date"]))
        articles.append(replace(article, meta=meta))
    return compare(articles)


def omitted(c: Comparison, key: str) -> list[str]:
    return [d.text for d in c.differences if d.kind is Kind.OMISSION and d.article == key]


def test_a_quoted_date_another_report_writes_short_is_no_omission() -> None:
    # Fox quotes "The end date for my tenure is February 28, 2019, ..."; HPO writes
    # "his final day in office will be Feb. 28."
    assert not [t for t in omitted(compared(MATTIS), "A") if "February 28" in t]


def test_troops_to_withdraw_are_figures_to_compare() -> None:
    # Fox: "pull all 2,000 troops out of Syria"; NYT: "withdraw roughly 2,000 American
    # troops from Syria": nothing happens to them yet, they are still counted.
    rows = [r for r in compared(MATTIS).numbers if not r.background]
    assert [(r.thing, r.conflict) for r in rows] == [("soldiers", False)]
    written = {(f.article, f.text) for f in rows[0].figures}
    assert {("A", "2,000 troops"), ("B", "roughly 2,000 American troops")} <= written


def test_headcounts_of_one_event_are_not_compared_across_it() -> None:
    # Fox's "30 or 40 members" (the practice team), NYT's "four people" and HPO's "Six
    # people" count different people of one shooting: no conflict.
    c = compared(SCALISE)
    assert not [d.text for d in c.differences if d.kind is Kind.NUMBER and d.type == "conflict"]
    assert not [r.thing for r in c.numbers if r.conflict and not r.outcome]


def test_a_quotation_over_several_omitted_sentences_is_one_omission() -> None:
    # The Times quotes Mr. Trump's tweet in two sentences no other report carries.
    c = compared(SHUTDOWN)
    quote = "“This was in no way a concession. It was taking care of millions of people"
    found = [d for d in c.differences if d.kind is Kind.OMISSION and quote[:34] in d.text]
    assert [(d.type, d.text.startswith(quote)) for d in found] == [("quote", True)]
    assert not [d for d in c.differences if d.kind is Kind.OMISSION and d.text.startswith("It was")]


def test_a_polls_sample_is_no_row_of_the_numbers_table() -> None:
    # Fox (7 Apr 2011): "a March 31-April 4 survey of 1,000 adults" is whom the poll asked
    rows = compared("005a2961-0c2e-4575-8eec-770ba52a08e0").numbers
    assert not [f.text for r in rows for f in r.figures if "1,000" in f.text]
