"""Correct an article's title, outlet, author, date and language, undoably.

:class:`MetadataDialog` shows the fields as plain-text line edits, each with the value import
first read when it differs, so a correction never hides what the file said, and below them
the page furniture import removed (:mod:`ui.library.removed_blocks`), to be put back by ticking it.
:class:`MetadataEdit` is the undo command: it writes through the library (which keeps the
extracted value, and rebuilds the text when a block is put back or taken out again) and
tells the window, which refreshes the sidebar and compares again, so event grouping sees
the corrected outlet and date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from comparer.errors import ComparerError
from comparer.model import RAW_DATE, Article
from comparer.storage import Library
from comparer.storage.edits import EDITABLE, refusal
from ui import engine
from ui.library.removed_blocks import RemovedList

Kept = tuple[frozenset[int], frozenset[int]]
"""Removed blocks in the text before and after an edit (numbers in ``article.removed``)."""

LABELS = {
    "title": "&Title", "outlet": "&Outlet", "author": "&Author",
    "published": "&Published", "language": "&Language",
}  # fmt: skip


def import_read(extracted: dict[str, str], field: str) -> str:
    """What import first gave an edited ``field``, as the reader is told it: for a date
    import read only as words ("Friday", no day of the calendar), those words."""
    first = extracted.get(field, "")
    return extracted.get(RAW_DATE, "") if field == "published" and not first else first


def current_values(article: Article) -> dict[str, str]:
    """The editable fields of ``article`` as the dialog shows them."""
    meta = article.meta
    published = meta.published.isoformat() if meta.published else ""
    return {
        "title": meta.title, "outlet": meta.outlet, "author": meta.author,
        "published": published, "language": meta.language,
    }  # fmt: skip


class MetadataDialog(QDialog):
    """A form over one article's metadata; :meth:`changes` gives what the user altered."""

    def __init__(
        self, article: Article, extracted: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit Article Details")
        self.before = current_values(article)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for field in EDITABLE:
            edit = QLineEdit(self.before[field], self)
            edit.setCursorPosition(0)  # a long title shows its start, not its end
            if field == "published":
                edit.setPlaceholderText("YYYY-MM-DD")
            self.edits[field] = edit
            form.addRow(LABELS[field], edit)
            first = extracted.get(field)
            if first is not None and first != self.before[field]:
                form.addRow("", _extracted_label(import_read(extracted, field), self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.removed = RemovedList(article, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self._add_removed(layout)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _add_removed(self, layout: QVBoxLayout) -> None:
        if not self.removed.count():
            self.removed.hide()
            return
        label = QLabel("Removed as page &furniture (tick a block to put it back):", self)
        label.setBuddy(self.removed)
        layout.addWidget(label)
        layout.addWidget(self.removed)

    def accept(self) -> None:
        """Close only with a date the library can store (or none)."""
        published = self.edits["published"].text().strip()
        try:
            if published:
                date.fromisoformat(published)
        except ValueError:
            self.error.setText("The date must be written YYYY-MM-DD, e.g. 2017-03-05.")
            self.edits["published"].setFocus()
            return
        for field, value in self.changes().items():
            refused = refusal(field, value)
            if refused:  # said here, so what was typed is not lost with the dialog
                self.error.setText(refused[:1].upper() + refused[1:] + ".")
                self.edits[field].setFocus()
                return
        super().accept()

    def changes(self) -> dict[str, str]:
        """The fields whose text differs from the stored value."""
        now = {field: edit.text().strip() for field, edit in self.edits.items()}
        return {field: value for field, value in now.items() if value != self.before[field]}

    def kept_change(self) -> Kept | None:
        """The removed blocks in the text before and after, if the user changed them."""
        after = self.removed.kept()
        return None if after == self.removed.before else (self.removed.before, after)


def _extracted_label(value: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # what a file said is never markup
    label.setText(f"Import read: {value or '(nothing)'}")
    label.setWordWrap(True)  # a long headline wraps; unwrapped it pushed OK off the screen
    label.setEnabled(False)
    return label


class MetadataEdit(QUndoCommand):
    """One correction of one article's metadata; undo puts the previous values back.

    ``done`` is told the article id after every redo and undo; ``failed`` gets the one line
    saying why the library refused (the command then does nothing).
    """

    def __init__(
        self,
        library: Library,
        article_id: int,
        before: dict[str, str],
        after: dict[str, str],
        kept: Kept | None = None,
    ) -> None:
        super().__init__(f"Edit Details of #{article_id}")
        self._library, self._id = library, article_id
        self._before = {field: before[field] for field in after}
        self._after = after
        self._kept = kept
        self.done: Callable[[int], None] = lambda _id: None
        self.failed: Callable[[str], None] = lambda _line: None

    def redo(self) -> None:
        self._write(self._after, self._kept[1] if self._kept else None)

    def undo(self) -> None:
        self._write(self._before, self._kept[0] if self._kept else None)

    def _write(self, values: dict[str, str], kept: frozenset[int] | None) -> None:
        try:
            if values:
                self._library.edit(self._id, values)
            if kept is not None:
                self._library.rewrite_text(
                    self._id, lambda article: engine.keep_removed(article, kept)
                )
        except ComparerError as error:
            self.setObsolete(True)
            self.failed(str(error))
            return
        self.done(self._id)
