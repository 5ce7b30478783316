"""Menus, actions and shortcuts of the main window, declared in one place.

Standard shortcuts come from :class:`QKeySequence.StandardKey` so they follow the platform;
difference navigation uses Alt+Up/Down like Meld, and F8 like many review tools. The menus
need only the parts named by :class:`Host`, not the window class itself. Every menu is an
:class:`~ui.action_set.ActionSet` (a command that fails with a ComparerError says so in a
notice); the Session and Review menus are filled by their own action sets in :mod:`ui.session`.
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox

from comparer.storage import Library, SessionStore
from ui import folders, plain_text
from ui.about import show_about
from ui.action_set import ActionSet
from ui.compare.area import ComparisonArea
from ui.compare.columns_menu import ColumnsMenu
from ui.library.import_controller import ImportController
from ui.library.panel import LibraryPanel
from ui.notices import NoticeBar
from ui.preferences import PreferencesDialog
from ui.session.actions import SessionActions
from ui.session.controller import SessionController
from ui.session.review_actions import ReviewActions
from ui.shortcuts import show_shortcuts
from ui.tasks import TaskRunner

SHOW_ARTICLE_KEY = "show-article"  # the task reading the article shown alone


class Host(Protocol):
    """What the menus act on: the window's parts and its few window-level commands."""

    library: Library
    runner: TaskRunner
    notices: NoticeBar
    importer: ImportController
    library_panel: LibraryPanel
    area: ComparisonArea
    columns_menu: ColumnsMenu
    session: SessionController
    session_actions: SessionActions
    review: ReviewActions

    def paste(self) -> None: ...
    def compare_selected(self) -> None: ...
    def close_comparison(self) -> None: ...
    def edit_details(self, article_id: int | None = None) -> None: ...


FILE_FILTER = "Articles (*.txt *.md *.html *.htm *.docx *.pdf *.eml);;All files (*)"
KEYS = QKeySequence.StandardKey
# Difference navigation: Alt+Up/Down like Meld, F8 like many review tools.
STEPS = (
    ("next", "&Next Difference", True, False, ("Alt+Down", "F8")),
    ("previous", "&Previous Difference", False, False, ("Alt+Up", "Shift+F8")),
    ("next_same_kind", "Next of the &Same Kind", True, True, ("Ctrl+Alt+Down", "Ctrl+F8")),
    ("previous_same_kind", "Previous of the Same &Kind", False, True,
     ("Ctrl+Alt+Up", "Ctrl+Shift+F8")),
)  # fmt: skip


def install_actions(main: QMainWindow, window: Host) -> dict[str, QAction]:
    """Build the menu bar of ``main``; return its actions by name (for tests and menus)."""
    actions = WindowActions(main, window)
    actions.install()
    return actions.actions


