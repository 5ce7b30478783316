"""The article read alone keeps its scroll place when the library list is refreshed.

A reader scrolls down a long article previewed from the library; the window then looks at
the library again (it was activated, another process imported something). The list is
read again with the same article selected, and the reader must stay where they were,
not be thrown back to the headline by the same article shown afresh.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from tests.ui.test_sessions_window import WAIT
from ui.main_window import MainWindow

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"


def test_the_article_read_alone_stays_scrolled_when_the_library_refreshes(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    window.resize(900, 380)
    [outcome] = import_all(library, [str(samples[0])])
    assert outcome.article_id is not None
    window.library_panel.refresh()
    view = window.area.article_view
    window.library_panel.select_ids([outcome.article_id])
    qtbot.waitUntil(lambda: "Syria" in view.toPlainText(), timeout=WAIT)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT)  # laid out: longer than the view
    qtbot.wait(300)  # the layout settled
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    imported = subprocess.run(  # another process adds to the library meanwhile
        [sys.executable, "-m", "comparer", "--db", library.url, "import", str(samples[1])],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    window.look_again()
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 2, timeout=WAIT)
    qtbot.wait(300)  # a re-read of the article, had one been started, has arrived
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=WAIT)
    assert window.library_panel.selected_ids() == [outcome.article_id]
    assert bar.value() == place
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "article_view_after_refresh.png"))
