"""The Differences table fits a 1024-pixel window: every column on screen, no sideways scroll.

At 1024 px the table gets some 600 px beside the library: sized to their contents, the
columns ran to 3,300 px and the Counterpart column was off-screen. Now the Text and
Counterpart columns share what the others leave, cells elided and tooltips whole. A column
the reader widened by hand keeps that width through later fits.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from tests.ui.conftest import shown_text
from ui.compare.differences import (
    ARTICLE_COLUMN,
    COLUMNS,
    COUNTERPART_COLUMN,
    TEXT_COLUMN,
    DifferencesPanel,
)
from ui.compare.table import share_width
from ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("wanted", "room", "widths"),
    [
        ([100, 80, 60], 300, [100, 80, 60]),  # all fit: each keeps its own
        ([138, 128, 79, 150], 352, [91, 91, 79, 91]),  # the widest cut to one width
        ([200, 50], 150, [100, 50]),
        ([200, 200], 20, [40, 40]),  # never under the floor: the table scrolls then
    ],
)
def test_the_columns_share_the_width_widest_first(
    wanted: list[int], room: int, widths: list[int]
) -> None:
    assert share_width(wanted, room) == widths


def test_every_column_is_on_screen_in_a_1024_pixel_window(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    panel = _open_differences(qtbot, window, library, samples)
    table, header = panel.table, panel.table.horizontalHeader()
    assert window.width() == 1024 and table.viewport().width() < 700
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(len(COLUMNS)):
        assert header.sectionViewportPosition(column) >= 0
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= table.viewport().width(), COLUMNS[column]
    floor = table.fontMetrics().horizontalAdvance("a sentence shown")
    assert min(header.sectionSize(TEXT_COLUMN), header.sectionSize(COUNTERPART_COLUMN)) > floor
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, 5).data())
    difference = panel.current_difference() or panel.select_row(row)
    assert difference is not None and difference.counterpart is not None
    tip = shown_text(panel.proxy.index(row, COUNTERPART_COLUMN).data(Qt.ItemDataRole.ToolTipRole))
    assert " ".join(difference.counterpart.text.split()) in " ".join(tip.split())
    article = panel.proxy.index(row, ARTICLE_COLUMN)
    assert article.data() in shown_text(article.data(Qt.ItemDataRole.ToolTipRole))
    if os.environ.get("COMPARER_SHOTS"):  # a picture of it, for a person to look at
        window.grab().save(str(Path(os.environ["COMPARER_SHOTS"]) / "differences-1024.png"))
    narrow = header.sectionSize(ARTICLE_COLUMN)
    window.resize(1800, 768)  # room again: the columns get back what they want
    qtbot.waitUntil(lambda: header.sectionSize(ARTICLE_COLUMN) > narrow)
    assert header.sectionSize(ARTICLE_COLUMN) >= header.sectionSizeHint(ARTICLE_COLUMN)


def _open_differences(
    qtbot: QtBot, window: MainWindow, library: Library, samples: list[Path]
) -> DifferencesPanel:
    """The Differences tab of three sample articles compared in a 1024-pixel window."""
    window.resize(1024, 768)
    ids = [o.article_id for o in import_all(library, [str(s) for s in samples[:3]]) if o.article_id]
    window.open_articles(ids)
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=60000)
    panel = window.area.panel
    window.area.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.table.viewport().width() > 0)
    return panel


def _drag_edge(qtbot: QtBot, header: QHeaderView, column: int, by: int) -> None:
    """Drag the right edge of ``column``'s header ``by`` pixels, as a reader's mouse does."""
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + by // 2, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + by, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + by, y))


def test_a_column_the_reader_widened_keeps_its_width_when_the_window_is_resized(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    """Every resize refitted the columns and threw away a width the reader dragged."""
    panel = _open_differences(qtbot, window, library, samples)
    header = panel.table.horizontalHeader()
    fitted = header.sectionSize(ARTICLE_COLUMN)
    _drag_edge(qtbot, header, ARTICLE_COLUMN, 120)
    widened = header.sectionSize(ARTICLE_COLUMN)
    assert widened >= fitted + 100
    for width in (1044, 1024, 1400, 1024):
        window.resize(width, 768)
        qtbot.waitUntil(lambda w=width: window.width() == w)  # type: ignore[misc]
        qtbot.wait(20)
        assert header.sectionSize(ARTICLE_COLUMN) == widened
    panel.set_show_minor(True)  # new wishes from the contents leave the reader's width be
    assert header.sectionSize(ARTICLE_COLUMN) == widened
