"""An article corrected from the command line while the window is open shows up when the
reader comes back to the window: in the library list and in the column header of the
comparison on screen, with the reader's unsaved review kept and nothing overwritten."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.model import Kind
from comparer.storage import Library
from tests.ui.conftest import open_window
from tests.ui.test_sessions_window import WAIT, first_of, select, state_of
from ui.library.watch import INTERVAL_MS
from ui.main_window import MainWindow


def comparer_cli(db: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    subprocess.run(
        [sys.executable, "-m", "comparer", "--db", str(db), *args], check=True, env=env,
        capture_output=True, timeout=120,
    )  # fmt: skip


def come_back(qtbot: QtBot, window: MainWindow) -> None:
    """The reader switches to a terminal, then back to the window."""
    terminal = QWidget()
    qtbot.addWidget(terminal)
    terminal.show()
    terminal.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)


def titles_in_headers(window: MainWindow) -> list[str]:
    comparison = window.area.view.comparison
    assert comparison is not None
    return [c.article.meta.title for c in comparison.articles]


def test_a_command_line_edit_shows_up_without_a_restart(
    qtbot: QtBot, library: Library, samples: list[Path]
) -> None:
    window = open_window(qtbot, library)
    come_back(qtbot, window)
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples[:2]])]
    window.library_panel.refresh()
    window.open_articles([i for i in ids if i])
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)
    number = first_of(window, Kind.NUMBER)
    select(window, number)
    window.actions_by_name["relevant"].trigger()
    window.library_panel.select_ids([ids[1]])
    shown = window.area.comparison
    come_back(qtbot, window)  # nothing changed: nothing is compared again
    assert window.area.comparison is shown and not window.runner.is_busy()

    assert library.path is not None
    comparer_cli(library.path, "edit", str(ids[0]), "--title", "Corrected from a terminal")
    come_back(qtbot, window)
    qtbot.waitUntil(
        lambda: titles_in_headers(window)[0] == "Corrected from a terminal", timeout=WAIT
    )
    model = window.library_panel.model
    assert model.article_at(model.rows_of([ids[0]])[ids[0]]).title == "Corrected from a terminal"
    assert window.library_panel.selected_ids() == [ids[1]]  # the reader's selection stays
    assert window.area.view.panes[0].header.full_title == "Corrected from a terminal"
    assert state_of(window, number) == "relevant" and window.session.dirty
    assert library.get(ids[0]).meta.title == "Corrected from a terminal"  # nothing written back


def test_a_terminal_edit_shows_in_a_window_the_reader_only_watches(
    qtbot: QtBot, library: Library, samples: list[Path]
) -> None:
    """The window on a second screen, the terminal on the first: the reader never clicks the
    window, yet the corrected title and outlet show in the column header and the list (they
    showed only once the window was activated again)."""
    window = open_window(qtbot, library)
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples[:2]])]
    window.library_panel.refresh()
    window.open_articles([i for i in ids if i])
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=WAIT)
    assert library.path is not None
    comparer_cli(
        library.path, "edit", str(ids[1]), "--title", "Strike on Raqqa", "--outlet", "Reuters"
    )
    qtbot.waitUntil(lambda: titles_in_headers(window)[1] == "Strike on Raqqa", timeout=WAIT)
    header = window.area.view.panes[1].header
    assert header.full_title == "Strike on Raqqa" and header.outlet == "Reuters"
    model = window.library_panel.model
    assert model.article_at(model.rows_of([ids[1]])[ids[1]]).outlet == "Reuters"


def test_a_library_file_taken_away_is_not_looked_at_again(
    qtbot: QtBot, tmp_path: Path, samples: list[Path]
) -> None:
    """The library's folder removed under a window that outlived it (the screenshot tool's
    windows do): the watch saw the stamp change and the window read the library again,
    raising 'cannot open …' at each tick. A file gone is left for the window to tell when
    the library is used."""
    folder = tmp_path / "shared"
    folder.mkdir()
    library = Library.open(folder / "library.sqlite3")
    window = open_window(qtbot, library)
    import_all(library, [str(samples[0])])
    window.library_panel.refresh()
    window.hide()  # nothing painted from the closed library: only the watch could read it
    library.close()
    shutil.rmtree(folder)
    qtbot.wait(2 * INTERVAL_MS)  # an exception in a slot fails the test here
    assert not folder.exists()
