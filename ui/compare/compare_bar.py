"""The bar that offers to compare the articles selected in the library.

Selecting articles in the sidebar is how a user says "these": with two or more selected
that are not already the comparison on screen, a bar above the reading area names how
many and offers a Compare button (the same as Comparison → Compare Selected, Ctrl+Return),
so nothing waits on a shortcut nobody has learnt yet.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class CompareBar(QFrame):
    """ "N articles selected — [Compare Them]", shown only when it would do something."""

    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.button = QPushButton("Compare Them")
        self.button.setDefault(True)
        self.button.setToolTip("Compare the selected articles (Ctrl+Return)")
        self.button.clicked.connect(self.compare_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def offer(self, selected: list[int], on_screen: list[int]) -> None:
        """Show the bar for ``selected`` unless they are fewer than two or already shown."""
        wanted = len(selected) >= 2 and sorted(selected) != sorted(on_screen)
        self.label.setText(f"{len(selected)} articles selected")
        self.setVisible(wanted)
