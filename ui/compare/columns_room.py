"""Room for the comparison's columns: each keeps a readable width, and they share the rest.

Before, the columns shared whatever width the window left them: five reports in a 1024 px
window were five columns of about 126 px, their text broken mid-word ("DAMAS CUS").
A column is now never narrower than :data:`MIN_COLUMN`; when the window cannot hold them
all side by side, the row of columns scrolls sideways (:class:`ColumnsScroll`) rather than
squeeze them. :func:`room_for_columns` lets the library list beside them give up width
first, down to :data:`LIBRARY_FLOOR`, so that the scroll bar is the last resort.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

MIN_COLUMN = 160
"""The narrowest a column (link map, text and ruler) gets: about twenty characters a line."""

LIBRARY_FLOOR = 180
"""The narrowest the library list gets to make room for columns: titles still readable."""


class ColumnsScroll(QScrollArea):
    """The row of columns, scrolled sideways only when it cannot fit; never up and down
    (each column scrolls its own text)."""

    def __init__(self, row: QSplitter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(row)

    def minimumSizeHint(self) -> QSize:
        # As high as the columns need (headers, headlines), as a plain layout would ask:
        # the tabs below must not squeeze the headers out of sight.
        bar = self.horizontalScrollBar().sizeHint().height()
        return QSize(MIN_COLUMN, self.row.minimumSizeHint().height() + bar)

    def sizeHint(self) -> QSize:
        return self.row.sizeHint()

    def missing_width(self) -> int:
        """How many pixels more the columns need to fit without scrolling (0 if they fit)."""
        return max(self.row.minimumSizeHint().width() - self.viewport().width(), 0)


def room_for_columns(window_row: QSplitter, columns: ColumnsScroll) -> None:
    """Narrow the library (the first widget of ``window_row``) as far as the columns need,
    not below :data:`LIBRARY_FLOOR`."""
    library, area = window_row.sizes()
    given = min(columns.missing_width(), library - LIBRARY_FLOOR)
    if given > 0:
        window_row.setSizes([library - given, area + given])
