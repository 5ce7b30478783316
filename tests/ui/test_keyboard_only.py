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
