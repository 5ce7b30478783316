"""The comparison inside the main window: drop files, see columns, move through differences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from tests.ui.conftest import Drop, files
from ui.library.model import ARTICLE_IDS_MIME
from ui.main_window import MainWindow


def shown_keys(window: MainWindow) -> list[str]:
    return [pane.key for pane in window.area.view.panes]


def test_dropping_two_reports_shows_them_compared(
    qtbot: QtBot, library: Library, window: MainWindow, drop_on: Drop, samples: list[Path]
) -> None:
    drop_on(window, files(samples[:2]))
    qtbot.waitUntil(lambda: shown_keys(window) == ["A", "B"], timeout=20000)
    assert window.area.stack.currentIndex() == 1
    assert window.area.panel.model.rowCount() > 0
    texts = window.area.view.texts
    assert "more than 10 civilians" in texts["A"].toPlainText()
    assert "at least 10 civilians" in texts["B"].toPlainText()


def test_keyboard_moves_through_differences_and_scrolls_to_them(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    outcomes = import_all(library, [str(p) for p in samples[:2]])
    window.library_panel.refresh()
    window.resize(1000, 500)
    window.open_articles([o.article_id for o in outcomes if o.article_id])
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=20000)
    panel = window.area.panel
    window.actions_by_name["next"].trigger()
    first = panel.current_difference()
    window.actions_by_name["next"].trigger()
    second = panel.current_difference()
    assert first is not None and second is not None and first != second
    window.actions_by_name["previous"].trigger()
    assert panel.current_difference() == first


def test_dragging_a_library_article_into_the_comparison_adds_it(
    qtbot: QtBot, library: Library, window: MainWindow, drop_on: Drop, samples: list[Path]
) -> None:
    # 001 reports the strike 000 does: it joins without the question another event gets.
    outcomes = import_all(library, [str(p) for p in (samples[0], samples[2], samples[1])])
    window.library_panel.refresh()
    ids = [o.article_id for o in outcomes if o.article_id]
    window.open_articles(ids[:2])
    qtbot.waitUntil(lambda: shown_keys(window) == ["A", "B"], timeout=20000)
    mime = QMimeData()
    mime.setData(ARTICLE_IDS_MIME, str(ids[2]).encode())
    drop_on(window, mime)
    qtbot.waitUntil(lambda: shown_keys(window) == ["A", "B", "C"], timeout=20000)
    assert window.comparisons.article_ids == ids


def test_more_articles_than_columns_keeps_all_in_the_analysis(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], tmp_path: Path
) -> None:
    paths = list(samples)
    for number in range(3):  # distinct copies: each is a separate report of its own
        copy = tmp_path / f"copy{number}.txt"
        copy.write_text(samples[number].read_text(encoding="utf-8") + f"\nCopy {number}.\n")
        paths.append(copy)
    outcomes = import_all(library, [str(p) for p in paths])
    window.library_panel.refresh()
    window.open_articles([o.article_id for o in outcomes if o.article_id])
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=30000)
    assert shown_keys(window) == ["A", "B", "C", "D", "E", "F"]
    assert len(window.area.comparison.articles) == 8
    entries = window.columns_menu.actions()
    entries[0].setChecked(False)  # hide A
    entries[7].setChecked(True)  # show H
    assert shown_keys(window) == ["B", "C", "D", "E", "F", "H"]
    for hidden in (1, 2, 3, 4):  # B, C, D, E
        window.columns_menu.actions()[hidden].setChecked(False)
    assert shown_keys(window) == ["F", "H"]
    window.columns_menu.actions()[5].setChecked(False)  # would leave one column: refused
    assert shown_keys(window) == ["F", "H"]
    assert window.columns_menu.actions()[5].isChecked()


def test_same_kind_navigation_stays_within_the_kind(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    outcomes = import_all(library, [str(p) for p in samples[:2]])
    window.open_articles([o.article_id for o in outcomes if o.article_id])
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=20000)
    panel = window.area.panel
    window.actions_by_name["next"].trigger()
    first = panel.current_difference()
    assert first is not None
    seen = []
    for _ in range(4):
        window.actions_by_name["next_same_kind"].trigger()
        seen.append(panel.current_difference())
    window.actions_by_name["previous_same_kind"].trigger()
    assert all(d is not None and d.kind == first.kind for d in seen)
    assert panel.current_difference() == seen[-2]
