"""The window, the command line and a second window share one library and lose nothing.

Real processes on one real SQLite file: a window (offscreen, in a child process driven by
``shared_window.py``) imports on its worker thread, compares and saves sessions, while
``comparer`` processes import, list and create sessions between its steps, and a second
window does the same. Each commit must be visible to every other process at once, and the
file must pass ``PRAGMA integrity_check`` at the end. This is the scenario that used to
destroy the library ("database disk image is malformed").
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.comparer.storage.damage import (
    damage_a_table,
    mount_point,
    read_only_mount,
)

SEEDS = Path(__file__).resolve().parents[2] / "resources" / "samples"
CHILD = Path(__file__).with_name("shared_window.py")
ROUNDS = 2


class Window:
    """A window in a child process, one request and one answer at a time."""

    def __init__(self, db: Path, prefix: tuple[str, ...] = ()) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
        self.process = subprocess.Popen(
            [*prefix, sys.executable, str(CHILD), str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )

    def ask(self, request: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(request + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline().strip()
        assert line, f"the window died answering {request!r}"
        return line

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        code = self.process.wait(timeout=60)
        self.process.stdout.close()
        assert code == 0


def cli(db: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "comparer", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def article_file(folder: Path, number: int) -> Path:
    """A distinct real report: a sample with one more sentence, so its content is new."""
    samples = sorted(SEEDS.glob("*.txt"))
    text = samples[number % len(samples)].read_text(encoding="utf-8")
    path = folder / f"report-{number}.txt"
    path.write_text(f"{text}\n\nUpdate {number}: the ministry repeated its call.\n", "utf-8")
    return path


def cli_ids(db: Path) -> list[int]:
    return [entry["id"] for entry in json.loads(cli(db, "list", "--format", "json"))]


def cli_sessions(db: Path) -> list[str]:
    return [entry["name"] for entry in json.loads(cli(db, "session", "list", "--format", "json"))]


def imported_id(line: str) -> int:
    verb, _, value = line.partition(" ")
    assert verb == "imported" and value.isdigit(), line
    return int(value)


@pytest.mark.slow
def test_window_cli_and_second_window_share_one_library(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    cli(db, "import", str(article_file(tmp_path, 0)))
    first, second = Window(db), Window(db)
    try:
        for round_ in range(ROUNDS):
            run_round(db, tmp_path, first, second, round_)
    finally:
        first.close()
        second.close()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert len(cli_ids(db)) == 1 + 3 * ROUNDS
    assert len(cli_sessions(db)) == 3 * ROUNDS


def run_round(db: Path, folder: Path, first: Window, second: Window, round_: int) -> None:
    base = 1 + 3 * round_
    mine = imported_id(first.ask(f"import {article_file(folder, base)}"))
    assert mine in cli_ids(db)  # the window's commit, seen by the command line at once
    assert mine in json.loads(second.ask("articles"))

    listing = cli(db, "import", str(article_file(folder, base + 1)))
    theirs = int(listing.split("#")[1].split()[0])
    assert theirs in json.loads(first.ask("articles"))  # the command line's, by the window

    other = imported_id(second.ask(f"import {article_file(folder, base + 2)}"))
    assert other in json.loads(first.ask("articles"))

    assert first.ask(f"compare {mine} {theirs}") == "compared"
    assert first.ask(f"save window-{round_}").startswith("saved ")
    assert f"window-{round_}" in cli_sessions(db)
    assert f"window-{round_}" in json.loads(second.ask("sessions"))

    cli(db, "session", "create", f"cli-{round_}", str(theirs), str(other))
    assert f"cli-{round_}" in json.loads(first.ask("sessions"))

    assert second.ask(f"compare {other} {mine}") == "compared"
    assert second.ask(f"save second-{round_}").startswith("saved ")
    assert f"second-{round_}" in cli_sessions(db)
    assert f"second-{round_}" in json.loads(first.ask("sessions"))


def test_a_window_on_a_read_only_library_reads_it_and_says_read_only(tmp_path: Path) -> None:
    folder = mount_point(tmp_path, "shelf")
    db = folder / "library.sqlite3"
    cli(db, "import", str(article_file(tmp_path, 0)), str(article_file(tmp_path, 1)))
    window = Window(db, prefix=read_only_mount(folder))
    try:
        assert json.loads(window.ask("articles")) == [1, 2]
        assert window.ask("compare 1 2") == "compared"
        assert window.ask(f"import {article_file(tmp_path, 2)}") == "imported none"
        notices = json.loads(window.ask("notices"))
    finally:
        window.close()
    said = [n for n in notices if "read-only" in n]
    assert said and all(str(db) in n for n in said), notices
    assert not any("damaged" in n for n in notices), notices


def test_a_window_on_a_damaged_library_says_so_before_anything_is_saved(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    cli(db, "import", str(article_file(tmp_path, 0)), str(article_file(tmp_path, 1)))
    damage_a_table(db, "sentences")
    before = db.read_bytes()
    window = Window(db)
    try:
        notices = json.loads(window.ask("notices"))
        assert window.ask(f"import {article_file(tmp_path, 2)}") == "imported none"
    finally:
        window.close()
    assert any("damaged" in n and ".recover" in n for n in notices), notices
    assert db.read_bytes() == before


def test_an_article_under_review_in_a_window_is_not_removed_by_the_command_line(
    tmp_path: Path,
) -> None:
    """The window's unsaved review (kept as a draft) needs its articles as much as a saved
    session does: removing one would leave a session that can never be opened again."""
    db = tmp_path / "library.sqlite3"
    cli(db, "import", str(article_file(tmp_path, 0)), str(article_file(tmp_path, 1)))
    window = Window(db)
    try:
        assert window.ask("compare 1 2") == "compared"
        assert window.ask("note Check the figures with the ministry") == "noted"
        refused = cli_failing(db, "remove", "1")
        assert refused.startswith("comparer: article #1 is compared in the unsaved session")
        assert "save or close that work in its window first" in refused
        assert window.ask("save Strike").startswith("saved ")
    finally:
        window.close()
    assert cli_ids(db) == [1, 2]
    assert "Check the figures with the ministry" in cli(db, "session", "show", "Strike")


def cli_failing(db: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "comparer", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout
    assert len(done.stderr.splitlines()) == 1, done.stderr
    return done.stderr.strip()


def test_a_library_dropped_on_its_own_window_is_left_unread_and_loses_nothing(
    tmp_path: Path,
) -> None:
    """Reading the library file, its log or its shared memory as an article (a drop of the
    folder it lives in) closed a descriptor of it, which dropped the window's SQLite locks:
    the command line then deleted the write-ahead log under the window, and the articles
    one of them stored afterwards were lost at the window's close."""
    db = tmp_path / "news" / "library.sqlite3"
    cli(db, "import", str(article_file(tmp_path, 0)))
    window = Window(db)
    try:
        assert json.loads(window.ask("articles")) == [1]
        for companion in ("", "-wal", "-shm"):
            assert window.ask(f"import {db}{companion}") == "imported none"
        cli(db, "import", str(article_file(tmp_path, 1)))
        assert imported_id(window.ask(f"import {article_file(tmp_path, 2)}")) == 3
        cli(db, "import", str(article_file(tmp_path, 3)), str(article_file(tmp_path, 4)))
        notices = json.loads(window.ask("notices"))
    finally:
        window.close()
    assert cli_ids(db) == [1, 2, 3, 4, 5]
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert any("a database (a Comparer library?), not a document" in n for n in notices)


def test_a_review_whose_article_was_removed_meanwhile_is_kept_until_it_can_be_opened(
    tmp_path: Path,
) -> None:
    """Removed while the window showed it and nothing was yet reviewed (no draft to refuse
    the removal), the article is missing at the save: the save says so and writes nothing,
    the work stays in the window, and once the article is imported again it is saved and
    opens. It used to be saved as a session that could never be opened."""
    db = tmp_path / "library.sqlite3"
    first, second = article_file(tmp_path, 0), article_file(tmp_path, 1)
    cli(db, "import", str(first), str(second))
    window = Window(db)
    try:
        assert window.ask("compare 1 2") == "compared"
        assert cli(db, "remove", "1") == "removed: #1\n"
        assert window.ask("note Check the figures with the ministry") == "noted"
        refused = window.ask("save Strike")
        assert refused.startswith("refused session 'Strike' was not saved: it compares an")
        assert cli_sessions(db) == []
        cli(db, "import", str(first))
        assert window.ask("save Strike").startswith("saved ")
    finally:
        window.close()
    assert "Check the figures with the ministry" in cli(db, "session", "show", "Strike")
