"""Comparing many reports in the real window: progress is shown, and Cancel stops the work.

Twelve reports of about a thousand words each (the bundled samples stitched in turn) are
imported for real; the window compares them on its task runner. The bench measures the
same with a hundred reports (``make bench``, bench_compare); here a smaller set keeps the
test short while the comparison still runs long enough to be stopped midway.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from comparer.ingest import extract_any
from comparer.storage import Library
from ui.main_window import MainWindow

REPORTS = 12


def _import_reports(library: Library, samples: list[Path], folder: Path) -> list[int]:
    texts = [p.read_text("utf-8") for p in samples]
    ids = []
    for n in range(REPORTS):
        chosen = [texts[(n + k) % len(texts)] for k in range(3)]
        path = folder / f"report-{n:02d}.txt"
        path.write_text(f"Report {n} on the strikes\n\n" + "\n\n".join(chosen), "utf-8")
        ids.append(library.add(extract_any(str(path))).article_id)
    return ids


def test_comparing_many_reports_shows_progress_to_the_end(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], tmp_path: Path
) -> None:
    ids = _import_reports(library, samples, tmp_path)
    values: list[int] = []
    messages: set[str] = set()
    window.task_status.bar.valueChanged.connect(values.append)

    def note_message(done: float, message: str) -> None:
        messages.add(message)

    window.runner.progressed.connect(lambda _id, done, message: note_message(done, message))
    window.open_articles(ids)
    assert window.task_status.isVisible()
    assert window.task_status.message.text() == f"Comparing {REPORTS} articles…"
    qtbot.waitUntil(lambda: window.area.comparison is not None, timeout=120_000)

    assert len(window.area.comparison.articles) == REPORTS
    assert not window.task_status.isVisible()
    assert values == sorted(values) and len(set(values)) >= REPORTS
    assert values[-1] >= 990
    assert {"Reading the articles", "Aligning sentences", "Comparing wording"} <= messages
    assert {"Comparing figures", "Comparing framing", "Looking for omissions"} <= messages


def test_cancel_stops_a_comparison_of_many_reports_midway(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], tmp_path: Path
) -> None:
    ids = _import_reports(library, samples, tmp_path)
    arrived: list[object] = []
    window.comparisons.comparison_ready.connect(arrived.append)
    seen: list[str] = []

    def cancel_once_started(_id: int, done: float, message: str) -> None:
        seen.append(message)
        if done > 0 and window.task_status.isVisible():  # the first articles are read
            qtbot.mouseClick(window.task_status.cancel_button, Qt.MouseButton.LeftButton)

    window.runner.progressed.connect(cancel_once_started)
    window.open_articles(ids)
    assert window.task_status.isVisible()
    qtbot.waitUntil(lambda: not window.task_status.isVisible(), timeout=60_000)
    # The worker itself stops (it does not run on unseen): the runner falls idle.
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=60_000)

    assert arrived == []
    assert window.area.comparison is None
    assert "Looking for omissions" not in seen
    assert window.notices.messages() == []


def test_escape_cancels_a_comparison_of_many_reports(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], tmp_path: Path
) -> None:
    """A reader without a mouse had no way to stop a long comparison but to Tab to Cancel."""
    ids = _import_reports(library, samples, tmp_path)
    arrived: list[object] = []
    window.comparisons.comparison_ready.connect(arrived.append)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pressed: list[bool] = []

    def escape_once_started(_id: int, done: float, message: str) -> None:
        if done > 0 and not pressed:
            pressed.append(True)
            qtbot.keyClick(window.library_panel.table, Qt.Key.Key_Escape)

    window.runner.progressed.connect(escape_once_started)
    window.library_panel.table.setFocus()
    window.open_articles(ids)
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=120_000)
    assert pressed and arrived == [] and window.area.comparison is None
