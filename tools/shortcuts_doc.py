"""Write docs/shortcuts.md from the window's own actions (``python tools/shortcuts_doc.py``).

A test compares the page with the window, so run this after adding or changing a shortcut.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from comparer.storage import Library
from ui.main_window import MainWindow
from ui.shortcuts import ShortcutRow, shortcut_rows
from ui.tasks import TaskRunner

HEAD = """# Keyboard shortcuts

Every command with a shortcut, by menu. The window lists the same in Help → Keyboard
Shortcuts (searchable), and `comparer-app --help` prints them; all three read the
window's own actions, and a test keeps this page equal to them
(`python tools/shortcuts_doc.py` writes it). Keys are shown as Qt names them on Linux;
macOS shows ⌘ for Ctrl.

Without a mouse: Tab moves from the library filter to the list, the comparison's columns
and the tabs below (arrow keys switch tabs on the tab bar); in a column the arrow keys
move a caret, and the sentence it stands in is the one a sentence note or a link takes (the
last two columns tabbed into give the two sentences to link); in the Summary the arrow keys
move and Enter picks a key difference; Escape stops the import or comparison whose
progress the status bar shows; Alt opens the menus, whose every item has an underlined
letter.

| menu | command | keys |
|---|---|---|
"""


def page(rows: list[ShortcutRow]) -> str:
    lines = [f"| {r.menu} | {r.command} | {r.keys.replace(', ', ' or ')} |" for r in rows]
    return HEAD + "\n".join(lines) + "\n"


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "l.db") as lib:
        window = MainWindow(lib, TaskRunner())
        text = page(shortcut_rows(window))
        window.runner.wait()
    Path("docs/shortcuts.md").write_text(text, encoding="utf-8")
    del app


if __name__ == "__main__":
    main()
