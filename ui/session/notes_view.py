"""The Notes tab: every note and bookmark of the session, what it is about, and what was lost.

A row names its target the way a reader would ("B · Number: 14 civilians", "A · sentence:
…", "Whole session"); notes and bookmarks whose difference or sentence can no longer be
found after an engine upgrade stay listed, marked lost, so nothing a reviewer wrote
disappears. Activating a row announces its target; the buttons announce what the reviewer
wants done, and the window (which owns the dialogs and the session) does it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from comparer.model import Kind
from comparer.sessions import Bookmark, Note, SentenceAnchor, Target
from ui.compare import palette
from ui.compare.review import BOOKMARK_MARK, NOTE_MARK
from ui.plain_text import tooltip
from ui.session.short_label import short_label

if TYPE_CHECKING:
    from comparer.sessions.attach import Attached

HEADERS = ("", "About", "Text")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LOST = "⚠ no longer found"
KINDS = {kind.value for kind in Kind}


@dataclass(frozen=True)
class Row:
    """One note or bookmark as listed."""

    kind: str  # "note" or "bookmark"
    id: str
    target: Target
    about: str
    text: str


def rows_of(attached: Attached) -> list[Row]:
    """Session notes first, then notes and bookmarks in the order they were made."""
    lost = {id(item) for item in attached.orphans}
    notes = sorted(attached.session.notes, key=lambda n: (n.target is not None, n.created))
    rows = [_row("note", n, n.text, attached, id(n) in lost) for n in notes]
    for mark in attached.session.bookmarks:
        rows.append(_row("bookmark", mark, mark.label, attached, id(mark) in lost))
    return rows


def _row(kind: str, item: Note | Bookmark, text: str, attached: Attached, lost: bool) -> Row:
    about = describe(item.target, attached)
    return Row(kind, item.id, item.target, f"{LOST}: {about}" if lost else about, text)


def describe(target: Target, attached: Attached) -> str:
    """What a note is about, in the words of the comparison shown."""
    if target is None:
        return "Whole session"
    keys = {c.article.content_hash: c.key for c in attached.comparison.articles}
    key = keys.get(target.article, "?")
    text = " ".join(target.text.split())
    if isinstance(target, SentenceAnchor):
        return f"{key} · sentence: {_clip(text)}"
    kind = palette.kind_style(Kind(target.kind)).label if target.kind in KINDS else target.kind
    return f"{key} · {kind}: {_clip(text)}"


def _clip(text: str) -> str:
    return short_label(text, 90)


class NotesView(QWidget):
    """The session's notes and bookmarks, with buttons to add, edit and delete."""

    target_chosen = Signal(object)  # a DifferenceAnchor, a SentenceAnchor or None
    add_session_note = Signal()
    edit_requested = Signal(str)  # a note id
    delete_requested = Signal(str, str)  # "note" or "bookmark", and its id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._activated)
        self.add_button = QPushButton("Add Session Note…", self)
        self.edit_button = QPushButton("Edit…", self)
        self.delete_button = QPushButton("Delete", self)
        self.add_button.clicked.connect(self.add_session_note)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self._lay_out()
        self.set_rows([])

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)

    def set_rows(self, rows: list[Row]) -> None:
        """List these notes and bookmarks, keeping the selected one selected."""
        chosen = self.current_row()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(HEADERS))
        for row in rows:
            mark = QStandardItem(NOTE_MARK if row.kind == "note" else BOOKMARK_MARK)
            mark.setData(row, ROW_ROLE)
            mark.setToolTip("Note" if row.kind == "note" else "Bookmark")
            about, text = QStandardItem(row.about), QStandardItem(row.text)
            about.setToolTip(tooltip(row.about))
            text.setToolTip(tooltip(row.text))
            self.model.appendRow([mark, about, text])
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(1, 420)
        self._select(chosen)

    def _select(self, chosen: Row | None) -> None:
        for number in range(self.model.rowCount()):
            row = self.model.item(number, 0).data(ROW_ROLE)
            if chosen is not None and row.id == chosen.id:
                self.tree.setCurrentIndex(self.model.index(number, 0))

    def current_row(self) -> Row | None:
        """The note or bookmark selected, if any."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        value = self.model.index(index.row(), 0).data(ROW_ROLE)
        return value if isinstance(value, Row) else None

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.index(index.row(), 0).data(ROW_ROLE)
        if isinstance(row, Row) and not row.about.startswith(LOST):
            self.target_chosen.emit(row.target)

    def _edit(self) -> None:
        row = self.current_row()
        if row is not None and row.kind == "note":
            self.edit_requested.emit(row.id)

    def _delete(self) -> None:
        row = self.current_row()
        if row is not None:
            self.delete_requested.emit(row.kind, row.id)
