"""The library's item models obey Qt's model contract and carry article ids when dragged."""

from __future__ import annotations

from datetime import date, datetime

from pytestqt.modeltest import ModelTester

from comparer.model import ArticleSummary
from ui.library_model import ARTICLE_IDS_MIME, LibraryFilter, LibraryModel

ROWS = [
    ArticleSummary(
        1, "Airstrike hits village", "SANA", date(2017, 11, 12), "a.txt", datetime(2026, 1, 1)
    ),
    ArticleSummary(2, "Coalition denies strike", "Press TV", None, "b.txt", datetime(2026, 1, 2)),
]


def test_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = LibraryModel()
    model.set_articles(ROWS)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    proxy.set_query("press", set())
    qtmodeltester.check(proxy)


def test_filter_keeps_title_matches_and_search_hits() -> None:
    model = LibraryModel()
    model.set_articles(ROWS)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    proxy.set_query("village", set())
    assert proxy.rowCount() == 1
    proxy.set_query("nothing-in-titles", {2})
    assert proxy.index(0, 0).data() == "Coalition denies strike"


def test_dragging_rows_carries_their_ids() -> None:
    model = LibraryModel()
    model.set_articles(ROWS)
    mime = model.mimeData([model.index(0, 0), model.index(1, 2)])
    assert bytes(mime.data(ARTICLE_IDS_MIME).data()).decode() == "1,2"
