"""The compare() entry point: keys, progress and cancellation, and the analysis hook."""

from __future__ import annotations

import pytest

from comparer.analyser import AnalysisResult
from comparer.compare import ENGINE_VERSION, article_key, compare
from comparer.model import (
    AlignmentGroup,
    ComparedArticle,
    Difference,
    Event,
    Kind,
    NumberRow,
)
from comparer.progress import Cancelled, Progress
from tests.comparer.align.conftest import ArticleMaker

TEXT = "Heavy rain flooded the old market in Aleppo on Monday, destroying forty shops."


@pytest.mark.parametrize(
    ("position", "key"), [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB")]
)
def test_article_keys(position: int, key: str) -> None:
    assert article_key(position) == key


def test_keys_follow_input_order(make_article: ArticleMaker) -> None:
    articles = [make_article(TEXT, i) for i in (7, 3, 5)]
    result = compare(articles)
    assert [(c.key, c.article.id) for c in result.articles] == [("A", 7), ("B", 3), ("C", 5)]
    assert result.engine_version == ENGINE_VERSION


def test_progress_is_reported_and_cancel_stops(make_article: ArticleMaker) -> None:
    seen: list[float] = []
    compare([make_article(TEXT, 1)], progress=Progress(report=lambda d, m: seen.append(d)))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        compare([make_article(TEXT, 1)], progress=Progress(cancelled=lambda: True))


def test_analysers_receive_the_alignment_and_add_their_findings(make_article: ArticleMaker) -> None:
    calls: list[tuple[int, int, int]] = []

    def analyser(
        articles: tuple[ComparedArticle, ...],
        groups: tuple[AlignmentGroup, ...],
        events: tuple[Event, ...],
        progress: Progress,
    ) -> AnalysisResult:
        progress.step(0.5, "halfway")
        calls.append((len(articles), len(groups), len(events)))
        omission = Difference(
            Kind.OMISSION, "only_here", None, "A", 0, 5, "Heavy", None, "test", False
        )
        row = NumberRow("E1", "shops", "destroyed", (), conflict=False)
        return AnalysisResult((omission,), (row,))

    result = compare([make_article(TEXT, 1), make_article(TEXT, 2)], analysers=[analyser])
    assert calls == [(2, 1, 1)]
    assert [d.kind for d in result.differences] == [Kind.OMISSION]
    assert [n.thing for n in result.numbers] == ["shops"]


def test_unmatched_sentences_are_carried_on_the_comparison(make_article: ArticleMaker) -> None:
    shared = "Heavy rain flooded the old market in Aleppo on Monday, destroying forty shops."
    extra = "The governor promised compensation to every shop owner before the winter."
    result = compare([make_article(shared, 1), make_article(f"{shared} {extra}", 2)])
    assert dict(result.unmatched) == {"A": (), "B": (1,)}
