"""Where the library lives when the user has not said: one file in the user's data folder.

The ``COMPARER_DB`` environment variable overrides it, so tests, scripts and a second
profile can point Comparer at another library without touching settings. It may hold a
URL (``postgresql://user@host/dbname``) as well as a path.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "COMPARER_DB"
FILE_NAME = "library.sqlite3"


def default_library_path() -> Path:
    """The library file to open when none is given (``$COMPARER_DB`` wins if set)."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("Comparer", appauthor=False)) / FILE_NAME


def default_library_location() -> str | Path:
    """The library to open when none is given: ``$COMPARER_DB`` as a path or URL, else the file."""
    override = os.environ.get(ENV_VAR, "").strip()
    if "://" in override:
        return override  # a Path would fold the URL's "//" into one slash
    return default_library_path()


OFFLINE_ENV_VAR = "COMPARER_OFFLINE_DRAFTS"


def offline_drafts_path() -> Path:
    """Where unsaved work goes when the library's server cannot be reached: a local file.

    ``$COMPARER_OFFLINE_DRAFTS`` overrides it (tests, a second profile).
    """
    override = os.environ.get(OFFLINE_ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("Comparer", appauthor=False)) / "offline-drafts.sqlite3"
