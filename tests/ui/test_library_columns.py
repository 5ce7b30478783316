"""The library's columns start with sensible widths and keep what the user sets; the Down
arrow goes from the filter box into the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from tests.ui.conftest import open_window
from ui.main_window import MainWindow


def shown_window(qtbot: QtBot, library: Library) -> MainWindow:
    window = open_window(qtbot, library)
    qtbot.waitExposed(window)
    return window


def test_first_start_gives_every_column_room(qtbot: QtBot, library: Library) -> None:
    window = shown_window(qtbot, library)
    table = window.library_panel.table
    header = table.horizontalHeader()
    date_text = table.fontMetrics().horizontalAdvance("2017-11-12")
    assert header.sectionSize(0) >= 140  # the title is what a reader scans
    assert header.sectionSize(1) >= 100
    assert header.sectionSize(2) > date_text
    assert not any(header.isSectionHidden(c) for c in range(3))


def test_the_columns_come_back_as_the_user_left_them(qtbot: QtBot, library: Library) -> None:
    first = shown_window(qtbot, library)
    first.library_panel.table.horizontalHeader().resizeSection(1, 170)
    first.close()
    again = shown_window(qtbot, library)  # a restart reads the same settings
    header = again.library_panel.table.horizontalHeader()
    assert header.sectionSize(1) == 170
    assert not any(header.isSectionHidden(c) for c in range(3))


def test_down_arrow_from_the_filter_enters_the_list(
    qtbot: QtBot, library: Library, samples: list[Path]
) -> None:
    import_all(library, [str(p) for p in samples[:3]])
    window = shown_window(qtbot, library)
    panel = window.library_panel
    panel.refresh()
    panel.filter_edit.setFocus()
    assert window.focusWidget() is panel.filter_edit
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Down)
    assert window.focusWidget() is panel.table  # the window's focus moved into the list
    assert len(panel.selected_ids()) == 1 and panel.table.currentIndex().row() == 0
