"""Fixtures for widget tests: a real library file in a temporary folder, the window, and a
comparison view, tab or panel placed for a test."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextDocument
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from comparer.model import Comparison
from comparer.storage import Library
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "library.sqlite3") as opened:
        yield opened


def open_window(qtbot: QtBot, library: Library) -> MainWindow:
    """A main window over ``library``, shown (closed with the test)."""
    shown = MainWindow(library, TaskRunner())
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> MainWindow:
    """The main window over the test library, shown."""
    return open_window(qtbot, library)


Drop = Callable[[MainWindow, QMimeData], None]


def files(paths: Sequence[Path]) -> QMimeData:
    """What a file manager's drag of ``paths`` carries."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


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


Shows = TypeVar("Shows", bound=QWidget)


def placed(
    qtbot: QtBot,
    widget: Shows,
    comparison: Comparison | None,
    size: tuple[int, int] | None = None,
    *,
    show: bool = False,
) -> Shows:
    """``widget`` (a view, tab or panel with ``set_comparison``) kept for this test and given
    ``comparison``; resized to ``size`` first, and shown, where asked."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.set_comparison(comparison)  # type: ignore[attr-defined]
    if show:
        widget.show()
    return widget


def shown_text(rich: str) -> str:
    """What Qt shows for rich text such as a tooltip: the text of the document it makes."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


@pytest.fixture
def drop_on() -> Drop:
    return drop


REAL_EXEC = QMessageBox.exec
_NOTICES = (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical, QMessageBox.Icon.Information)


@dataclass
class Answers:
    """What the user answers to the window's dialogs, in order; unexpected ones fail the test.

    Text inputs come from Qt's static ``QInputDialog`` calls, answered here. Message boxes
    are the real ones the window builds: each is checked to show plain text, then the
    scripted button is clicked on it. A question with no scripted answer is answered
    "Discard" where the box has it, else by its escape button (so closing a window with
    unsaved work at the end of a test never waits). Tests that click boxes themselves set
    ``real_boxes``.
    """

    texts: list[str | None] = field(default_factory=list)
    buttons: list[QMessageBox.StandardButton] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    real_boxes: bool = False

    def text(self, *args: Any, **kwargs: Any) -> tuple[str, bool]:
        self.asked.append(str(args[1]))
        assert self.texts, f"unexpected text dialog: {args[1]}"
        answer = self.texts.pop(0)
        return ("", False) if answer is None else (answer, True)

    def box(self, box: QMessageBox) -> int:
        """Answer a real message box by clicking a real button on it."""
        if self.real_boxes:
            return REAL_EXEC(box)
        assert box.textFormat() == Qt.TextFormat.PlainText, box.text()
        if box.icon() in _NOTICES and len(box.buttons()) == 1:
            self.warnings.append(box.text())
            box.buttons()[0].click()
            return 0
        self.asked.append(box.windowTitle())
        self.questions.append(box.text())
        wanted = self.buttons.pop(0) if self.buttons else QMessageBox.StandardButton.Discard
        button = box.button(wanted) or box.escapeButton()
        if button is not None:
            button.click()
        return 0


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    scripted = Answers()
    monkeypatch.setattr(QInputDialog, "getText", scripted.text)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", scripted.text)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: scripted.box(box))
    return scripted


@pytest.fixture(autouse=True)
def user_settings(tmp_path: Path) -> Path:
    """Comparer's per-user settings in a fresh folder, never the tester's own."""
    folder = tmp_path / "settings"
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    return folder
