"""The dialogs of sessions: the list of stored sessions, names, notes and unsaved changes.

:class:`SessionsDialog` lists the library's sessions (newest first) and lets the reviewer
open, rename or delete one; the small functions ask one question each and return ``None``
when the reviewer cancels. They are the only places session code talks to the user, so
tests replace them (Qt's static dialogs, :mod:`ui.plain_text`'s message boxes) rather than
anything of ours. Session names come from files anyone can write: messages quoting them are
plain text, and a typed name follows the engine's one rule (:func:`checked_name`).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from comparer.errors import ComparerError
from comparer.sessions import SessionError, SessionSummary, checked_name
from ui import plain_text


class Choice(Enum):
    """What to do with unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_name(parent: QWidget, title: str, current: str = "") -> str | None:
    """A session name as the engine keeps it, or None if the reviewer cancelled."""
    while True:
        name, ok = QInputDialog.getText(parent, title, "Session name:", text=current)
        if not ok:
            return None
        try:
            return checked_name(name)
        except SessionError as error:
            plain_text.warning(parent, title, f"That name cannot be used: {error}.")
        current = name


def ask_note(parent: QWidget, title: str, current: str = "") -> str | None:
    """The text of a note, or None if the reviewer cancelled or wrote nothing."""
    # Qt's multi-line input never wraps its lines; fix that once the dialog is up.
    QTimer.singleShot(0, _wrap_note_editor)
    text, ok = QInputDialog.getMultiLineText(parent, title, "Note:", current)
    return text.strip() if ok and text.strip() else None


def _wrap_note_editor() -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QInputDialog):
        return
    for editor in dialog.findChildren(QPlainTextEdit):
        editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        editor.setMinimumSize(420, 180)


def ask_unsaved(parent: QWidget, name: str) -> Choice:
    """Save, discard or keep working on a session with unsaved changes."""
    buttons = QMessageBox.StandardButton
    answer = plain_text.question(
        parent,
        "Unsaved changes",
        f"Session “{name}” has changes that are not saved. Save them?",
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    return {buttons.Save: Choice.SAVE, buttons.Discard: Choice.DISCARD}.get(answer, Choice.CANCEL)


def ask_stale(parent: QWidget, name: str, saved_by: str = "") -> Choice:
    """A session was saved elsewhere meanwhile: replace it (SAVE), keep a copy (DISCARD)."""
    where = f"by {saved_by}" if saved_by else "from another window"
    text = f"Session “{name}” was saved {where} since you opened it."
    icon, none = QMessageBox.Icon.Warning, QMessageBox.StandardButton.NoButton
    box = plain_text.message_box(parent, icon, "Saved elsewhere", text, none)
    box.setInformativeText("Replace that version with yours, or save yours as a copy?")
    replace = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
    copy = box.addButton("Save as Copy…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return {replace: Choice.SAVE, copy: Choice.DISCARD}.get(clicked, Choice.CANCEL)


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """A yes/no question; True for yes."""
    answer = plain_text.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class SessionsDialog(QDialog):
    """The stored sessions, to open one (``chosen``) or rename and delete them at once."""

    def __init__(
        self,
        sessions: list[SessionSummary],
        rename: Callable[[str, str], None],
        delete: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open Session")
        self.resize(640, 400)
        self.chosen: str | None = None
        self._rename_session, self._delete_session = rename, delete
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Name", "Articles", "Modified", "Saved by"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for summary in sessions:
            modified = summary.modified.astimezone().strftime("%Y-%m-%d %H:%M")
            columns = [summary.name, str(summary.articles), modified, summary.saved_by or "—"]
            item = QTreeWidgetItem(columns)
            item.setData(0, Qt.ItemDataRole.UserRole, summary.name)
            self.tree.addTopLevelItem(item)
        for column in (0, 2):
            self.tree.resizeColumnToContents(column)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.itemActivated.connect(lambda _item, _column: self.accept())
        self._lay_out()

    def _lay_out(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.addButton("Open", QDialogButtonBox.ButtonRole.AcceptRole)
        rename = QPushButton("Rename…", self)
        delete = QPushButton("Delete…", self)
        buttons.addButton(rename, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(delete, QDialogButtonBox.ButtonRole.ActionRole)
        rename.clicked.connect(self._rename)
        delete.clicked.connect(self._delete)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        item = self.tree.currentItem()
        self.chosen = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        super().accept()

    def _rename(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        old = item.data(0, Qt.ItemDataRole.UserRole)
        new = ask_name(self, "Rename Session", old)
        if new and new != old:
            try:
                self._rename_session(old, new)
            except ComparerError as error:
                plain_text.warning(self, "Rename Session", str(error))
                return
            item.setText(0, new)
            item.setData(0, Qt.ItemDataRole.UserRole, new)

    def _delete(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        name = item.data(0, Qt.ItemDataRole.UserRole)
        question = f"Delete session “{name}”? Its articles stay in the library."
        if confirm(self, "Delete Session", question):
            self._delete_session(name)
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
