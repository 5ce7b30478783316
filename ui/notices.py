"""Non-blocking notices, floating over the bottom of the window without moving anything.

A problem (an input that failed, a library that is read-only) names the input and the
reason and stays until the user closes it; news ("Exported to …") goes away by itself after
a few seconds. The notices float over the window's content instead of taking a place in its
layout, so a notice arriving never shifts the rows under the user's pointer. Messages are
plain text: they quote titles and file names, which are never markup. A message already
on show is not stacked again (pressing F2 twice with nothing selected, or an autosave
failing at every tick, used to stack one copy per try): news shown again starts its few
seconds afresh.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ui.plain_text import plain_label, tooltip

INFO_SECONDS = 6
MAX_WIDTH = 640
MARGIN = 12


class NoticeBar(QWidget):
    """A stack of dismissible messages floating at the bottom right of its parent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.hide()

    def float_over(self, host: QWidget) -> None:
        """Float over ``host`` (outside its layout), following it as it is resized."""
        self.setParent(host)
        host.installEventFilter(self)
        self._place()

    def add(self, message: str, detail: str = "") -> None:
        """Show a problem until the user closes it; ``detail`` (a file's folder) is the
        message's tooltip."""
        # "a.html" failing in two folders is two notices, each with its folder.
        notice = self._shown(message, tooltip(detail) if detail else "") or self._notice(message)
        label = notice.findChild(QLabel)
        if detail and label is not None:
            label.setToolTip(tooltip(detail))  # a folder name is untrusted text
        expiry = notice.findChild(QTimer, "expiry")
        if expiry is not None:  # the same words as news: now a problem, they stay
            expiry.stop()

    def inform(self, message: str, seconds: float = INFO_SECONDS) -> None:
        """Show news that dismisses itself after ``seconds``."""
        shown = self._shown(message)
        if shown is not None:
            expiry = shown.findChild(QTimer, "expiry")
            if expiry is not None:  # (a problem with the same words stays until closed)
                expiry.start(int(seconds * 1000))
            return
        notice = self._notice(message)
        expiry = QTimer(notice, objectName="expiry", singleShot=True)
        expiry.timeout.connect(lambda: self._dismiss(notice))
        expiry.start(int(seconds * 1000))

    def messages(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel)]

    def _shown(self, message: str, tip: str = "") -> QFrame | None:
        """The notice on show with these words (and, given a tooltip, none other), if one is."""
        for notice in self.findChildren(QFrame, "notice"):
            label = notice.findChild(QLabel)
            same = label is not None and label.text() == message
            if same and (not tip or label.toolTip() in ("", tip)):
                return notice
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _notice(self, message: str) -> QFrame:
        notice = QFrame(self)
        notice.setObjectName("notice")
        notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice.setAutoFillBackground(True)
        row = QHBoxLayout(notice)
        row.setContentsMargins(8, 4, 2, 4)
        label = plain_label(message)  # messages quote file names and titles
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(text="✕", toolTip="Dismiss", autoRaise=True)
        close.clicked.connect(lambda: self._dismiss(notice))
        row.addWidget(label, 1)
        row.addWidget(close)
        self._layout.addWidget(notice)
        notice.show()  # now, not when the event loop gets to it: _place measures it
        self.show()
        self._place()
        return notice

    def _dismiss(self, notice: QFrame) -> None:
        notice.setParent(None)
        notice.deleteLater()
        if not self.findChildren(QFrame, "notice"):
            self.hide()
        self._place()

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        width = min(MAX_WIDTH, max(host.width() - 2 * MARGIN, 100))
        self.setFixedWidth(width)
        # Wrapped messages are as tall as the width makes them: the size hint, computed
        # once for the first notice, would squeeze every later one into a sliver.
        self._layout.invalidate()
        height = self._layout.totalHeightForWidth(width)
        self.setGeometry(
            host.width() - width - MARGIN, host.height() - height - MARGIN, width, height
        )
        self.raise_()
