"""An article the open comparison shows, removed by another process (``comparer remove``).

The window learns of it on its next look at the library (when it is activated again): it
says so once, calmly, naming the report, and keeps the columns as a record of what was
compared; it neither fails nor shows the removed text as if nothing had happened.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.storage import Library
from tests.ui.conftest import Answers
from tests.ui.test_sessions_window import WAIT
from ui.main_window import MainWindow

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"


def _remove_elsewhere(library: Library, article_id: int) -> None:
    removed = subprocess.run(
        [sys.executable, "-m", "comparer", "--db", library.url, "remove", str(article_id),
         "--force"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert removed.returncode == 0, removed.stderr


def test_a_compared_article_removed_by_the_cli_is_noticed_once(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], answers: Answers
) -> None:
    window.resize(1400, 900)
    imported = subprocess.run(
        [sys.executable, "-m", "comparer", "--db", library.url, "import",
         *map(str, samples[:3])],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    window.library_panel.refresh()
    window.open_articles([1, 2])
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)
    outlet = window.library.get(2).meta.outlet
    before = window.notices.messages()

    _remove_elsewhere(library, 2)
    window.look_again()
    qtbot.wait(200)
    window.look_again()  # activated again: no second copy
    qtbot.wait(200)

    said = [m for m in window.notices.messages() if m not in before]
    assert len(said) == 1, said
    assert f"removed report B ({outlet})" in said[0]
    assert window.library_panel.model.rowCount() == 2
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "removed_elsewhere.png"))
