"""The user decides which reports are one event: the chooser's "Compare all together"
and the Events tab's Merge / Separate Again, undoable and kept in the saved session.

The two reports (:mod:`tests.angles`) tell one event from two angles; the engine alone
splits them. They are dropped on the real window as files.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.model import Kind
from comparer.storage import Library
from tests.angles import write_angles
from tests.ui.conftest import Drop, files, open_window
from ui.main_window import MainWindow

COMPARED = 30000


def events_of(window: MainWindow) -> list[tuple[str, ...]]:
    comparison = window.area.comparison
    return [e.articles for e in comparison.events] if comparison else []


def wait_events(qtbot: QtBot, window: MainWindow, wanted: list[tuple[str, ...]]) -> None:
    qtbot.waitUntil(lambda: events_of(window) == wanted, timeout=COMPARED)


def test_compare_all_together_compares_them_as_one_event_until_separated(
    qtbot: QtBot, window: MainWindow, drop_on: Drop, tmp_path: Path
) -> None:
    drop_on(window, files(write_angles(tmp_path)))
    qtbot.waitUntil(lambda: window.event_chooser is not None, timeout=COMPARED)
    chooser = window.event_chooser
    assert chooser is not None and len(chooser.events) == 2
    chooser.all_button.click()
    wait_events(qtbot, window, [("A", "B")])
    tab = window.area.events
    assert tab.summary.text() == "All 2 reports cover the same event, as you decided"
    assert tab.separate_button.isEnabled() and not tab.merge_button.isEnabled()
    tab.separate_button.click()
    wait_events(qtbot, window, [("A",), ("B",)])
    assert tab.merge_button.isEnabled() and not tab.separate_button.isEnabled()
    assert tab.summary.text() == (
        "A (no date) and B (no date) report different events, "
        "so they are not set against each other."
    )
    tabs = window.area.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Events (2)"  # a count, not an alarm sign
    window.session.undo_stack.undo()
    wait_events(qtbot, window, [("A", "B")])


def test_merged_events_are_compared_as_one_and_reopen_merged(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    ids = [o.article_id for o in import_all(library, [str(p) for p in write_angles(tmp_path)])]
    window.library_panel.refresh()
    window.open_articles([i for i in ids if i is not None])
    wait_events(qtbot, window, [("A",), ("B",)])
    comparison = window.area.comparison
    assert comparison is not None and not any(
        d.kind is Kind.WORDING for d in comparison.differences
    )
    window.area.events.merge_button.click()
    wait_events(qtbot, window, [("A", "B")])
    comparison = window.area.comparison
    assert comparison is not None and any(d.kind is Kind.WORDING for d in comparison.differences)
    window.session.save_as("Maternity ward")
    again = open_window(qtbot, library)
    again.session.open("Maternity ward")
    wait_events(qtbot, again, [("A", "B")])
    assert again.area.events.separate_button.isEnabled()
