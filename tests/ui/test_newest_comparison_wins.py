"""Twenty real reports compared, cancelled midway, and a new request made at once: only the
newest comparison is ever painted, and the cancelled one leaves nothing behind.

The reports are BASIL articles (Fox News, The New York Times, HuffPost); the test is skipped
where the research corpus is not on the machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from comparer.ingest import extract_any
from comparer.sessions.attach import Attached
from comparer.storage import Library
from ui.main_window import MainWindow

BASIL = Path("/work/shared/corpora/basil")
WAIT = 120_000


def basil_ids(library: Library, count: int) -> list[int]:
    paths = sorted(BASIL.glob("*/*.txt"))[:count]
    if len(paths) < count:
        pytest.skip("the BASIL corpus is not on this machine")
    return [library.add(extract_any(str(p))).article_id for p in paths]


def painted(window: MainWindow) -> list[list[int]]:
    """The article ids of every comparison the window is handed to paint, in order."""
    shown: list[list[int]] = []

    def note(attached: Attached | None, _same: bool) -> None:
        articles = attached.comparison.articles if attached is not None else ()
        shown.append([c.article.id for c in articles if c.article.id is not None])

    window.session.attached_changed.connect(note)
    return shown


@pytest.mark.parametrize("cancel", [True, False])
def test_the_newest_request_wins_after_twenty_reports(
    qtbot: QtBot, library: Library, window: MainWindow, cancel: bool
) -> None:
    ids = basil_ids(library, 22)
    many, newest = ids[:20], ids[20:]
    shown = painted(window)
    started: list[bool] = []

    def once_under_way(_id: int, done: float, _message: str) -> None:
        if done > 0 and not started:
            started.append(True)
            if cancel:
                qtbot.mouseClick(window.task_status.cancel_button, Qt.MouseButton.LeftButton)
            window.open_articles(newest)

    window.runner.progressed.connect(once_under_way)
    window.open_articles(many)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=WAIT)
    qtbot.wait(200)
    assert shown == [newest]
    assert window.area.comparison is not None
    assert [c.article.id for c in window.area.comparison.articles] == newest
    assert window.comparisons.article_ids == newest
    assert window.task_status.isHidden() and window.notices.messages() == []
