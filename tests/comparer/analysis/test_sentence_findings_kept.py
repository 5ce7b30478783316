"""A report compared again is not read again: what each sentence alone says (its framing
markers, its quantities) is kept between comparisons, and the findings are the same."""

from __future__ import annotations

from comparer.analysis import analyse
from comparer.analysis.context import _markers_of, _quantities_of
from comparer.model import AlignmentGroup, Member, Relation
from tests.comparer.analysis.conftest import BOTH, MakeArticle

FIRST = "The so-called coalition said 14 civilians were killed in the brutal raid on Saturday."
SECOND = "The coalition claimed 12 people died in the raid, which critics called a massacre."


def test_comparing_again_reads_no_sentence_again(make_article: MakeArticle) -> None:
    a, b = make_article("A", FIRST, "Alpha"), make_article("B", SECOND, "Beta")
    group = AlignmentGroup("g", Relation.REWORDED, 0.6, (Member("A", (0,)), Member("B", (0,))))
    first = analyse((a, b), (group,), BOTH)
    read = _markers_of.cache_info().misses, _quantities_of.cache_info().misses
    again = analyse((a, b), (group,), BOTH)
    assert (_markers_of.cache_info().misses, _quantities_of.cache_info().misses) == read
    assert again == first
    assert first.differences and first.numbers  # something was found to keep
