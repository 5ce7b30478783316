"""A set of named menu actions whose failures become notices instead of tracebacks.

Every menu of the window is made with this (:mod:`ui.window_actions` and the Session and
Review menus of :mod:`ui.session`): each action is made once, kept by name (for tests,
the shortcut list and the columns' right-click menu), and runs its slot so that a
:class:`~comparer.errors.ComparerError` (a name taken, a session deleted elsewhere, a
difference not selected) is said to the user in the notice bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from comparer.errors import ComparerError
from ui.notices import NoticeBar

Key = QKeySequence.StandardKey | str


class ActionSet(QObject):
    """Named actions of one window, parented to it."""

    def __init__(self, parent: QWidget, notices: NoticeBar) -> None:
        super().__init__(parent)
        self.parent_widget, self.notices = parent, notices
        self.actions: dict[str, QAction] = {}

    def _add(
        self, menu: QMenu, name: str, text: str, slot: Callable[[], object], *keys: Key
    ) -> QAction:
        """Make the action and put it into ``menu``."""
        action = self._action(name, text, slot, *keys)
        menu.addAction(action)
        return action

    def _action(self, name: str, text: str, slot: Callable[[], object], *keys: Key) -> QAction:
        action = QAction(text, self.parent_widget)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False: self._guarded(slot))
        self.actions[name] = action
        return action

    def _guarded(self, slot: Callable[[], object]) -> None:
        try:
            slot()
        except ComparerError as error:
            self.notices.add(str(error))
