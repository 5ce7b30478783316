"""Where the file dialogs start: the folder the user last used, else their Documents folder.

Never the process's current folder, which for an app started from a menu is the home
folder or ``/``. The folder is remembered per user (Qt's settings) whenever a
dialog returns a file (:mod:`ui.settings`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ui.settings import LAST_FOLDER, settings


def start_folder() -> Path:
    """The folder a file dialog opens in."""
    last = str(settings().value(LAST_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = QStandardPaths.writableLocation(location)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember(chosen: str | Path) -> None:
    """Start the next dialog where this file is."""
    if str(chosen):
        settings().setValue(LAST_FOLDER, str(Path(chosen).parent))


def start_path(file_name: str) -> str:
    """A file name in the start folder, for a Save dialog's suggestion."""
    return str(start_folder() / file_name)
