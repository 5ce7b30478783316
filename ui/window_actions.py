"""Menus, actions and shortcuts of the main window, declared in one place.

Standard shortcuts come from :class:`QKeySequence.StandardKey` so they follow the platform;
difference navigation uses Alt+Up/Down like Meld, and F8 like many review tools.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from ui.about import show_about

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None
FILE_FILTER = "Articles (*.txt *.md *.html *.htm *.docx *.pdf *.eml);;All files (*)"


def install_actions(window: MainWindow) -> dict[str, QAction]:
    """Build the menu bar of ``window``; return its actions by name (for tests and menus)."""
    actions: dict[str, QAction] = {}

    def add(menu: QMenu, name: str, text: str, slot: Callable[[], object], *keys: Shortcut) -> None:
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(k) for k in keys if k is not None])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action

    bar = window.menuBar()
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
    add(file_menu, "quit", "&Quit", window.close, QKeySequence.StandardKey.Quit)

    edit_menu = bar.addMenu("&Edit")
    add(edit_menu, "paste", "&Paste as Article", window.paste, QKeySequence.StandardKey.Paste)
    add(
        edit_menu,
        "remove",
        "&Remove from Library…",
        lambda: remove_selected(window),
        QKeySequence.StandardKey.Delete,
    )
    add(edit_menu, "filter", "&Filter Library", lambda: focus_filter(window), "Ctrl+K")

    compare_menu = bar.addMenu("&Comparison")
    add(compare_menu, "compare", "&Compare Selected", window.compare_selected, "Ctrl+Return")
    add(
        compare_menu,
        "close_comparison",
        "C&lose Comparison",
        window.comparisons.close,
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
    furniture = QAction("Show Removed Page &Furniture", window, checkable=True)
    furniture.toggled.connect(window.area.view.set_show_furniture)
    compare_menu.addAction(furniture)
    actions["furniture"] = furniture

    help_menu = bar.addMenu("&Help")
    add(help_menu, "about", "&About Comparer", lambda: show_about(window))
    return actions


def import_files(window: MainWindow) -> None:
    paths, _ = QFileDialog.getOpenFileNames(window, "Import articles", "", FILE_FILTER)
    if paths:
        window.importer.import_inputs(paths)


def import_url(window: MainWindow) -> None:
    url, ok = QInputDialog.getText(window, "Import from URL", "Address of the article:")
    if ok and url.strip():
        window.importer.import_inputs([url.strip()])


def remove_selected(window: MainWindow) -> None:
    ids = window.library_panel.selected_ids()
    if not ids:
        return
    answer = QMessageBox.question(
        window,
        "Remove from library",
        f"Remove {len(ids)} article(s) from the library? Your original files are not touched.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    for article_id in ids:
        window.library.remove(article_id)
    window.library_panel.refresh()


def focus_filter(window: MainWindow) -> None:
    window.library_panel.filter_edit.setFocus()
    window.library_panel.filter_edit.selectAll()
