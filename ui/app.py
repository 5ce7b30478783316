"""Composition root of the desktop app: parse arguments, open the library, build the window.

Everything the window needs (library, task runner) is made here and passed in; nothing
deeper reaches for a global. On first run the sample articles are imported so the app
never opens empty.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from comparer import __version__, identity
from comparer.errors import LibraryError
from comparer.storage import Library, default_library_location, location
from ui import engine, plain_text
from ui.about import app_icon
from ui.library.import_failures import FailureNotice, failure_notice
from ui.main_window import MainWindow
from ui.preferences import stored_location, stored_user
from ui.resources import sample_articles
from ui.session.restore import offer_restore
from ui.shortcuts import as_text, shortcut_rows
from ui.tasks import TaskRunner


class HelpWithShortcuts(argparse.Action):
    """``--help``: the options, then every keyboard shortcut, read from the window's menus."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show this help and the shortcuts")

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        parser.print_help()
        print(f"\nkeyboard shortcuts:\n{window_shortcuts()}")
        parser.exit()


def window_shortcuts() -> str:
    """The window's shortcuts as text, from a window built offscreen on a scratch library."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # this process only prints and exits
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "l.db") as library:
        window = MainWindow(library, TaskRunner())
        text = as_text(shortcut_rows(window))
        window.runner.wait()
        window.deleteLater()
    del app
    return text


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="comparer-app", description="Comparer's window.", add_help=False
    )
    parser.add_argument("-h", "--help", action=HelpWithShortcuts)
    parser.add_argument("--version", action="version", version=f"comparer-app {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="library file or postgresql:// URL (default: $COMPARER_DB)"
    )
    parser.add_argument("--screenshot", metavar="PNG", help="save the window to PNG and exit")
    parser.add_argument("inputs", nargs="*", metavar="FILE_OR_ID", help="articles to open")
    return parser.parse_args(argv)


def library_location(db: str | None) -> str:
    """``--db``, else ``$COMPARER_DB``, else the Preferences' location, else the default file."""
    if db:
        return db
    if os.environ.get(location.ENV_VAR, "").strip():
        return str(default_library_location())
    return stored_location() or str(default_library_location())


def apply_user_name() -> None:
    """Sessions record the Preferences' user name, unless ``$COMPARER_USER`` says otherwise."""
    name = stored_user()
    if name and not os.environ.get(identity.ENV_VAR, "").strip():
        os.environ[identity.ENV_VAR] = name


def is_new_library(location: str) -> bool:
    return "://" not in location and not Path(location).exists()


def build_window(library: Library, seed_samples: bool) -> MainWindow:
    """The window, with the sample articles imported first when the library is new."""
    window = MainWindow(library, TaskRunner())
    if seed_samples:
        window.importer.import_inputs([str(p) for p in sample_articles()], open_after=False)
    return window


def resolve_inputs(
    library: Library, inputs: Sequence[str]
) -> tuple[list[int], list[FailureNotice]]:
    """Library ids for the command-line inputs (files are imported), and what failed."""
    ids: list[int] = []
    failures: list[FailureNotice] = []
    for item in inputs:
        if item.isdigit() and not Path(item).exists():
            ids.append(int(item))
            continue
        outcome = engine.import_one(library, item)
        if outcome.article_id is None:
            failures.append(failure_notice(outcome.input, outcome.error))
        else:
            ids.append(outcome.article_id)
    return ids, failures


def open_inputs(window: MainWindow, inputs: Sequence[str]) -> None:
    ids, failures = resolve_inputs(window.library, inputs)
    for failure in failures:
        window.notices.add(*failure)
    window.open_articles(ids)


def check_library(window: MainWindow) -> None:
    """Find a damaged or read-only library now, off the GUI thread, not at the first save."""
    library = window.library
    window.runner.run(
        lambda _progress: library.check_writable(),
        on_error=lambda error: window.notices.add(str(error)),
    )


def save_screenshot(window: MainWindow, path: str, app: QApplication) -> None:
    """Wait for background work to finish, then save the window as a PNG and quit."""

    def attempt() -> None:
        if window.runner.is_busy():
            QTimer.singleShot(100, attempt)
            return
        window.grab().save(path)
        app.quit()

    QTimer.singleShot(300, attempt)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Comparer")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.comparer.Comparer")
    apply_user_name()
    place = library_location(args.db)
    new = is_new_library(place)
    try:
        library = Library.open(place)
    except LibraryError as error:
        plain_text.critical(None, "Comparer cannot open the library", str(error))
        return 1
    window = build_window(library, seed_samples=new)
    window.show()
    check_library(window)
    if args.inputs:
        open_inputs(window, args.inputs)
    elif not args.screenshot:
        QTimer.singleShot(0, lambda: offer_restore(window, window.session, window.notices))
    if args.screenshot:
        save_screenshot(window, args.screenshot, app)
    code = app.exec()
    library.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
