"""The window's per-user settings: one store, and every key in one place.

Qt keeps them in the platform's usual place (``~/.config/Comparer/Comparer.conf`` on
Linux). Only the window remembers things here — the library location and the user's name
set in Preferences, where the file dialogs were, how the library's columns were laid out;
the engine and the command line keep no settings (they take ``--db`` and the environment).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

LAST_FOLDER = "dialogs/last_folder"
LIBRARY_COLUMNS = "library/columns"
LOCATION_KEY = "library/location"
USER_KEY = "user/name"


def settings() -> QSettings:
    """Comparer's settings store for this user."""
    return QSettings("Comparer", "Comparer")
