"""Fixtures for widget tests: a real library file in a temporary folder, and the window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from comparer.storage import Library
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "library.sqlite3") as opened:
        yield opened


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    """The main window over the test library, shown."""
    shown = MainWindow(library, TaskRunner())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def drop(window: MainWindow, mime: QMimeData) -> None:
    """Drop ``mime`` on the window as a user's drag would."""
    window.dropEvent(
        QDropEvent(
            QPointF(QPoint(400, 300)),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


@pytest.fixture
def drop_on() -> Callable[[MainWindow, QMimeData], None]:
    return drop
