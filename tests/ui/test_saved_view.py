"""A saved session reopens on the view it was saved with: the minor findings switch too.

A reviewer who turned "Show minor findings" on and selected a minor finding must find it
selected and highlighted again, not hidden behind a switch that came back off.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.storage import Library
from tests.ui.conftest import Answers, open_window
from tests.ui.test_sessions_window import WAIT, compared
from ui.main_window import MainWindow


def test_the_minor_switch_and_a_minor_selection_survive_save_and_reopen(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], answers: Answers
) -> None:
    compared(qtbot, library, window, samples)
    window.area.summary.minor.setChecked(True)
    comparison = window.area.comparison
    assert comparison is not None
    minor = next(d for d in comparison.differences if d.minor)
    window.area.panel.select_difference(minor)
    assert window.area.current_difference() == minor
    answers.texts.append("Minor look")
    window.actions_by_name["save"].trigger()
    window.close()

    again = open_window(qtbot, library)
    assert not again.area.summary.minor.isChecked()
    again.session_actions.open_named("Minor look")
    qtbot.waitUntil(lambda: again.area.current_difference() is not None, timeout=WAIT)
    assert again.area.summary.minor.isChecked() and again.area.show_minor
    assert again.area.current_difference() == minor
    shown = again.area.view.comparison
    assert shown is not None and minor in shown.differences  # highlighted in its column
