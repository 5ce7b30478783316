"""The note editor wraps long lines instead of scrolling sideways (a real dialog, typed into)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.session import dialogs

LONG_NOTE = (
    "The toll differs between the two reports: ask both outlets where their figure comes "
    "from, and whether the ministry's letter gave one at all."
)


def test_the_note_editor_wraps_what_the_reviewer_types(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real Qt dialog, not the scripted answers
    seen: list[QPlainTextEdit.LineWrapMode] = []

    def type_note() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, type_note)
            return
        (editor,) = dialog.findChildren(QPlainTextEdit)
        seen.append(editor.lineWrapMode())
        qtbot.keyClicks(editor, LONG_NOTE)
        dialog.accept()

    QTimer.singleShot(20, type_note)
    assert dialogs.ask_note(window, "Note on Difference") == LONG_NOTE
    assert seen == [QPlainTextEdit.LineWrapMode.WidgetWidth]
