"""A reader without a mouse: Tab walks from the library through the comparison and the
tabs below and never stays trapped in a table; a key difference is picked in the Summary
with the arrow keys and Enter, and the Differences table is left with Tab as it was entered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from comparer.storage import Library
from tests.ui.test_sessions_window import WAIT, compared
from ui.compare.column import ArticleText
from ui.main_window import MainWindow


def tab_through(qtbot: QtBot, start: QWidget, presses: int = 30) -> list[QWidget]:
    """The widgets Tab gives the focus to, from ``start`` on."""
    start.setFocus()
    reached = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return reached


def test_tab_reaches_the_comparison_and_the_summary_from_the_library(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    compared(qtbot, library, window, samples)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    area = window.area
    reached = tab_through(qtbot, window.library_panel.filter_edit)
    assert window.library_panel.table in reached
    assert area.summary.list in reached
    assert area.view.panes[0].text in reached and area.view.panes[1].text in reached

    area.summary.list.setFocus()
    area.summary.list.setCurrentRow(-1)
    qtbot.keyClick(area.summary.list, Qt.Key.Key_Down)
    qtbot.keyClick(area.summary.list, Qt.Key.Key_Return)
    picked = area.picked_key_explanation()
    assert picked is not None and area.summary.row_of(picked) == area.summary.list.currentRow()

    area.set_tab_index(area.tabs.indexOf(area.panel))
    after_table = tab_through(qtbot, area.panel.table, presses=3)
    assert after_table[0] is area.panel.table and after_table[1] is not area.panel.table


def test_every_menu_item_has_a_letter_to_reach_it_by(window: MainWindow) -> None:
    def items(actions: list[QAction]) -> list[QAction]:
        found = []
        for action in actions:
            if action.isSeparator():
                continue
            found.append(action)
            menu = action.menu()
            if menu is not None:
                found += items(menu.actions())
        return found

    every = items(window.menuBar().actions())
    assert len(every) > 30
    assert [a.text() for a in every if "&" not in a.text()] == []


def test_tab_reaches_the_columns_above_before_the_tabs_below(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    """The columns were appended to the focus chain when built, after the tabs below."""
    compared(qtbot, library, window, samples)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    area = window.area
    reached = tab_through(qtbot, window.library_panel.table, presses=12)
    columns = [reached.index(pane.text) for pane in area.view.panes]
    assert columns == sorted(columns)
    assert columns[-1] < reached.index(area.tabs.tabBar()) < reached.index(area.summary.list)


def down_to_a_later_sentence(qtbot: QtBot, text: ArticleText) -> None:
    """Press Down in a column until its caret sits in a sentence past the first."""
    for _ in range(40):
        if (text.sentence_at_cursor() or 0) > 0:
            return
        qtbot.keyClick(text, Qt.Key.Key_Down)
    raise AssertionError("the arrow keys never left the first sentence")


def test_sentences_are_linked_with_the_keyboard_alone(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    """The arrow keys move a caret through a column, so a sentence past the first can be
    picked; after the comparison is redone the reader stays in the column they were in."""
    compared(qtbot, library, window, samples)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and not window.runner.is_busy(), timeout=WAIT)
    first, second = (pane.text for pane in window.area.view.panes)
    first.setFocus()
    down_to_a_later_sentence(qtbot, first)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second
    down_to_a_later_sentence(qtbot, second)
    picked = window.area.picked_sentences()
    assert [key for key, _ in picked] == ["B", "A"] and all(index > 0 for _, index in picked)
    caret = second.textCursor().position()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(second, Qt.Key.Key_L, keys)
    qtbot.waitUntil(lambda: window.area.view.texts["B"] is not second, timeout=WAIT)
    session = window.session.session
    assert session is not None and len(session.links) == 1
    now = window.area.view.texts["B"]
    assert QApplication.focusWidget() is now
    assert now.textCursor().position() == caret


def test_ctrl_f_finds_in_the_reports_from_anywhere_in_the_window(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    """Ctrl+F opened the find bar only from inside a column, and no menu offered it."""
    find = window.actions_by_name["find"]
    assert not find.isEnabled()  # no comparison yet: nothing to search
    compared(qtbot, library, window, samples)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    assert find.isEnabled() and "&" in find.text()
    bar = window.area.find_bar
    for start in (window.library_panel.table, window.area.summary.list):
        start.setFocus()
        qtbot.keyClick(start, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert bar.isVisible() and QApplication.focusWidget() is bar.edit
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
        assert not bar.isVisible()
