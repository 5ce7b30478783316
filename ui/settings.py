"""The window's per-user settings: one store, and every key in one place.

Qt keeps them in the platform's usual place (``~/.config/Comparer/Comparer.conf`` on
Linux). Only the window remembers things here — where the file dialogs were, how the
library's columns were laid out; the engine and the command line keep no settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

LAST_FOLDER = "dialogs/last_folder"
LIBRARY_COLUMNS = "library/columns"


def settings() -> QSettings:
    """Comparer's settings store for this user."""
    return QSettings("Comparer", "Comparer")
