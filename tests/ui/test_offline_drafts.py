"""A window on a PostgreSQL library whose database goes away keeps its unsaved work on this
computer, and says so once, in one line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.sessions.edit import add_note
from comparer.storage import Library
from tests.pg_cluster import Cluster
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

WAIT = 60_000


def test_unsaved_work_is_kept_locally_when_the_server_is_gone(
    qtbot: QtBot,
    pg_server: Cluster,
    samples: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    local = tmp_path / "offline.sqlite3"
    monkeypatch.setenv("COMPARER_OFFLINE_DRAFTS", str(local))
    name = pg_server.new_database()
    with Library.open(pg_server.url(name)) as library:
        window = MainWindow(library, TaskRunner())
        qtbot.addWidget(window)
        outcomes = import_all(library, [str(p) for p in samples[:2]])
        window.open_articles([o.article_id for o in outcomes if o.article_id])
        qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)
        window.session.apply("Note", lambda s: add_note(s, None, "Before"))
        assert not local.exists()  # the server took the draft
        pg_server.drop_database(name)
        for text in ("After 1", "After 2"):
            window.session.apply("Note", lambda s, t=text: add_note(s, None, t))
        window.runner.wait(10_000)
    said = [m for m in window.notices.messages() if "kept on this computer" in m]
    assert len(said) == 1 and "\n" not in said[0]
    with sqlite3.connect(local) as raw:
        rows = raw.execute("SELECT owner, body FROM session_drafts").fetchall()
    assert [owner for owner, _ in rows] == [window.session.drafts.owner]
    notes = [n["text"] for n in json.loads(rows[0][1])["notes"]]
    assert notes == ["Before", "After 1", "After 2"]
