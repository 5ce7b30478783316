"""Render the documentation screenshots of the comparison window, light and dark.

``python tools/screenshots.py docs/screenshots`` imports the sample articles into a
temporary library, opens the window on them exactly as a user would and saves
``QWidget.grab()`` of it: seeds 000 + 001, and all five reports, each in a light and a
dark palette (the dark one stands in for a system dark theme); and a reviewed session
(verdicts in the Review column, a note, a bookmark) with its Notes tab; the Keyboard
Shortcuts dialog; and the Compare-by-event chooser and the another-event question.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The checkout this script sits in, not whichever one the venv installed, is photographed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from comparer.importing import import_all
from comparer.sessions import edit
from comparer.storage import Library
from ui.app import build_window
from ui.library.event_choice import EventChooser, ask_add_or_new
from ui.library.event_grouping import group_articles
from ui.main_window import MainWindow
from ui.resources import sample_articles
from ui.shortcuts import ShortcutsDialog
from ui.tasks import TaskRunner

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#2f2f2f",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3a3a3a",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#3d6fa8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
}
# Findings shown by default (minor ones are hidden, so a reviewer cannot pick them).
DISMISSED = ("feverish", "war")
SESSION_NAME = "Strike on Raqqa, 11 Nov 2017"
NOTE = "Toll differs: ask both outlets for their source (OCHA?)."
SESSION_NOTE = "Two outlets, one strike: the same letter read two ways."
SHOTS = {"two-reports": (0, 1), "five-reports": (0, 1, 2, 3, 4)}


def palette(dark: bool) -> QPalette:
    pal = QPalette()
    if dark:
        for role, colour in DARK.items():
            pal.setColor(role, QColor(colour))
    return pal


def in_each_theme(
    app: QApplication, seeds: tuple[int, ...], pose: Callable[[MainWindow, str], None]
) -> None:
    """Open a window on the seed reports, light then dark, and let ``pose`` shoot it."""
    samples = sample_articles()
    with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "lib.sqlite3") as lib:
        ids = [o.article_id for o in import_all(lib, [str(samples[i]) for i in seeds])]
        for theme in ("light", "dark"):
            app.setPalette(palette(theme == "dark"))
            window = MainWindow(lib, TaskRunner())
            window.resize(1440, 900)
            window.show()
            window.open_articles([i for i in ids if i is not None])
            while window.session.attached is None:
                app.processEvents()
            pose(window, theme)
            window.session.close()
            window.close()


Pose = Callable[[MainWindow, str], None]


def comparison_pose(app: QApplication, folder: Path, name: str) -> Pose:
    """The comparison with its first difference selected."""

    def pose(window: MainWindow, theme: str) -> None:
        window.actions_by_name["next"].trigger()
        app.processEvents()
        window.grab().save(str(folder / f"{name}-{theme}.png"))

    return pose


def review(window: MainWindow, app: QApplication) -> None:
    """Mark a few differences, write notes and save, as a reviewer would."""
    differences = window.area.comparison.differences  # type: ignore[union-attr]
    for difference in differences:
        if difference.text in DISMISSED and not difference.minor:
            window.area.show_difference(difference)
            window.area.select_difference(difference)
            window.actions_by_name["dismissed"].trigger()
    number = next(d for d in differences if d.kind.value == "number" and not d.minor)
    window.area.show_difference(number)
    window.area.select_difference(number)
    window.actions_by_name["relevant"].trigger()
    window.actions_by_name["bookmark"].trigger()
    anchor = window.review.selected_anchor()
    window.session.apply("Add note", lambda s: edit.add_note(s, anchor, NOTE))
    window.session.apply("Add note", lambda s: edit.add_note(s, None, SESSION_NOTE))
    window.session.save_as(SESSION_NAME)
    window.area.show_difference(number)
    window.area.tabs.setCurrentWidget(window.area.panel)  # the Review column
    app.processEvents()


def review_pose(app: QApplication, folder: Path) -> Pose:
    """A reviewed, saved session: the differences table, then the Notes tab."""

    def pose(window: MainWindow, theme: str) -> None:
        review(window, app)
        window.grab().save(str(folder / f"session-review-{theme}.png"))
        window.area.tabs.setCurrentWidget(window.notes_view)
        app.processEvents()
        window.grab().save(str(folder / f"session-notes-{theme}.png"))
        window.session.delete(SESSION_NAME)  # the other theme saves it again

    return pose


def shortcuts_pose(app: QApplication, folder: Path) -> Pose:
    """Help → Keyboard Shortcuts over the window, filtered as a user hunting for a key."""

    def pose(window: MainWindow, theme: str) -> None:
        dialog = ShortcutsDialog(window)
        dialog.show()
        dialog.filter_edit.setText("difference")
        app.processEvents()
        dialog.grab().save(str(folder / f"shortcuts-{theme}.png"))
        dialog.close()

    return pose


def _grab_question(path: Path) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    box.grab().save(str(path))
    box.button(QMessageBox.StandardButton.Cancel).click()


def events_pose(app: QApplication, folder: Path) -> Pose:
    """Compare by event after an import of all five, and the question for another event."""

    def pose(window: MainWindow, theme: str) -> None:
        articles = [window.library.get(i) for i in window.comparisons.article_ids]
        chooser = EventChooser(group_articles(articles), window)
        chooser.show()
        app.processEvents()
        chooser.grab().save(str(folder / f"events-chooser-{theme}.png"))
        chooser.close()
        QTimer.singleShot(0, lambda: _grab_question(folder / f"another-event-{theme}.png"))
        ask_add_or_new(window, [articles[2].meta.title])

    return pose


def events_tab_pose(app: QApplication, folder: Path) -> Pose:
    """The Events tab of five reports of several events, with its merge and separate buttons."""

    def pose(window: MainWindow, theme: str) -> None:
        window.area.tabs.setCurrentWidget(window.area.events)
        app.processEvents()
        window.grab().save(str(folder / f"events-tab-{theme}.png"))

    return pose


def first_run(app: QApplication, folder: Path) -> None:
    """The window as a new user first sees it: a new library, the samples just imported."""
    for theme in ("light", "dark"):
        app.setPalette(palette(theme == "dark"))
        with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "new.db") as lib:
            window = build_window(lib, seed_samples=True)
            window.resize(1440, 900)
            window.show()
            while window.runner.is_busy() or window.library_panel.model.rowCount() < 5:
                app.processEvents()
            app.processEvents()
            window.grab().save(str(folder / f"first-run-{theme}.png"))
            window.close()


def beside_report(folder: Path) -> None:
    """The comparison window and the HTML report of the same strike, side by side.

    Needs ``report-html.png`` from ``tools/report_screenshots.py`` (run that first).
    """
    report = QImage(str(folder / "report-html.png"))
    if report.isNull():
        print("report-html.png is missing: run tools/report_screenshots.py first")
        return
    for theme in ("light", "dark"):
        window = QImage(str(folder / f"two-reports-{theme}.png"))
        page = report.copy(0, 0, report.width(), report.width() * window.height() // 1280)
        page = page.scaledToHeight(window.height(), Qt.TransformationMode.SmoothTransformation)
        both = QImage(window.width() + page.width() + 16, window.height(), window.format())
        both.fill(QColor("#808080"))
        painter = QPainter(both)
        painter.drawImage(0, 0, window)
        painter.drawImage(window.width() + 16, 0, page)
        painter.end()
        both.save(str(folder / f"report-beside-window-{theme}.png"))


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    # A fresh settings folder: the shots show the default layout, not this user's widths.
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, tempfile.mkdtemp())
    for name, seeds in SHOTS.items():
        in_each_theme(app, seeds, comparison_pose(app, folder, name))
    in_each_theme(app, (0, 1), review_pose(app, folder))
    in_each_theme(app, (0, 1), shortcuts_pose(app, folder))
    in_each_theme(app, (0, 1, 2, 3, 4), events_pose(app, folder))
    in_each_theme(app, (0, 1, 2, 3, 4), events_tab_pose(app, folder))
    first_run(app, folder)
    beside_report(folder)
    print(f"saved to {folder}")


if __name__ == "__main__":
    main()
