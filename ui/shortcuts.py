"""Help → Keyboard Shortcuts: every shortcut of the window, read from its menus.

The list is built from the actions themselves (menu, command, keys), so it can never
disagree with what the keys do. A filter box narrows it by command, menu or key. The same
rows feed ``comparer-app --help``, which builds the window offscreen on a throwaway
library to read them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    """One command with a shortcut: where it lives, what it is called, its keys."""

    menu: str
    command: str
    keys: str

    def matches(self, needle: str) -> bool:
        folded = needle.casefold().strip()
        return not folded or any(folded in part.casefold() for part in self)

    def __iter__(self) -> Iterator[str]:
        return iter((self.menu, self.command, self.keys))


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every action in the window's menus that has a shortcut, in menu order."""
    rows: list[ShortcutRow] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows.extend(_rows(menu, _plain(action.text())))
    return rows


def _rows(menu: QMenu, path: str) -> Iterator[ShortcutRow]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _rows(submenu, f"{path} › {_plain(action.text())}")
        elif keys := _keys(action):
            yield ShortcutRow(path, _plain(action.text()), keys)


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(k.toString(native) for k in action.shortcuts() if not k.isEmpty())


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def as_text(rows: list[ShortcutRow]) -> str:
    """The rows as an aligned plain-text table (for ``--help`` and the docs)."""
    width = max((len(f"{r.menu} › {r.command}") for r in rows), default=0)
    return "\n".join(f"  {f'{r.menu} › {r.command}':<{width}}  {r.keys}" for r in rows)


class ShortcutsDialog(QDialog):
    """A searchable table of the window's keyboard shortcuts."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle("Keyboard Shortcuts")
        self.rows = shortcut_rows(window)
        self.filter_edit = QLineEdit(placeholderText="Filter by command, menu or key")
        self.filter_edit.setClearButtonEnabled(True)
        self.table = _table(self.rows)
        self.filter_edit.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        self.resize(620, 520)

    def visible_commands(self) -> list[str]:
        """The commands the filter leaves on show, top to bottom."""
        return [r.command for i, r in enumerate(self.rows) if not self.table.isRowHidden(i)]

    def _filter(self, needle: str) -> None:
        for index, row in enumerate(self.rows):
            self.table.setRowHidden(index, not row.matches(needle))


def _table(rows: list[ShortcutRow]) -> QTableWidget:
    table = QTableWidget(len(rows), 3)
    table.setHorizontalHeaderLabels(["Menu", "Command", "Keys"])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab goes on to the Close button
    table.verticalHeader().hide()
    for index, row in enumerate(rows):
        for column, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(index, column, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    return table


def show_shortcuts(window: QMainWindow) -> None:
    """Open the Keyboard Shortcuts dialog and wait until it is closed."""
    ShortcutsDialog(window).exec()
