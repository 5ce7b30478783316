"""The caret a reader moved with the arrow keys is saved with the session, like the scroll.

A reader working by keyboard walks down the second column sentence by sentence, saves and
closes. On reopening, the caret must be in that column, in that sentence, at that place,
so the next arrow key goes on from there instead of from the top of the first column.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from comparer.storage import Library
from tests.ui.conftest import Answers, open_window
from tests.ui.test_sessions_window import WAIT, compared
from ui.main_window import MainWindow

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"


def _walk_down(qtbot: QtBot, window: MainWindow, key: str, lines: int, letters: int) -> None:
    text = window.area.view.texts[key]
    text.setFocus()
    text.focused.emit()  # offscreen, focus is not always given: this is what it tells
    for _ in range(lines):
        qtbot.keyClick(text, Qt.Key.Key_Down)
    for _ in range(letters):
        qtbot.keyClick(text, Qt.Key.Key_Right)


def test_the_caret_moved_by_keyboard_comes_back_on_reopen(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], answers: Answers
) -> None:
    window.resize(1400, 900)
    compared(qtbot, library, window, samples)
    qtbot.wait(50)
    _walk_down(qtbot, window, "B", lines=6, letters=3)
    left = window.area.caret()
    assert left is not None and left[0] == "B" and left[1] > 0
    position = window.area.view.texts["B"].textCursor().position()
    answers.texts.append("Keyboard reading")
    window.actions_by_name["save"].trigger()
    window.close()

    again = open_window(qtbot, library)
    again.resize(1400, 900)
    again.session_actions.open_named("Keyboard reading")
    qtbot.waitUntil(lambda: again.area.caret() is not None, timeout=WAIT)
    assert again.area.caret() == left
    column = again.area.view.texts["B"]
    assert column.textCursor().position() == position
    assert again.area.picked_sentences()[0] == ("B", left[1])  # what a link would act on
    SHOTS.mkdir(parents=True, exist_ok=True)
    again.grab().save(str(SHOTS / "caret_reopened.png"))
