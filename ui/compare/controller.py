"""Runs comparisons in the background and hands each result, under its session, onwards.

The articles are read and compared on the task runner (the worker opens the library
itself, as an import does: an article of megabytes takes a while even to read; it never
creates one, so a library file gone since is named in one line) under one key, so a newer
request (another selection, an added article, a changed link) supersedes an older one and
only the newest result arrives. Every result is an
:class:`~comparer.sessions.attach.Attached`: the comparison with a session laid over it, a
new untitled one when the request carried none. Each request says how its result is to be
taken (:class:`Handling`), and the one signal, :attr:`ComparisonController.comparison_ready`,
carries the result together with that (:class:`Result`), so nothing waits in a field.
An article corrected while its comparison runs was read before the correction: that
request is made again (:meth:`ComparisonController.compare_again`), so the result shown
at the end carries the corrected details.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from comparer.progress import Progress
from comparer.sessions import Session
from comparer.storage import Library
from ui import engine
from ui.notices import NoticeBar
from ui.task_status import TaskStatus
from ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:  # the engine is loaded on the worker, never at start (see _compare_work)
    from comparer.sessions.attach import Attached

TASK_KEY = "compare"
UNTITLED = "Untitled comparison"


class Handling(Enum):
    """How the result of a comparison request is to be taken when it arrives."""

    NEW = "new"  # a new, untitled session over these articles
    OPENED = "opened"  # a stored session or a draft, compared again: its view comes back
    ADDED = "added"  # articles added: the session keeps its work and its saved state
    RELINKED = "relinked"  # the same articles again: a link or an article's details changed


# Articles or links the reviewer changed: what the engine finds now is the result reviewed.
ACCEPTED = frozenset({Handling.ADDED, Handling.RELINKED})


@dataclass(frozen=True, slots=True)
class Result:
    """A comparison that arrived (``None``: closed) and how its request said to take it.

    ``saved`` is the stored revision of a session being opened (``None`` for an untitled
    one, or a draft whose session was deleted since)."""

    attached: Attached | None
    handling: Handling
    saved: Session | None = None


class ComparisonController(QObject):
    """Holds the articles of the open comparison and computes it when they change.

    The result is not kept here: the session controller owns what is shown.
    """

    # A Result: the Attached (None when the comparison was closed) and how to take it.
    comparison_ready = Signal(object)

    def __init__(
        self, library: Library, runner: TaskRunner, status: TaskStatus, notices: NoticeBar
    ) -> None:
        super().__init__()
        self._library, self._runner = library, runner
        self._status, self._notices = status, notices
        self.article_ids: list[int] = []
        # The request under way, to be made again if its articles change meanwhile.
        self._running: tuple[TaskHandle, Callable[[], None]] | None = None

    def compare(
        self,
        ids: Sequence[int],
        session: Session | None = None,
        handling: Handling = Handling.NEW,
        saved: Session | None = None,
        one_event: bool = False,
    ) -> bool:
        """Compare these articles (in this order) under ``session``, or a new one.

        The session's own article list is replaced by ``ids``'. When the reviewer changed
        articles or links (:data:`ACCEPTED`) the result found becomes the one the session
        reviews; otherwise a different result is reported. ``one_event`` starts a new
        session saying the articles all report one event. False if too few articles.
        """
        ids = list(dict.fromkeys(ids))
        if len(ids) < 2:
            self._notices.inform("Choose at least two articles to compare.")
            return False
        self.article_ids = ids
        handle = self._runner.run(
            _compare_work(self._library.url, ids, session, handling in ACCEPTED, one_event),
            on_done=lambda attached: self.comparison_ready.emit(Result(attached, handling, saved)),
            on_error=lambda error: self._notices.add(f"The comparison failed: {error}"),
            on_progress=self._status.update_progress,
            on_end=self._ended,
            key=TASK_KEY,
        )
        self._running = (handle, partial(self.compare, ids, session, handling, saved, one_event))
        self._status.track(handle, f"Comparing {len(ids)} articles…")
        return True

    def compare_again(self, article_id: int) -> bool:
        """Make the request under way again if it compares ``article_id`` (whose details
        changed after it read them); True if it did. The newest request wins."""
        if self._running is None or article_id not in self.article_ids:
            return False
        self._running[1]()
        return True

    def _ended(self, handle: TaskHandle) -> None:
        self._status.finish(handle)
        if self._running is not None and self._running[0] is handle:
            self._running = None

    def close(self) -> None:
        self._runner.cancel(TASK_KEY)
        self._running = None
        self.article_ids = []
        self.comparison_ready.emit(Result(None, Handling.NEW))


def _compare_work(
    library_url: str, ids: list[int], session: Session | None, accept: bool, one_event: bool
) -> Callable[[Progress], Attached]:
    def work(progress: Progress) -> Attached:
        with Library.open_existing(library_url) as library:
            articles = [library.get(i) for i in ids]
        # The engine loads here, on the worker, the first time a comparison is made.
        if session is None:
            return engine.begin(UNTITLED, articles, progress, one_event)
        hashes = tuple(a.content_hash for a in articles)
        attached = engine.compare_session(replace(session, articles=hashes), articles, progress)
        return attached.accepted() if accept else attached

    return work
