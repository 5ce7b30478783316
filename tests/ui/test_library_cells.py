"""The library sidebar's cells on a real library: an undated row says "no date" (muted), a
row's tooltip carries the full title and outlet, and the title column gets the room."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from pytestqt.qtbot import QtBot

from comparer.storage import Library
from tests.ui.test_library_model import article
from ui.library.panel import LibraryPanel

LONG_TITLE = "Syria calls on UNSC to investigate <b>coalition</b> strikes on Deir ez-Zor & Raqqa"
LONG_OUTLET = "The Syrian Observatory for Human Rights"


@pytest.fixture
def panel(qtbot: QtBot, tmp_path: Path) -> Iterator[LibraryPanel]:
    with Library.open(tmp_path / "library.sqlite3") as library:
        library.add_many(
            [
                article("Airstrike hits village", "SANA", date(2017, 11, 12)),
                article(LONG_TITLE, LONG_OUTLET, None),
            ]
        )
        shown = LibraryPanel(library)
        qtbot.addWidget(shown)
        shown.resize(380, 400)
        shown.show()
        qtbot.waitExposed(shown)
        yield shown


def cell(panel: LibraryPanel, row: int, column: int, role: Qt.ItemDataRole) -> object:
    table = panel.table
    return table.model().data(table.model().index(row, column), role)


def test_an_undated_row_says_no_date_muted(panel: LibraryPanel) -> None:
    display, foreground = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole
    assert cell(panel, 0, 2, display) == "2017-11-12"
    assert cell(panel, 1, 2, display) == "no date"
    muted = cell(panel, 1, 2, foreground)
    placeholder = panel.table.palette().color(QPalette.ColorRole.PlaceholderText)
    assert isinstance(muted, QBrush) and muted.color() == placeholder
    assert cell(panel, 0, 2, foreground) is None  # a real date in the ordinary colour
    assert cell(panel, 1, 0, foreground) is None


def test_the_tooltip_carries_the_full_title_and_outlet_as_plain_text(
    panel: LibraryPanel,
) -> None:
    tip = str(cell(panel, 1, 0, Qt.ItemDataRole.ToolTipRole))
    assert "<b>coalition</b>" not in tip  # the title's markup is shown, never applied
    assert "&lt;b&gt;coalition&lt;/b&gt;" in tip and "&amp; Raqqa" in tip
    assert f"{LONG_OUTLET} · no date" in tip
    assert cell(panel, 1, 1, Qt.ItemDataRole.ToolTipRole) == tip  # from any cell of the row


def test_the_title_takes_half_a_narrow_sidebar(panel: LibraryPanel) -> None:
    header = panel.table.horizontalHeader()
    assert header.sectionSize(0) >= panel.table.viewport().width() // 2
    assert header.sectionSize(2) > panel.table.fontMetrics().horizontalAdvance("2017-11-12")
