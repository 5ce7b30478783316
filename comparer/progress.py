"""The callables long engine tasks take to report progress and learn they should stop.

A task is a plain function receiving a :class:`Progress`; the UI's task runner and the
command line each supply their own. Cancellation raises :class:`Cancelled` from inside the
task at the next check, so no half-built result escapes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """Raised inside a task when its caller asked it to stop."""


def _never() -> bool:
    return False


def _ignore(done: float, message: str) -> None:
    return None


@dataclass(frozen=True, slots=True)
class Progress:
    """Report progress in [0, 1] with a message, and check for cancellation."""

    report: Callable[[float, str], None] = field(default=_ignore)
    cancelled: Callable[[], bool] = field(default=_never)

    def step(self, done: float, message: str = "") -> None:
        """Report progress and raise :class:`Cancelled` if the caller wants to stop."""
        if self.cancelled():
            raise Cancelled
        self.report(done, message)

    def within(self, low: float, high: float) -> Progress:
        """This progress for one part of a task: its ``done`` in [0, 1] maps onto [low, high]."""

        def report(done: float, message: str) -> None:
            self.report(low + (high - low) * done, message)

        return Progress(report, self.cancelled)


SILENT = Progress()
