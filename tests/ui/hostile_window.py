"""The window over a hostile library, everything shown once: run under strace by the tests.

``python -m tests.ui.hostile_window window LIBRARY SESSION IMAGE`` opens the session, visits
every tab, paints the window, shows every tooltip of every model and widget, pops up the
menus, adds a notice, and paints a message box and the sessions dialog quoting the markup.
``control`` instead paints one QLabel left to guess the text format, which loads IMAGE:
proof that the trace would see the file if the window opened it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QToolTip, QWidget

from comparer.storage import Library, SessionStore
from tests.ui.hostile_library import hostile
from ui import plain_text
from ui.main_window import MainWindow
from ui.session.dialogs import SessionsDialog
from ui.tasks import TaskRunner


def tooltips(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every tooltip of a model's items (children too) and of its column headers."""
    parent = parent or QModelIndex()
    found = [] if parent.isValid() else [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]  # fmt: skip
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            found.append(index.data(Qt.ItemDataRole.ToolTipRole))
            if column == 0 and model.rowCount(index) > 0:
                found += tooltips(model, index)
    return [tip for tip in found if isinstance(tip, str) and tip]


def models(window: MainWindow) -> list[QAbstractItemModel]:
    """Every item model the window shows."""
    area = window.area
    return [
        window.library_panel.model,
        area.panel.model,
        area.numbers.model,
        area.framing.model,
        area.events.model,
        window.notes_view.model,
    ]


def _settle(app: QApplication, until: float = 0.0) -> None:
    app.processEvents()
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)


def _show_everything(app: QApplication, window: MainWindow, name: str) -> None:
    tabs = window.area.tabs
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        _settle(app)
        window.grab()
    tips = [t for model in models(window) for t in tooltips(model)]
    tips += [w.toolTip() for w in window.findChildren(QWidget) if w.toolTip()]
    for tip in tips:
        QToolTip.showText(QPoint(20, 20), tip, window)
        _settle(app)
    window.session_actions.recent_menu.aboutToShow.emit()
    for menu in window.findChildren(QMenu):
        menu.popup(QPoint(0, 0))
        _settle(app)
        menu.grab()
        menu.hide()
    window.notices.add(f"Could not import {hostile('x')}.comparer: refused")
    question = f"Delete session “{name}”? Its articles stay in the library."
    box = plain_text.message_box(window, QMessageBox.Icon.Question, "Delete", question)
    box.show()
    box.grab()
    dialog = SessionsDialog(SessionStore(window.library).list(), print, print, window)
    dialog.show()
    dialog.grab()
    window.grab()


def main(mode: str, library: Path, name: str, image: str) -> None:
    app = QApplication([])
    if mode == "control":
        label = QLabel(hostile(image))
        label.show()
        label.grab()
    else:
        with Library.open(library) as opened:
            window = MainWindow(opened, TaskRunner())
            window.show()
            window.session_actions.open_named(name)
            deadline = time.monotonic() + 60
            while window.session.attached is None and time.monotonic() < deadline:
                _settle(app, time.monotonic() + 0.05)
            assert window.session.attached is not None, "the session did not open"
            _show_everything(app, window, name)
    sys.stdout.flush()
    os._exit(0)  # no close prompts, no teardown: the trace is what was wanted


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4])