class WindowActions(ActionSet):
    """The window's menu bar in its order; File, Edit, Comparison and Help are made here."""

    def __init__(self, main: QMainWindow, window: Host) -> None:
        super().__init__(main, window.notices)
        self.main, self.window = main, window

    def install(self) -> None:
        """Fill the menu bar; the Session and Review menus come from their own action sets."""
        bar, window = self.main.menuBar(), self.window
        self._file_menu(bar.addMenu("&File"))
        window.session_actions.fill_menu(bar.addMenu("&Session"))
        self.actions |= window.session_actions.actions
        self._edit_menu(bar.addMenu("&Edit"))
        self._comparison_menu(bar.addMenu("&Comparison"))
        window.area.add_column_actions(window.review.fill_menu(bar.addMenu("&Review")))
        self.actions |= window.review.actions
        self._help_menu(bar.addMenu("&Help"))

    def _file_menu(self, menu: QMenu) -> None:
        window, main = self.window, self.main
        self._add(menu, "import_files", "&Import Files…", lambda: import_files(window), KEYS.Open)
        self._add(menu, "import_url", "Import from &URL…", lambda: import_url(window), "Ctrl+L")
        menu.addSeparator()
        self._add(menu, "preferences", "&Preferences…", self._preferences, KEYS.Preferences)
        menu.addSeparator()
        self._add(menu, "quit", "&Quit", main.close, KEYS.Quit)

    def _edit_menu(self, menu: QMenu) -> None:
        window = self.window
        undo = window.session.undo_stack.createUndoAction(self.main, "&Undo")
        undo.setShortcuts(KEYS.Undo)
        redo = window.session.undo_stack.createRedoAction(self.main, "&Redo")
        redo.setShortcuts(KEYS.Redo)
        menu.addActions([undo, redo])
        menu.addSeparator()
        self.actions |= {"undo": undo, "redo": redo}
        self._add(menu, "paste", "&Paste as Article", window.paste, KEYS.Paste)
        remove = partial(remove_selected, window)
        self._add(menu, "remove", "&Remove from Library…", remove, KEYS.Delete)
        self._add(menu, "filter", "&Filter Library", lambda: focus_filter(window), "Ctrl+K")
        details = self._add(
            menu, "edit_details", "Edit Article &Details…", window.edit_details, "F2"
        )
        # Right-clicking an article offers the same command (the table has no other menu).
        window.library_panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        window.library_panel.table.addAction(details)

    def _comparison_menu(self, menu: QMenu) -> None:
        window, area = self.window, self.window.area
        self._add(menu, "compare", "&Compare Selected", window.compare_selected, "Ctrl+Return")
        close = window.close_comparison
        self._add(menu, "close_comparison", "C&lose Comparison", close, KEYS.Close)
        menu.addSeparator()
        for name, text, forward, same_kind, keys in STEPS:
            self._add(menu, name, text, partial(area.step, forward, same_kind), *keys)
        menu.addMenu(window.columns_menu)
        self.actions["find"] = area.find_bar.open_action
        menu.addAction(area.find_bar.open_action)
        furniture = QAction("Show Removed Page &Furniture", self.main, checkable=True)
        furniture.toggled.connect(area.set_show_furniture)
        area.furniture_toggled.connect(furniture.setChecked)
        menu.addAction(furniture)
        self.actions["furniture"] = furniture

    def _preferences(self) -> None:
        PreferencesDialog(self.window.runner, self.main).exec()

    def _help_menu(self, menu: QMenu) -> None:
        main = self.main
        self._add(menu, "shortcuts", "&Keyboard Shortcuts", lambda: show_shortcuts(main), "Ctrl+/")
        self._add(menu, "about", "&About Comparer", lambda: show_about(main))


def import_files(window: Host) -> None:
    paths, _ = QFileDialog.getOpenFileNames(
        window.library_panel, "Import articles", str(folders.start_folder()), FILE_FILTER
    )
    if paths:
        folders.remember(paths[0])
        window.importer.import_inputs(paths)


def import_url(window: Host) -> None:
    url, ok = QInputDialog.getText(
        window.library_panel, "Import from URL", "Address of the article:"
    )
    if ok and url.strip():
        window.importer.import_inputs([url.strip()])


def remove_selected(window: Host) -> None:
    ids = window.library_panel.selected_ids()
    if not ids:
        return
    question = (
        f"Remove {len(ids)} article(s) from the library? Your original files are not touched."
    )
    in_use = SessionStore(window.library).work_using(ids)
    if in_use:  # a session or a draft cannot open without its articles: say so, lean to No
        work = in_use.phrase()
        question += f"\n\n{work[0].upper()}{work[1:]} could no longer be opened without them."
    answer = plain_text.question(
        window.library_panel, "Remove from library", question,
        default=QMessageBox.StandardButton.No if in_use else QMessageBox.StandardButton.NoButton,
    )  # fmt: skip
    if answer != QMessageBox.StandardButton.Yes:
        return
    window.runner.cancel(SHOW_ARTICLE_KEY)  # a preview still being read would find it gone
    try:  # all or none, and none if work was saved meanwhile that needs them
        _, besides = SessionStore(window.library).remove_accepted(ids, in_use)
    finally:
        window.library_panel.refresh()
    if besides:
        work = besides.phrase()
        window.notices.add(f"Nothing removed: {work} now compares them (saved meanwhile).")


def focus_filter(window: Host) -> None:
    window.library_panel.filter_edit.setFocus()
    window.library_panel.filter_edit.selectAll()
