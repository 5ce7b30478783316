"""A bookmark is named by its passage cut between words, with "…": cut at the 60th
character it read "…after airstrike hits villa". The Notes list names passages so too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from ui.main_window import MainWindow
from ui.session.short_label import short_label

STRIKE = (
    "Syrian government calls on U.N. to end coalition crimes after airstrike hits village "
    "near the Iraqi border"
)


@pytest.mark.parametrize(
    ("text", "limit", "label"),
    [
        (STRIKE, 60, "Syrian government calls on U.N. to end coalition crimes…"),
        (STRIKE, 30, "Syrian government calls on…"),
        (STRIKE, 19, "Syrian government…"),  # the cut falls just after a word
        ("Syrian government, calls on", 20, "Syrian government…"),  # no dangling comma
        ("Short passage,\n  on two lines", 60, "Short passage, on two lines"),
        ("https://example.com/a-long-link-without-spaces", 20, "https://example.com…"),
        # whole words would leave one word of a long label: the long word is cut (review)
        ("x — " + "y" * 70, 60, "x — " + "y" * 55 + "…"),
        # a long word is cut between whole letters: no accent or skin tone left alone
        ("x — " + "e\u0301" * 40, 20, "x — " + "e\u0301" * 7 + "…"),
        ("x — " + "\U0001f44b\U0001f3fd" * 20, 20, "x — " + "\U0001f44b\U0001f3fd" * 7 + "…"),
    ],
)
def test_a_label_is_cut_between_words(text: str, limit: int, label: str) -> None:
    assert short_label(text, limit) == label


def test_a_bookmarked_sentence_is_labelled_in_whole_words(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples[:2]])]
    window.open_articles([i for i in ids if i is not None])
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=30_000)
    column = window.area.view.texts["A"]
    column.setFocus()
    qtbot.keyClick(column, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.area.picked_sentences() == [("A", 0)]  # nothing selected in the table
    article = window.area.view.index.articles["A"]  # type: ignore[union-attr]
    first = article.sentences[0]
    passage = " ".join(article.text[first.start : first.end].split())
    assert len(passage) > 60  # the test's premise: a passage to cut
    window.actions_by_name["bookmark"].trigger()
    session = window.session.session
    assert session is not None
    [bookmark] = session.bookmarks
    label = bookmark.label
    assert label.endswith("…") and len(label) <= 60
    kept = label.removesuffix("…")
    assert passage.startswith(kept) and passage[len(kept)] == " ", (label, passage)
    window.area.tabs.setCurrentWidget(window.notes_view)
    shown = window.notes_view.model
    cells = [shown.index(0, c).data() for c in range(shown.columnCount())]
    assert label in cells
