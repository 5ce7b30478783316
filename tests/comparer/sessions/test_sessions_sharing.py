"""Sessions shared between processes: no lost saves, and a killed writer damages nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from comparer.model import Article
from comparer.sessions.attach import begin
from comparer.storage import Library, SessionStore

WRITER = Path(__file__).with_name("session_writer.py")


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_adding_notes_lose_none(
    store: SessionStore, library: Library, articles: list[Article]
) -> None:
    store.create(begin("Shared", articles).session)
    count = 25
    writers = [_start("notes", library.url, "Shared", w, str(count)) for w in "PQ"]
    for process in writers:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors

    with Library.open(library.url) as fresh:
        session = SessionStore(fresh).get("Shared")
    expected = {f"{w} {n}" for w in "PQ" for n in range(count)}
    assert sorted(n.text for n in session.notes) == sorted(expected)
    assert session.revision == 1 + 2 * count
    for writer in "PQ":  # each writer's notes stay in the order it wrote them
        mine = [n.text for n in session.notes if n.text.startswith(writer)]
        assert mine == [f"{writer} {n}" for n in range(count)]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("lines", [7, 40, 101])
def test_a_killed_writer_leaves_every_committed_session_readable(
    store: SessionStore, library: Library, library_path: Path, articles: list[Article], lines: int
) -> None:
    store.create(begin("Base", articles).session)
    process = _start("copies", str(library_path), "Base")
    assert process.stdout is not None
    printed = [process.stdout.readline().split() for _ in range(lines)]
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    assert process.stderr is not None
    process.stderr.close()
    library.close()

    with sqlite3.connect(library_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Library.open(library_path) as reopened:
        sessions = SessionStore(reopened)
        committed: dict[str, int] = {}
        for *words, revision in printed:
            committed[" ".join(words)] = int(revision)
        for name, revision in committed.items():
            session = sessions.get(name)
            assert session.revision >= revision
            assert len(session.notes) == session.revision - 1
            assert sessions.articles(session) == articles
