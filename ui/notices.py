"""Non-blocking notices: a strip at the top of the window listing what went wrong.

Each notice names the input and the reason and stays until the user closes it; nothing
pops up a modal dialog over the user's work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ui.plain_text import plain_label


class NoticeBar(QWidget):
    """A vertical stack of dismissible one-line messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 0)
        self._layout.setSpacing(2)
        self.hide()

    def add(self, message: str) -> None:
        """Show a message until the user closes it."""
        notice = QFrame(self)
        notice.setObjectName("notice")
        notice.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(notice)
        row.setContentsMargins(8, 2, 2, 2)
        label = plain_label(message)  # messages quote file names and titles
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(text="✕", toolTip="Dismiss", autoRaise=True)
        close.clicked.connect(lambda: self._dismiss(notice))
        row.addWidget(label, 1)
        row.addWidget(close)
        self._layout.addWidget(notice)
        self.show()

    def messages(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel)]

    def _dismiss(self, notice: QFrame) -> None:
        notice.setParent(None)
        notice.deleteLater()
        if not self.findChildren(QFrame, "notice"):
            self.hide()
