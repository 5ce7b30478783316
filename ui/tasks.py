"""The one way the UI runs engine work off the GUI thread.

A task is a plain function taking a :class:`comparer.progress.Progress`; it runs on Qt's
thread pool and its result, error and progress come back on the GUI thread through queued
signals. Tasks started under the same key supersede each other: the older one is asked to
stop and whatever it still returns is dropped, so the newest request always wins. A worker
never touches a widget.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from comparer.progress import Cancelled, Progress

Work = Callable[[Progress], Any]


@dataclass
class TaskHandle:
    """A running task: cancel it, or ask whether it is still wanted."""

    id: int
    key: str | None
    stop: threading.Event = field(default_factory=threading.Event)
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    on_progress: Callable[[float, str], None] | None = None
    on_end: Callable[[TaskHandle], None] | None = None

    def cancel(self) -> None:
        self.stop.set()

    @property
    def cancelled(self) -> bool:
        return self.stop.is_set()


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, handle: TaskHandle, work: Work) -> None:
        super().__init__()
        self.runner, self.handle, self.work = runner, handle, work

    def run(self) -> None:
        handle = self.handle
        progress = Progress(
            report=lambda done, message: self.runner.progressed.emit(handle.id, done, message),
            cancelled=handle.stop.is_set,
        )
        try:
            result = self.work(progress)
        except Cancelled:
            self.runner.finished.emit(handle.id, False, None)
        except Exception as error:  # every failure goes back to the GUI
            self.runner.finished.emit(handle.id, False, error)
        else:
            self.runner.finished.emit(handle.id, True, result)


class TaskRunner(QObject):
    """Run functions on a thread pool and hand their outcome back on the GUI thread."""

    progressed = Signal(int, float, str)
    finished = Signal(int, bool, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._ids = itertools.count(1)
        self._running: dict[int, TaskHandle] = {}
        self._latest: dict[str, int] = {}
        self.progressed.connect(self._on_progress)
        self.finished.connect(self._on_finished)

    def run(
        self,
        work: Work,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_end: Callable[[TaskHandle], None] | None = None,
        key: str | None = None,
    ) -> TaskHandle:
        """Start ``work`` in the background; a newer task with the same key supersedes it.

        ``on_end`` gets the handle on the GUI thread when the task is over, whatever the outcome.
        """
        handle = TaskHandle(next(self._ids), key, on_done=on_done, on_error=on_error)
        handle.on_progress, handle.on_end = on_progress, on_end
        if key is not None:
            self._supersede(key)
            self._latest[key] = handle.id
        self._running[handle.id] = handle
        self.busy_changed.emit(True)
        self._pool.start(_Job(self, handle, work))
        return handle

    def _supersede(self, key: str) -> None:
        older = self._running.get(self._latest.get(key, -1))
        if older is not None:
            older.cancel()

    def cancel(self, key: str) -> None:
        """Cancel the newest task started under ``key``, if it is still running."""
        self._supersede(key)

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has ended (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        for handle in self._running.values():
            handle.cancel()

    @Slot(int, float, str)
    def _on_progress(self, task_id: int, done: float, message: str) -> None:
        handle = self._running.get(task_id)
        if handle and not handle.cancelled and handle.on_progress:
            handle.on_progress(done, message)

    @Slot(int, bool, object)
    def _on_finished(self, task_id: int, ok: bool, payload: object) -> None:
        handle = self._running.pop(task_id, None)
        if not self._running:
            self.busy_changed.emit(False)
        if handle is None:
            return
        if handle.on_end:
            handle.on_end(handle)
        if handle.cancelled:
            return
        if ok and handle.on_done:
            handle.on_done(payload)
        elif not ok and isinstance(payload, BaseException) and handle.on_error:
            handle.on_error(payload)
