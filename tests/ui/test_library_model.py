"""The library's item model: Qt's model contract, and rows read from a real library file."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from comparer.model import Extracted, Metadata, Sentence
from comparer.storage import Library
from comparer.storage.listing import Listing
from ui.library import model as library_model
from ui.library.model import ARTICLE_IDS_MIME, LibraryModel
from ui.library.panel import LibraryPanel

ARTICLES = (
    ("Airstrike hits village", "SANA", date(2017, 11, 12)),
    ("coalition denies strike", "Press TV", None),
    ("Bombing in Idlib market", "Reuters", date(2017, 4, 4)),
)


def article(title: str, outlet: str, published: date | None) -> Extracted:
    text = f"{title}. Reported by {outlet}."
    original = text.encode()
    return Extracted(
        source=f"{title}.txt",
        media_type="text/plain",
        original=original,
        content_hash=hashlib.sha256(original).hexdigest(),
        meta=Metadata(title=title, outlet=outlet, published=published),
        text=text,
        removed=(),
        captions=(),
        sentences=(Sentence(0, 0, len(text), text),),
    )


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "library.sqlite3") as opened:
        opened.add_many([article(*a) for a in ARTICLES])
        yield opened


@pytest.fixture
def model(library: Library) -> LibraryModel:
    made = LibraryModel(Listing(library))
    made.reload()
    return made


def wire_reports(library: Library, count: int, title: str = "Report") -> None:
    """Store ``count`` wire reports titled "Report 000", "Report 001", ..."""
    library.add_many([article(f"{title} {n:03d}", "Wire", None) for n in range(count)])


def titles(model: LibraryModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, model: LibraryModel) -> None:
    qtmodeltester.check(model)
    model.set_filter(["press"], "press")
    qtmodeltester.check(model)


def test_rows_come_in_import_order_and_sort_by_any_column(model: LibraryModel) -> None:
    assert titles(model) == [a[0] for a in ARTICLES]
    model.sort(0)
    assert titles(model) == [
        "Airstrike hits village",
        "Bombing in Idlib market",
        "coalition denies strike",
    ]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data() for r in range(3)] == ["SANA", "Reuters", "Press TV"]
    model.sort(2)
    assert [model.index(r, 2).data() for r in range(3)] == ["no date", "2017-04-04", "2017-11-12"]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 2).data() for r in range(3)] == ["2017-11-12", "2017-04-04", "no date"]


def test_sorting_keeps_the_selected_article_under_its_index(model: LibraryModel) -> None:
    kept = QPersistentModelIndex(model.index(0, 0))  # "Airstrike hits village"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert (kept.row(), kept.data()) == (0, "Airstrike hits village")
    model.sort(1)
    assert (kept.row(), kept.data()) == (2, "Airstrike hits village")


def test_filter_keeps_title_or_outlet_matches_and_text_matches(model: LibraryModel) -> None:
    model.set_filter(["VILLAGE"])
    assert titles(model) == ["Airstrike hits village"]
    model.set_filter(["reut"])
    assert titles(model) == ["Bombing in Idlib market"]
    model.set_filter(["Reported", "TV"], "Reported Press")  # titles say neither; texts do
    assert titles(model) == ["coalition denies strike"]
    assert "«Reported»" in model.index(0, 0).data(library_model.SNIPPET_ROLE)
    assert "«Press»" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    model.set_filter(["100%_"])
    assert titles(model) == []


def test_arrivals_are_inserted_where_they_belong_without_a_reset(
    library: Library, model: LibraryModel
) -> None:
    model.sort(0)
    resets: list[bool] = []
    inserted: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))
    library.add_many([article("Ambulance convoy reaches town", "AFP", None), article(*ARTICLES[0])])
    model.add_arrivals()
    assert (resets, inserted) == ([], [1])
    assert titles(model)[1] == "Ambulance convoy reaches town"
    assert model.rows_of([4, 2, 99]) == {4: 1, 2: 3}


def test_many_rows_are_read_a_page_at_a_time(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_model, "PAGE", 7)
    wire_reports(library, 40)
    model = LibraryModel(Listing(library))
    model.reload()
    assert model.rowCount() == 43
    assert model.index(42, 0).data() == "Report 039"
    assert model.index(20, 0).data() == "Report 017"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in (0, 8, 42)] == [
        "Report 039",
        "Report 031",
        "Airstrike hits village",
    ]


def test_dragging_rows_carries_their_ids(model: LibraryModel) -> None:
    mime = model.mimeData([model.index(0, 0), model.index(1, 2), QModelIndex()])
    assert bytes(mime.data(ARTICLE_IDS_MIME).data()).decode() == "1,2"


def test_a_filter_listing_many_is_counted_further_as_the_list_scrolls(
    library: Library, monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester
) -> None:
    monkeypatch.setattr(library_model, "FIRST_COUNT", 5)
    wire_reports(library, 40)
    model = LibraryModel(Listing(library))
    model.reload()
    assert (model.rowCount(), model.canFetchMore(QModelIndex())) == (43, False)  # unfiltered
    model.set_filter(["report"])
    assert (model.rowCount(), model.complete, model.total) == (5, False, 43)
    counts = []
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        counts.append(model.rowCount())
    assert counts == [10, 20, 40]  # twice as far each time, until the count ends short
    assert model.complete
    assert titles(model) == [f"Report {n:03d}" for n in range(40)]
    tested = LibraryModel(Listing(library))
    tested.set_filter(["report"])
    qtmodeltester.check(tested)  # the tester asks for more rows itself, each step checked
    assert titles(tested) == [f"Report {n:03d}" for n in range(tested.rowCount())]


def test_arrivals_past_the_rows_counted_wait_for_the_count(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_model, "FIRST_COUNT", 5)
    wire_reports(library, 10)
    model = LibraryModel(Listing(library))
    model.set_filter(["report"])
    model.sort(0)
    library.add_many([article("Report 002b", "Wire", None), article("Report 999", "Wire", None)])
    assert model.total == 13
    model.add_arrivals()
    assert titles(model) == [f"Report {n}" for n in ("000", "001", "002", "002b", "003", "004")]
    assert model.total == 15  # the library's total follows arrivals without a recount
    assert model.rows_of([1, 4, 15]) == {4: 0}  # 15 ("Report 999") is not counted yet
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert titles(model)[-1] == "Report 999" and model.rowCount() == 12


def test_the_panel_says_when_it_has_not_counted_every_match_yet(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_model, "FIRST_COUNT", 20)  # more rows than the view shows
    wire_reports(library, 100, "Dispatch")
    panel = LibraryPanel(library)
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.count_label.text() == "103 articles"
    panel.filter_edit.setText("dispatch")
    qtbot.waitUntil(lambda: panel.count_label.text() != "103 articles")
    assert panel.count_label.text() == "20+ of 103 articles"
    for _ in range(5):  # the reader scrolls to the end of the list, again and again
        panel.table.scrollToBottom()
        qtbot.wait(10)
    assert panel.count_label.text() == "100 of 103 articles"
    assert panel.model.index(99, 0).data() == "Dispatch 099"


def test_the_panel_counts_one_article_in_the_singular(qtbot: QtBot, tmp_path: Path) -> None:
    """A first import read "1 articles" under the list."""
    with Library.open(tmp_path / "new.sqlite3") as fresh:
        panel = LibraryPanel(fresh)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.count_label.text() == "0 articles"
        fresh.add(article("Report 000", "Wire", None))
        panel.refresh()
        assert panel.count_label.text() == "1 article"
        fresh.add(article("Report 001", "Wire", None))
        panel.refresh()
        panel.filter_edit.setText("000")
        qtbot.waitUntil(lambda: panel.count_label.text() == "1 of 2 articles")
