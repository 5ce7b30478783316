"""Background work on a library whose file has gone says so and creates nothing.

A real SQLite library is filled, then its folder is removed (a moved file, an unmounted
drive) before the worker runs; the worker must not make an empty library in its place.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.importing import import_one
from comparer.importing_inputs import PastedText
from comparer.storage import Library
from ui.compare.controller import ComparisonController
from ui.library.event_grouping import EventGrouper
from ui.library.import_controller import ImportController
from ui.notices import NoticeBar
from ui.task_status import TaskStatus
from ui.tasks import TaskRunner

TEXTS = (
    "Floods closed the northern highway on Monday. Engineers began checking the dam.",
    "The northern highway was shut by floods on Monday. The dam is being inspected.",
)


def _gone_library(tmp_path: Path) -> tuple[Library, list[int]]:
    """A library of two articles whose folder is then removed; the library object stays."""
    db = tmp_path / "drive" / "library.sqlite3"
    library = Library.open(db)
    ids = [import_one(library, PastedText(t)).article_id for t in TEXTS]
    library.close()
    for file in db.parent.iterdir():
        file.unlink()
    db.parent.rmdir()
    return library, [i for i in ids if i is not None]


def _notice_when_done(qtbot: QtBot, runner: TaskRunner, notices: NoticeBar) -> str:
    qtbot.waitUntil(lambda: bool(notices.messages()), timeout=20_000)
    runner.wait(5000)
    [message] = [m for m in notices.messages() if m]
    return message


def test_comparing_in_a_library_gone_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    library, ids = _gone_library(tmp_path)
    runner, status, notices = TaskRunner(), TaskStatus(), NoticeBar()
    qtbot.addWidget(status)
    qtbot.addWidget(notices)
    ComparisonController(library, runner, status, notices).compare(ids)
    message = _notice_when_done(qtbot, runner, notices)
    assert message.startswith("The comparison failed: the library at ")
    assert message.endswith("library.sqlite3 is gone (moved, deleted, or its drive unmounted)")
    assert list(tmp_path.iterdir()) == []


def test_importing_into_a_library_gone_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    library, _ = _gone_library(tmp_path)
    runner, status, notices = TaskRunner(), TaskStatus(), NoticeBar()
    qtbot.addWidget(status)
    qtbot.addWidget(notices)
    ImportController(library.url, runner, status, notices).import_inputs([PastedText(TEXTS[0])])
    message = _notice_when_done(qtbot, runner, notices)
    assert message.startswith("Import failed: the library at ")
    assert message.endswith(" is gone (moved, deleted, or its drive unmounted)")
    assert list(tmp_path.iterdir()) == []


def test_grouping_a_library_gone_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    library, ids = _gone_library(tmp_path)
    runner, notices = TaskRunner(), NoticeBar()
    qtbot.addWidget(notices)
    grouped: list[object] = []
    EventGrouper(library.url, runner, notices).group(ids, grouped.append)
    message = _notice_when_done(qtbot, runner, notices)
    assert message.startswith("Could not group by event: the library at ")
    assert message.endswith(" is gone (moved, deleted, or its drive unmounted)")
    assert grouped == []
    assert list(tmp_path.iterdir()) == []
