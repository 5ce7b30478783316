"""The status-bar strip that shows a background task's progress with a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ui.plain_text import plain_label
from ui.tasks import TaskHandle


class TaskStatus(QWidget):
    """Progress bar, message and Cancel for the task currently shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = plain_label()  # "Importing <file name>"
        self.bar = QProgressBar(maximum=1000, textVisible=False, maximumWidth=160)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._handle: TaskHandle | None = None
        self.hide()

    def track(self, handle: TaskHandle, message: str) -> None:
        self._handle = handle
        self.message.setText(message)
        self.bar.setValue(0)
        self.show()

    def update_progress(self, done: float, message: str) -> None:
        self.bar.setValue(int(done * 1000))
        if message:
            self.message.setText(message)

    def finish(self, handle: TaskHandle | None = None) -> None:
        """Hide, unless ``handle`` is an older task than the one shown."""
        if handle is not None and handle is not self._handle:
            return
        self._handle = None
        self.hide()

    def cancel(self) -> None:
        """Stop the task shown, as its Cancel button does."""
        if self._handle is not None:
            self._handle.cancel()
        self.finish()
