"""The Preferences dialog: where the library is, who the user is, and a connection test.

The library location is a file path or a ``postgresql://`` URL; it takes effect at the next
start (``--db`` and ``$COMPARER_DB`` still win). A password typed into the URL is never
kept in the settings: it goes to the system keyring where there is one (through
``secret-tool``), else to PostgreSQL's own password file (``~/.pgpass``), which the driver
reads by itself; the settings keep the URL without it. The user name is what
sessions record as who saved them (``$COMPARER_USER`` at start). "Test connection" opens
the library in the background and shows the one line it answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from comparer.identity import current_user
from comparer.storage.connection import check_connection, remember_password, without_password
from ui.settings import LOCATION_KEY, USER_KEY, settings
from ui.tasks import TaskRunner


def stored_location() -> str:
    """The library location set in Preferences ("" when none)."""
    return str(settings().value(LOCATION_KEY, "") or "")


def stored_user() -> str:
    """The user name set in Preferences ("" when none)."""
    return str(settings().value(USER_KEY, "") or "")


class PreferencesDialog(QDialog):
    """Library location or URL, user name, and a Test connection button."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.resize(560, 200)
        self._runner = runner
        self.location = QLineEdit(stored_location(), self)
        self.location.setPlaceholderText("library file, or postgresql://user@host/database")
        self.user = QLineEdit(stored_user(), self)
        self.user.setPlaceholderText(current_user())
        self.test_button = QPushButton("Test connection", self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel("", self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # errors quote the user's text
        self.result.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow("Library file or URL:", self.location)
        form.addRow("Your name:", self.user)
        form.addRow(self.test_button, self.result)
        note = QLabel(
            "A new location is opened at the next start. A password typed in the URL is "
            "kept in the system keyring (or else ~/.pgpass), never in the settings.",
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def test_connection(self) -> None:
        """Open the typed location in the background and show what it answers."""
        location = self.location.text().strip()
        if not location:
            self.result.setText("Type a library file or a postgresql:// URL first.")
            return
        self.test_button.setEnabled(False)
        self.result.setText("Connecting…")
        self._runner.run(
            lambda _progress: check_connection(location),
            on_done=self._show_result,
            on_error=lambda error: self._show_result((False, str(error))),
            key="preferences-test",
        )

    def _show_result(self, outcome: tuple[bool, str]) -> None:
        self.test_button.setEnabled(True)
        ok, line = outcome
        self.result.setText(("✓ " if ok else "✗ ") + line)

    def accept(self) -> None:
        """Keep the settings, moving any password out of them into the keyring (or file)."""
        location, password = without_password(self.location.text().strip())
        if password is not None:
            remember_password(self.location.text().strip(), password)
            self.location.setText(location)
        store = settings()
        store.setValue(LOCATION_KEY, location)
        store.setValue(USER_KEY, " ".join(self.user.text().split()))
        super().accept()
