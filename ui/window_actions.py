"""Menus, actions and shortcuts of the main window, declared in one place.

Standard shortcuts come from :class:`QKeySequence.StandardKey` so they follow the platform;
difference navigation uses Alt+Up/Down like Meld, and F8 like many review tools. The menus
need only the parts named by :class:`Host`, not the window class itself; the Session and
Review menus are filled by their own action sets in :mod:`ui.session`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox

from comparer.storage import Library
from ui import folders, plain_text
from ui.about import show_about
from ui.compare.area import ComparisonArea
from ui.compare.columns_menu import ColumnsMenu
from ui.library.import_controller import ImportController
from ui.library.panel import LibraryPanel
from ui.preferences import PreferencesDialog
from ui.session.actions import SessionActions
from ui.session.controller import SessionController
from ui.session.review_actions import ReviewActions
from ui.shortcuts import show_shortcuts
from ui.tasks import TaskRunner


class Host(Protocol):
    """What the menus act on: the window's parts and its few window-level commands."""

    library: Library
    runner: TaskRunner
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


Shortcut = QKeySequence.StandardKey | str | None
FILE_FILTER = "Articles (*.txt *.md *.html *.htm *.docx *.pdf *.eml);;All files (*)"


def install_actions(main: QMainWindow, window: Host) -> dict[str, QAction]:
    """Build the menu bar of ``main``; return its actions by name (for tests and menus)."""
    actions: dict[str, QAction] = {}

    def add(menu: QMenu, name: str, text: str, slot: Callable[[], object], *keys: Shortcut) -> None:
        action = QAction(text, main)
        action.setShortcuts([QKeySequence(k) for k in keys if k is not None])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action

    bar = main.menuBar()
    file_menu = bar.addMenu("&File")
    add(
        file_menu,
        "import_files",
        "&Import Files…",
        lambda: import_files(window),
        QKeySequence.StandardKey.Open,
    )
    add(file_menu, "import_url", "Import from &URL…", lambda: import_url(window), "Ctrl+L")
    file_menu.addSeparator()
    add(
        file_menu,
        "preferences",
        "&Preferences…",
        lambda: PreferencesDialog(window.runner, main).exec(),
        QKeySequence.StandardKey.Preferences,
    )
    file_menu.addSeparator()
    add(file_menu, "quit", "&Quit", main.close, QKeySequence.StandardKey.Quit)

    session_menu = bar.addMenu("&Session")
    window.session_actions.fill_menu(session_menu)
    actions |= window.session_actions.actions

    edit_menu = bar.addMenu("&Edit")
    undo = window.session.undo_stack.createUndoAction(main, "&Undo")
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = window.session.undo_stack.createRedoAction(main, "&Redo")
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    actions |= {"undo": undo, "redo": redo}
    add(edit_menu, "paste", "&Paste as Article", window.paste, QKeySequence.StandardKey.Paste)
    add(
        edit_menu,
        "remove",
        "&Remove from Library…",
        lambda: remove_selected(window),
        QKeySequence.StandardKey.Delete,
    )
    add(edit_menu, "filter", "&Filter Library", lambda: focus_filter(window), "Ctrl+K")
    add(edit_menu, "edit_details", "Edit Article &Details…", window.edit_details, "F2")
    # Right-clicking an article offers the same command (the table has no other menu).
    window.library_panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    window.library_panel.table.addAction(actions["edit_details"])

    compare_menu = bar.addMenu("&Comparison")
    add(compare_menu, "compare", "&Compare Selected", window.compare_selected, "Ctrl+Return")
    add(
        compare_menu,
        "close_comparison",
        "C&lose Comparison",
        window.close_comparison,
        QKeySequence.StandardKey.Close,
    )
    compare_menu.addSeparator()
    panel = window.area.panel
    add(compare_menu, "next", "&Next Difference", panel.next_difference, "Alt+Down", "F8")
    add(
        compare_menu,
        "previous",
        "&Previous Difference",
        panel.previous_difference,
        "Alt+Up",
        "Shift+F8",
    )
    add(
        compare_menu,
        "next_same_kind",
        "Next of the &Same Kind",
        panel.next_of_same_kind,
        "Ctrl+Alt+Down",
        "Ctrl+F8",
    )
    add(
        compare_menu,
        "previous_same_kind",
        "Previous of the Same &Kind",
        panel.previous_of_same_kind,
        "Ctrl+Alt+Up",
        "Ctrl+Shift+F8",
    )
    compare_menu.addMenu(window.columns_menu)
    furniture = QAction("Show Removed Page &Furniture", main, checkable=True)
    furniture.toggled.connect(window.area.view.set_show_furniture)
    window.area.view.furniture_box.toggled.connect(furniture.setChecked)
    compare_menu.addAction(furniture)
    actions["furniture"] = furniture

    review_menu = bar.addMenu("&Review")
    window.area.view.context_actions.extend(window.review.fill_menu(review_menu))
    actions |= window.review.actions

    help_menu = bar.addMenu("&Help")
    add(help_menu, "shortcuts", "&Keyboard Shortcuts", lambda: show_shortcuts(main), "Ctrl+/")
    add(help_menu, "about", "&About Comparer", lambda: show_about(main))
    return actions


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
    answer = plain_text.question(
        window.library_panel,
        "Remove from library",
        f"Remove {len(ids)} article(s) from the library? Your original files are not touched.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    for article_id in ids:
        window.library.remove(article_id)
    window.library_panel.refresh()


def focus_filter(window: Host) -> None:
    window.library_panel.filter_edit.setFocus()
    window.library_panel.filter_edit.selectAll()
