"""The library list stays true while another process imports into the library.

A journalist imports a folder from the command line while the window lists the library:
the window's refreshes (after its own imports, on activation) read the list while rows
arrive between its queries. Each article must be listed exactly once, the count must
match, and painting a row must never raise (it used to count an arrival twice and then
fail with IndexError reading past the end of a page).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.storage import Library
from tests.ui.busy_library import REMOVE_EVERY
from ui.library.model import ID_ROLE, LibraryModel
from ui.main_window import MainWindow

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"
ARTICLES = 120
STORY = (
    "Officials in town {n} said {n} people were hurt when a storm hit on Monday.\n\n"
    "The mayor of town {n} said {n} homes lost power and {n} roads were closed.\n"
)


def _articles(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(ARTICLES):
        path = folder / f"storm_{n:03}.txt"
        path.write_text(f"Storm hits town {n}\n\n" + STORY.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def _listed(model: LibraryModel) -> list[int]:
    """Every row's article id, as a view painting the whole list reads them."""
    found = [model.data(model.index(row, 0), ID_ROLE) for row in range(model.rowCount())]
    return [int(i) for i in found if i is not None]  # None: a row removed since counted


def test_the_list_counts_each_article_once_while_another_process_imports_and_removes(
    qtbot: QtBot, library: Library, window: MainWindow, tmp_path: Path
) -> None:
    paths = _articles(tmp_path / "storms")
    model = window.library_panel.model
    with subprocess.Popen(
        [sys.executable, "-m", "tests.ui.busy_library", library.url, str(paths[0].parent)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    ) as importing:  # fmt: skip
        looks = 0
        while importing.poll() is None or looks < 3:
            window.library_panel.add_arrivals() if looks % 3 else window.library_panel.refresh()
            listed = _listed(model)
            assert len(listed) == len(set(listed)), f"an article listed twice: {listed}"
            looks += 1
            qtbot.wait(5)
        _, errors = importing.communicate(timeout=300)
    assert importing.returncode == 0, errors
    window.library_panel.add_arrivals()
    kept = ARTICLES - ARTICLES // REMOVE_EVERY
    _listed(model)  # painted: rows removed since they were counted make it read again
    qtbot.waitUntil(lambda: model.rowCount() == kept)
    listed = _listed(model)
    stored = [a.id for a in library.list()]
    assert sorted(listed) == sorted(stored) and len(stored) == kept
    assert model.total == kept
    assert window.library_panel.count_label.text() == f"{kept} articles"
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.library_panel.grab().save(str(SHOTS / "library_after_churn.png"))
