"""Help → Keyboard Shortcuts, ``comparer-app --help`` and docs/shortcuts.md agree with the keys."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.shortcuts import ShortcutsDialog, shortcut_rows

DOCS = Path(__file__).resolve().parents[2] / "docs" / "shortcuts.md"


def test_the_dialog_lists_the_window_shortcuts_and_filters_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {(r.menu, r.command): r.keys for r in dialog.rows}
    assert rows[("Review", "Mark Relevant")] == "Ctrl+1"
    assert rows[("Comparison", "Next Difference")] == "Alt+Down, F8"
    assert rows[("Session", "Save")] == "Ctrl+S"
    assert rows[("Help", "Keyboard Shortcuts")] == "Ctrl+/"
    assert ("Session", "Rename") not in rows  # no shortcut, not listed
    qtbot.keyClicks(dialog.filter_edit, "ctrl+shift+")
    shown = dialog.visible_commands()
    assert "Open Session" in shown and "Link Sentences" in shown
    assert "Mark Relevant" not in shown
    dialog.filter_edit.setText("bookmark")
    assert dialog.visible_commands() == ["Bookmark"]


def test_help_menu_opens_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[list[str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        seen.append(dialog.visible_commands())
        dialog.reject()

    QTimer.singleShot(100, look)
    window.actions_by_name["shortcuts"].trigger()
    assert seen and "Compare Selected" in seen[0]


def test_the_docs_list_exactly_the_window_shortcuts(window: MainWindow) -> None:
    lines = [
        line for line in DOCS.read_text(encoding="utf-8").splitlines() if line.startswith("| ")
    ]
    documented = [tuple(cell.strip() for cell in line.strip("|").split("|")) for line in lines[1:]]
    actual = [(r.menu, r.command, r.keys.replace(", ", " or ")) for r in shortcut_rows(window)]
    assert documented == actual


def test_command_line_help_lists_the_shortcuts() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    done = subprocess.run(
        [sys.executable, "-m", "ui.app", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "keyboard shortcuts:" in done.stdout
    lines = done.stdout.splitlines()
    assert any("Review › Mark Relevant" in line and line.endswith("Ctrl+1") for line in lines)
    assert any("Comparison › Next Difference" in line and "Alt+Down, F8" in line for line in lines)
