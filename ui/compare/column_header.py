"""A column's header: the report's key, outlet, date and title, and the way to correct them.

A double-click or the right-click menu's "Edit Details of B…" asks the window to correct
the article's details (the menu is what a reader tries first; the double-click was told
only in a tooltip). A detail corrected by hand is marked with a pencil after the key
("B ✎ · Reuters · 13 Aug 2018"), and the tooltip says what import first read, so a
corrected date is never taken for one the page gave.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from comparer.model import NO_DATE, UNKNOWN_OUTLET, Article
from ui.compare.column import date_text
from ui.plain_text import plain_label, tooltip

CORRECTED_MARK = "✎"


class ColumnHeader(QWidget):
    """The report's key, title, outlet and date, one line each so columns stay level."""

    edit_requested = Signal(int)
    """The article id whose details the reader wants to correct."""

    def __init__(self, key: str, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article_id = article.id
        self.setToolTip("Double-click or right-click to correct the title, outlet, author, date")
        meta = article.meta
        self.full_title = meta.title or "Untitled"
        self.title = plain_label(parent=self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setToolTip(tooltip(self.full_title))
        self.title.setMinimumWidth(40)
        self.key, (self.outlet, self.when) = key, _details(article)
        self.corrected = ""
        self.details = plain_label(parent=self)
        self.details.setMinimumWidth(40)
        self._add_edit_action()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        self._show_details()

    def _add_edit_action(self) -> None:
        self.edit_action = QAction(f"Edit Details of {self.key}…", self)
        self.edit_action.triggered.connect(lambda: self.edit_requested.emit(self.article_id))
        self.addAction(self.edit_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def set_corrected(self, line: str) -> None:
        """Mark the details as corrected by hand; ``line`` says what import read ("" for
        none corrected)."""
        self.corrected = line
        self._show_details()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_details()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.edit_requested.emit(self.article_id)
        event.accept()

    def _show_details(self) -> None:
        key = f"{self.key} {CORRECTED_MARK}" if self.corrected else self.key
        said = " · ".join((self.key, self.outlet, self.when))
        self.details.setToolTip(tooltip("\n".join(filter(None, (said, self.corrected)))))
        metrics = self.title.fontMetrics()
        width = max(self.width() - 8, 40)
        self.title.setText(metrics.elidedText(self.full_title, Qt.TextElideMode.ElideRight, width))
        shown = details_line(key, self.outlet, self.when, self.details.fontMetrics(), width)
        self.details.setText(shown)


def details_line(key: str, outlet: str, when: str, metrics: QFontMetrics, width: int) -> str:
    """The key, outlet and date in ``width``: a narrow column shortens the outlet ("A · The
    Syrian Obs… · no date"), then leaves it out ("B · November 12th, 2017"), and cuts the
    date last ("B · November 12t…"): the date is what tells reports of one story apart."""
    room = width - metrics.horizontalAdvance(f"{key} ·  · {when}")
    if room >= metrics.horizontalAdvance("Ab…"):  # enough for an outlet to be recognised
        outlet = metrics.elidedText(outlet, Qt.TextElideMode.ElideRight, room)
        return f"{key} · {outlet} · {when}"
    room = width - metrics.horizontalAdvance(f"{key} · ")
    return f"{key} · {metrics.elidedText(when, Qt.TextElideMode.ElideRight, room)}"


def _details(article: Article) -> tuple[str, str]:
    """The outlet and the date a column's header shows."""
    meta = article.meta
    when = date_text(meta.published) if meta.published else meta.published_raw
    return meta.outlet or UNKNOWN_OUTLET, when or NO_DATE
