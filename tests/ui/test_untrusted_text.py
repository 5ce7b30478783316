"""Titles, outlets, authors, session names, notes and file names are shown literally.

Every string below carries ``<b>X</b> & <img src="/etc/hostname">``. The window opens the
session made of them, and every place they appear is checked: labels are plain text,
tooltips are escaped (what Qt renders from them is the string itself), menus show the
``&``, the title bar and message boxes quote the string, and notices naming a hostile file
are plain. A second test runs the window in a child process under ``strace`` and shows that
Qt never opens the image file named in the markup (a control run proves it would).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from comparer.storage import Library, SessionStore
from tests.comparer.sessions.hostile_bundles import CASES, duplicate, fingerprint, read_members
from tests.ui.conftest import Answers, open_window, shown_text
from tests.ui.hostile_library import fill, hostile
from tests.ui.hostile_window import models, tooltips
from ui import plain_text
from ui.compare.column_header import ColumnHeader
from ui.main_window import MainWindow

WAIT = 30000
MARKUP = hostile("/etc/hostname")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot: QtBot, library: Library, tmp_path: Path) -> MainWindow:
    """A window showing the hostile session."""
    name = fill(library, tmp_path, "/etc/hostname")
    shown = open_window(qtbot, library)
    shown.session_actions.open_named(name)
    qtbot.waitUntil(lambda: shown.session.attached is not None, timeout=WAIT)
    return shown


def test_labels_tooltips_menus_and_title_show_the_markup_literally(window: MainWindow) -> None:
    name = f"Session {MARKUP}"
    assert window.library_panel.model.index(0, 0).data() == MARKUP
    labels = [w for w in window.findChildren(QLabel) if "<" in w.text()]
    assert labels and {w.textFormat() for w in labels} == {Qt.TextFormat.PlainText}, [
        (type(w.parent()).__name__, w.text())
        for w in labels
        if w.textFormat() != Qt.TextFormat.PlainText
    ]
    headers = window.findChildren(ColumnHeader)
    assert len(headers) == 2
    for header in headers:
        assert header.title.textFormat() == Qt.TextFormat.PlainText
        assert shown_text(header.title.toolTip()) == MARKUP
    tips = [tip for model in models(window) for tip in tooltips(model)]
    assert any(MARKUP in shown_text(tip) for tip in tips)
    assert not [
        tip for tip in tips if "<img" in tip.casefold()
    ]  # escaped wherever Qt reads rich text
    notes = window.notes_view.model
    shown = {notes.index(r, 2).data() for r in range(notes.rowCount())}
    assert shown == {f"Note {MARKUP}", f"Overall {MARKUP}", f"Mark {MARKUP}"}
    assert name in window.windowTitle()
    window.session_actions.recent_menu.aboutToShow.emit()
    recent = [a.text() for a in window.session_actions.recent_menu.actions()]
    assert recent == [name.replace("&", "&&")]  # a lone & would underline the next letter
    columns = [a.text() for a in window.columns_menu.actions()]
    assert columns and all("&&" in text and "<img" in text.casefold() for text in columns)


def test_messages_quoting_a_name_are_plain_text(window: MainWindow, answers: Answers) -> None:
    name = f"Session {MARKUP}"
    answers.buttons.append(QMessageBox.StandardButton.No)
    window.actions_by_name["delete_session"].trigger()
    (question,) = answers.questions
    assert name in question
    box = plain_text.message_box(window, QMessageBox.Icon.Question, "Delete Session", question)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == question


def test_a_name_breaking_the_rule_is_refused_and_asked_again(
    window: MainWindow, library: Library, answers: Answers
) -> None:
    answers.texts += ["Bad\0name", "  A   fine\tname [*] "]
    assert window.session_actions.save_as()
    assert answers.warnings == [
        "That name cannot be used: a session name cannot hold control characters."
    ]
    assert "A fine name [*]" in [s.name for s in SessionStore(library).list()]
    assert "A fine name [*] (2 articles)" in window.windowHandle().title()  # the title bar


def test_notices_naming_hostile_files_are_plain_text(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    empty = tmp_path / '<b>X & <img src="hostname">.txt'
    empty.write_bytes(b"")
    window.importer.import_inputs([str(empty)], open_after=False)
    qtbot.waitUntil(lambda: any(empty.name in m for m in window.notices.messages()), timeout=WAIT)
    members = read_members_of_export(qtbot, window, tmp_path)
    bundle = duplicate(members, tmp_path / "<b>bad<img src=x>.comparer")
    before = len(window.notices.messages())
    window.session_actions.import_file(bundle)
    messages = window.notices.messages()
    assert len(messages) == before + 1 and "<b>bad<img src=x>.comparer" in messages[-1]
    labels = window.notices.findChildren(QLabel)
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert len(library.list()) == 2


def read_members_of_export(qtbot: QtBot, window: MainWindow, folder: Path) -> dict[str, bytes]:
    """The members of the open session exported as a .comparer file."""
    target = folder / "genuine.comparer"
    window.session_actions.export("comparer", target)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    return read_members(target)


def test_qt_opens_no_file_named_in_the_markup(tmp_path: Path) -> None:
    strace = shutil.which("strace")
    if strace is None or subprocess.run([strace, "-o", os.devnull, "true"]).returncode:
        pytest.skip("strace is not installed or may not trace here")
    image = tmp_path / "canary.png"
    image.write_bytes(b"\x89PNG not really")
    library = tmp_path / "library.sqlite3"
    fill_run = [sys.executable, "-m", "tests.ui.hostile_library", str(library), str(image)]
    name = subprocess.run(fill_run, cwd=ROOT, check=True, capture_output=True, text=True)
    opened = {}
    for mode in ("window", "control"):
        trace = tmp_path / f"{mode}.trace"
        run = [strace, "-f", "-qq", "-e", "trace=open,openat,stat,statx,newfstatat,access"]
        run += ["-o", str(trace), sys.executable, "-m", "tests.ui.hostile_window"]
        done = subprocess.run(
            [*run, mode, str(library), name.stdout.strip(), str(image)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        opened[mode] = image.name.casefold() in trace.read_text().casefold()
    assert opened == {"window": False, "control": True}


def test_each_hostile_bundle_is_one_notice_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    members = read_members_of_export(qtbot, window, tmp_path)
    window.close_comparison()  # an open session keeps its view on each import: not our concern
    before = fingerprint(tmp_path / "library.sqlite3")
    for label, build, _ in CASES:
        bundle = build(members, tmp_path / f"{label}.comparer")
        count = len(window.notices.messages())
        window.session_actions.import_file(bundle)
        messages = window.notices.messages()
        assert len(messages) == count + 1, label
        assert messages[-1].startswith(f"Could not import {bundle.name}: ")
        assert "\n" not in messages[-1]
    assert fingerprint(tmp_path / "library.sqlite3") == before


def test_the_plain_question_shows_the_text_and_returns_the_button(
    qtbot: QtBot, answers: Answers
) -> None:
    answers.real_boxes = True
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    assert plain_text.question(None, "Delete", f"Delete {MARKUP}?") == QMessageBox.StandardButton.No
    assert seen == [(Qt.TextFormat.PlainText, f"Delete {MARKUP}?")]
