"""A quotation told over several sentences that no other report carries is one omission,
typed by what it holds: the synthetic twin of the BASIL check, which needs the corpora."""

from __future__ import annotations

import pytest

from comparer.analysis import analyse
from comparer.model import Kind
from tests.comparer.analysis.conftest import BOTH, MakeArticle

COMMON = "The mayor of Springfield opened the new bridge over the river on Friday morning."
OTHER = "Traffic was heavy on the old roads across the whole town all week."
QUOTE = "“We waited years for this crossing to open at last. It took {} over the winter,”"


@pytest.mark.parametrize(
    ("cost", "kind", "lead"),
    [
        ("the lives of 12 workers who built it", "figure", "Figure"),  # keeps a figure's rank
        ("the patience of everyone who crossed by ferry", "quote", "Quotation"),
    ],
)
def test_a_quotation_over_omitted_sentences_is_one_omission_of_its_kind(
    make_article: MakeArticle, cost: str, kind: str, lead: str
) -> None:
    quote = QUOTE.format(cost)
    a = make_article("A", f"{COMMON} {quote} the mayor told the crowd.", "Alpha")
    b = make_article("B", f"{COMMON} {OTHER}", "Beta")
    found = analyse((a, b), (), BOTH).differences
    omitted = [(d.article, d.type, d.text, d.explanation) for d in found if d.kind is Kind.OMISSION]
    assert omitted == [
        ("A", kind, quote, f"{lead} only in A (Alpha); not in B (Beta)."),
        ("B", "sentence", OTHER, "Only in B (Beta); not in A (Alpha)."),
    ]
