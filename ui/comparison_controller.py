"""Runs comparisons in the background and hands each result to the comparison widgets.

The articles are read on the GUI thread (a few fast queries); the engine's ``compare``
runs on the task runner under one key, so a newer request (another selection, an added
article) supersedes an older one and only the newest result is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from comparer.model import Article, Comparison
from comparer.progress import Progress
from comparer.storage import Library
from ui.notices import NoticeBar
from ui.task_status import TaskStatus
from ui.tasks import TaskRunner

TASK_KEY = "compare"


class ComparisonController(QObject):
    """Holds the articles of the open comparison and recomputes it when they change."""

    comparison_ready = Signal(object)

    def __init__(
        self, library: Library, runner: TaskRunner, status: TaskStatus, notices: NoticeBar
    ) -> None:
        super().__init__()
        self._library, self._runner = library, runner
        self._status, self._notices = status, notices
        self.article_ids: list[int] = []
        self.comparison: Comparison | None = None

    def open(self, ids: Sequence[int]) -> None:
        """Compare these articles (in this order), replacing the open comparison."""
        self.article_ids = list(dict.fromkeys(ids))
        self._run()

    def add(self, ids: Sequence[int]) -> None:
        """Add articles to the open comparison and update it."""
        self.open([*self.article_ids, *ids])

    def close(self) -> None:
        self.article_ids, self.comparison = [], None
        self.comparison_ready.emit(None)

    def _run(self) -> None:
        if len(self.article_ids) < 2:
            self._notices.add("Choose at least two articles to compare.")
            return
        articles = [self._library.get(i) for i in self.article_ids]
        handle = self._runner.run(
            _compare_work(articles),
            on_done=self._on_done,
            on_error=lambda error: self._notices.add(f"The comparison failed: {error}"),
            on_progress=self._status.update_progress,
            on_end=self._status.finish,
            key=TASK_KEY,
        )
        self._status.track(handle, f"Comparing {len(articles)} articles…")

    def _on_done(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.comparison_ready.emit(comparison)


def _compare_work(articles: list[Article]) -> Callable[[Progress], Comparison]:
    def work(progress: Progress) -> Comparison:
        # The engine (numpy, rapidfuzz, lexicons) loads here, on the worker, the first time a
        # comparison is made, so that it never delays the window's start.
        from comparer.compare import compare

        return compare(articles, progress=progress)

    return work
