"""A date or outlet corrected in a column header reaches the Events tab, and undo and redo
bring each state back there too (the event's date and who reports it are read from the
details the reader corrected)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from tests.ui.test_metadata_edit import _answer
from ui.compare.events_view import EVENT_ROLE
from ui.main_window import MainWindow

WAIT = 20000


def events_tab(window: MainWindow) -> list[tuple[str, str]]:
    """The (date, reports tooltip) of each row of the Events tab."""
    model = window.area.events.model
    rows = []
    for row in range(model.rowCount()):
        date = str(model.data(model.index(row, 1)))
        who = str(model.data(model.index(row, 3), Qt.ItemDataRole.ToolTipRole))
        rows.append((date, who))
    assert all(model.data(model.index(r, 0), EVENT_ROLE) for r in range(model.rowCount()))
    return rows


def test_a_corrected_date_and_outlet_reach_the_events_tab_and_undo(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples[:2]])]
    window.library_panel.refresh()
    window.open_articles([i for i in ids if i])
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=WAIT)
    before = events_tab(window)
    _answer({"outlet": "Corrected Wire", "published": "2017-11-10"})
    qtbot.mouseDClick(
        window.area.view.panes[0].header, Qt.MouseButton.LeftButton, pos=QPoint(10, 5)
    )
    qtbot.waitUntil(
        lambda: "Corrected Wire" in " ".join(w for _, w in events_tab(window)), timeout=WAIT
    )
    edited = events_tab(window)
    # The event's date is read from the report's words ("on Friday") against its new date.
    assert [date for date, _ in edited] != [date for date, _ in before]
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: events_tab(window) == before, timeout=WAIT)
    window.actions_by_name["redo"].trigger()
    qtbot.waitUntil(lambda: events_tab(window) == edited, timeout=WAIT)
