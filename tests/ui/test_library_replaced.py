"""A library file replaced by another while the window is open (a backup copied over it by
another process) is told at once, in the line a write would be refused with: the window
used to notice only at the next write, after the reader had worked on the old file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from comparer.storage.health import replaced_before_writing
from tests.ui.conftest import open_window
from ui.library.watch import INTERVAL_MS

# A backup restored the way a script does it: a copy, renamed over the open library.
REPLACE = "import os, shutil, sys; shutil.copy(*sys.argv[1:]); os.replace(*sys.argv[:0:-1])"


def test_a_library_replaced_by_another_process_is_told_at_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        window = open_window(qtbot, library)
        backup = tmp_path / "backup.sqlite3"
        subprocess.run([sys.executable, "-c", REPLACE, str(path), str(backup)], check=True)
        line = replaced_before_writing(str(path))
        qtbot.waitUntil(lambda: line in window.notices.messages(), timeout=4 * INTERVAL_MS)
        qtbot.wait(2 * INTERVAL_MS)
        assert window.notices.messages().count(line) == 1  # told once, not at every tick


def test_a_library_written_in_place_is_not_called_replaced(
    qtbot: QtBot, library: Library, samples: list[Path]
) -> None:
    window = open_window(qtbot, library)
    assert library.path is not None
    with Library.open(library.path) as other:  # another writer, in the same file
        import_all(other, [str(samples[0])])
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 1, timeout=4 * INTERVAL_MS)
    assert window.notices.messages() == []
