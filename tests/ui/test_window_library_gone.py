"""The window's own library file gone while the window is open: every write says so in one
line, creates nothing at the path, and the reviewer's unsaved work stays on screen.

A real SQLite library is compared and reviewed in a real window; then its file is deleted
(or its folder moved away, as an unmounted drive would be) and the reviewer comes back to
the window, corrects an article's title and saves the session.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from comparer.model import Kind
from comparer.storage import Library
from tests.ui.conftest import Answers
from tests.ui.test_edits_from_outside import come_back
from tests.ui.test_metadata_edit import _answer
from tests.ui.test_sessions_window import first_of, one_marked_relevant, select, state_of

GONE = " is gone (moved, deleted, or its drive unmounted): nothing was saved"


def _delete_file(db: Path) -> None:
    db.unlink()


def _move_folder_away(db: Path) -> None:
    shutil.move(db.parent, db.parent.with_name("elsewhere"))


@pytest.mark.parametrize("take_away", [_delete_file, _move_folder_away])
def test_writes_into_a_library_gone_are_refused_and_the_review_kept(
    qtbot: QtBot, tmp_path: Path, samples: list[Path], answers: Answers, take_away: object
) -> None:
    db = tmp_path / "drive" / "library.sqlite3"
    with Library.open(db) as library:
        window, number = one_marked_relevant(qtbot, library, samples)
        assert callable(take_away)
        take_away(db)
        come_back(qtbot, window)
        assert window.library_panel.model.rowCount() == 2  # what was read stays listed
        window.library_panel.select_ids([window.comparisons.article_ids[0]])
        _answer({"title": "Corrected title"})
        window.actions_by_name["edit_details"].trigger()
        answers.texts.append("Floods")
        window.actions_by_name["save"].trigger()
        said = window.notices.messages()
        assert any(m.startswith("The library at ") and m.endswith(GONE) for m in said), said
        assert not db.exists() and not db.parent.joinpath("library.sqlite3-journal").exists()
        assert window.session.dirty and state_of(window, number) == "relevant"
        assert not window.session.stored


def test_closing_with_save_into_a_library_gone_keeps_the_window_open(
    qtbot: QtBot, tmp_path: Path, samples: list[Path], answers: Answers
) -> None:
    db = tmp_path / "drive" / "library.sqlite3"
    with Library.open(db) as library:
        window, number = one_marked_relevant(qtbot, library, samples)
        _delete_file(db)
        answers.buttons.append(QMessageBox.StandardButton.Save)
        answers.texts.append("Floods")
        assert not window.close()  # the review would be lost: the window stays
        assert window.isVisible() and window.session.dirty
        assert state_of(window, number) == "relevant"
        assert any(m.endswith(GONE) for m in window.notices.messages())
        assert not db.exists()


def test_review_after_the_library_has_gone_is_kept_on_this_computer(
    qtbot: QtBot,
    tmp_path: Path,
    samples: list[Path],
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    local = tmp_path / "local" / "offline-drafts.sqlite3"
    monkeypatch.setenv("COMPARER_OFFLINE_DRAFTS", str(local))
    db = tmp_path / "drive" / "library.sqlite3"
    with Library.open(db) as library:
        window, _ = one_marked_relevant(qtbot, library, samples)
        _move_folder_away(db)
        wording = first_of(window, Kind.WORDING)
        select(window, wording)
        window.actions_by_name["dismissed"].trigger()
        [said] = window.notices.messages()
        assert said.startswith("The library at ") and GONE in said
        assert said.endswith(f"Unsaved changes are kept on this computer ({local}).")
        assert not db.exists()
    with sqlite3.connect(local) as raw:  # the review the library never got, on this computer
        (body,) = raw.execute("SELECT body FROM session_drafts").fetchone()
    states = sorted(d["state"] for d in json.loads(body)["decisions"])
    assert states == ["dismissed", "relevant"]
