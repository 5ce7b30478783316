"""``comparer library copy``: a personal library moved into another (a PostgreSQL server or a
file) and back, whole; run again it copies nothing twice; killed midway it resumes."""

from __future__ import annotations

import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from comparer.cli.main import main
from comparer.sessions.model import Session
from comparer.storage import Library, SessionStore
from tests.comparer.sessions.mixed_writer import article
from tests.comparer.sessions.seed_session import import_seeds, reviewed


def _contents(location: str | Path) -> tuple[dict[str, tuple[object, ...]], list[Session]]:
    """Every article by content hash (all that is stored of it) and every session."""
    with Library.open(location) as library:
        articles = {}
        for summary in library.list():
            stored = library.get(summary.id)
            extra = (summary.imported_at, library.original(summary.id))
            articles[stored.content_hash] = (*_without_id(stored), *extra)
        store = SessionStore(library)
        sessions = [store.get(s.name) for s in store.list()]
    return articles, sessions


def _without_id(stored: object) -> tuple[object, ...]:
    return tuple(v for k, v in vars_of(stored).items() if k != "id")


def vars_of(value: object) -> dict[str, object]:
    return {name: getattr(value, name) for name in value.__slots__}  # type: ignore[attr-defined]


def _copy(capsys: pytest.CaptureFixture[str], source: str | Path, target: str | Path) -> str:
    assert main(["--db", str(source), "library", "copy", "--to", str(target)]) == 0
    return capsys.readouterr().out.splitlines()[-1]


def test_a_library_goes_there_and_back_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, library_location: str
) -> None:
    personal, back = tmp_path / "personal.sqlite3", tmp_path / "back.sqlite3"
    with Library.open(personal) as library:
        SessionStore(library).create(reviewed(import_seeds(library)))
    assert _copy(capsys, personal, library_location).startswith("articles: 2 copied, 0 already")
    assert _copy(capsys, personal, library_location) == (
        "articles: 0 copied, 2 already there; sessions: 0 copied, 1 already there"
    )
    _copy(capsys, library_location, back)
    (mine, my_sessions), (returned, their_sessions) = _contents(personal), _contents(back)
    assert returned == mine
    assert [replace(s, id=None) for s in their_sessions] == [
        replace(s, id=None) for s in my_sessions
    ]


def test_different_work_under_a_taken_name_is_kept_under_a_free_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, library_location: str
) -> None:
    personal = tmp_path / "personal.sqlite3"
    with Library.open(personal) as library:
        SessionStore(library).create(reviewed(import_seeds(library)))
    with Library.open(library_location) as shared:
        session = reviewed(import_seeds(shared))
        SessionStore(shared).create(replace(session, notes=()))
    _copy(capsys, personal, library_location)
    _copy(capsys, personal, library_location)
    names = [s.name for s in _contents(library_location)[1]]
    assert sorted(names) == ["Strike", "Strike (2)"]


def test_a_copy_killed_midway_resumes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, library_location: str
) -> None:
    personal = tmp_path / "personal.sqlite3"
    with Library.open(personal) as library:
        for number in range(400):
            library.add(article("K", number))
    command = [sys.executable, "-m", "comparer", "--db", str(personal)]
    process = subprocess.Popen(
        [*command, "library", "copy", "--to", library_location],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    for _ in range(40):
        assert process.stdout.readline().startswith("article #")
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    done = len(_contents(library_location)[0])
    assert 40 <= done < 400
    assert _copy(capsys, personal, library_location) == (
        f"articles: {400 - done} copied, {done} already there; sessions: 0 copied, 0 already there"
    )
    assert _contents(library_location)[0] == _contents(personal)[0]
