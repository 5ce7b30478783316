"""One undoable change to the session: the values before and after, swapped on undo/redo.

Sessions are frozen values and every change is a pure function (see
:mod:`comparer.sessions.edit`), so a command needs no inverse operation: it keeps both
values and hands the right one back to whoever applies sessions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from comparer.sessions import Session


class SessionChange(QUndoCommand):
    """Replaces the session ``before`` by ``after`` (redo) and back (undo)."""

    def __init__(
        self, text: str, before: Session, after: Session, apply: Callable[[Session], None]
    ) -> None:
        super().__init__(text)
        self.before, self.after, self._apply = before, after, apply

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
