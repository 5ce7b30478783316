"""A window on a PostgreSQL library whose database goes away keeps its unsaved work on this
computer, and says so once, in one line; at the next start, with the server back, that work
is offered, restored and saved into the library."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.sessions.edit import add_note
from comparer.storage import Library, SessionStore
from tests.pg_cluster import (
    Cluster,
    cluster_user,
    find_binaries,
    start_cluster,
    start_server,
    stop_cluster,
    stop_server,
)
from tests.ui.conftest import Answers
from ui.main_window import MainWindow
from ui.session import offline
from ui.session.restore import offer_restore
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


OFFLINE_WINDOW = Path(__file__).with_name("offline_window.py")


@pytest.fixture
def own_server() -> Iterator[Cluster]:
    """A server of this test's own, which it stops and starts again."""
    binaries = find_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl): apt-get install postgresql-15")
    cluster = start_cluster(binaries, cluster_user())
    try:
        cluster.sql('CREATE DATABASE "newsroom"')
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture
def opened() -> Iterator[list[Library]]:
    """Libraries a test opens, closed after its windows (pytest-qt closes those first)."""
    libraries: list[Library] = []
    yield libraries
    for library in libraries:
        library.close()


def _lose_the_server_mid_work(server: Cluster, samples: list[Path], env: dict[str, str]) -> str:
    """Run a window that works, loses its server, works on and is killed; its notices."""
    args = [sys.executable, str(OFFLINE_WINDOW), server.url("newsroom"), *map(str, samples[:2])]
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    with subprocess.Popen(args, text=True, env=env, **pipes) as child:  # type: ignore[call-overload]
        try:
            assert child.stdout.readline().strip() == "ready"
            stop_server(server)
            said, errors = child.communicate("gone\n", timeout=120)
        finally:
            child.kill()
    assert child.returncode == -signal.SIGKILL, errors
    return str(said)


def test_work_kept_offline_comes_back_into_the_library_after_a_restart(
    qtbot: QtBot,
    own_server: Cluster,
    samples: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
    opened: list[Library],
) -> None:
    local = tmp_path / "offline.sqlite3"
    monkeypatch.setenv("COMPARER_OFFLINE_DRAFTS", str(local))
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "COMPARER_USER": "Ann Lee"}
    said = _lose_the_server_mid_work(own_server, samples, env)
    assert [line for line in said.splitlines() if "kept on this computer" in line] != []
    with sqlite3.connect(local) as raw:  # the work the server never got, on this computer
        (body,) = raw.execute("SELECT body FROM session_drafts").fetchone()
    assert [n["text"] for n in json.loads(body)["notes"]] == ["Before", "After 1", "After 2"]

    start_server(own_server)  # the next start, with the server back
    library = Library.open(own_server.url("newsroom"))
    opened.append(library)  # closed after the window, as the app does
    window = MainWindow(library, TaskRunner())
    qtbot.addWidget(window)
    _restore_and_save(qtbot, window, answers)
    saved = SessionStore(library).get("Strike, reviewed offline")
    assert [n.text for n in saved.notes] == ["Before", "After 1", "After 2"]
    assert [(d.state.value, d.by) for d in saved.decisions] == [("relevant", "Ann Lee")]
    assert offline.abandoned_offline(window.session.drafts.owner) == []  # offered once
    assert window.session.drafts.abandoned() == []  # nor the older draft on the server


def _restore_and_save(qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    """Answer Yes to the offered work, wait for its comparison, save it under a name."""
    answers.buttons.append(QMessageBox.StandardButton.Yes)
    assert offer_restore(window, window.session, window.notices)
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)
    answers.texts.append("Strike, reviewed offline")
    window.actions_by_name["save"].trigger()
    assert not window.session.dirty
