"""Two copies of Comparer sharing a library, and a crash in the middle of importing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from comparer.model import Extracted
from comparer.storage import Library, fts
from tests.comparer.storage.behind import connected

ROOT = Path(__file__).resolve().parents[3]
WRITER = [sys.executable, "-m", "tests.comparer.storage.storage_writer"]  # run from ROOT
Dispatch = Callable[[str, int], Extracted]


def _start_writer(path: Path, writer: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*WRITER, str(path), writer, str(count)],
        cwd=ROOT,
        stdout=subprocess.PIPE,  # its errors go to our stderr, which pytest shows on failure
        text=True,
    )


def _rest_of_output(process: subprocess.Popen[str]) -> list[str]:
    # Read through the same buffered pipe as readline(): communicate() would skip
    # lines already buffered there.
    assert process.stdout is not None
    rest = process.stdout.read().splitlines()
    process.wait(timeout=120)
    process.stdout.close()
    return rest


def _printed(lines: list[str]) -> dict[int, int]:
    pairs = (line.split() for line in lines if line.strip())
    return {int(number): int(article_id) for number, article_id in pairs}


def _assert_stored(library: Library, writer: str, ids: dict[int, int], make: Dispatch) -> None:
    for number, article_id in ids.items():
        expected = make(writer, number)
        article = library.get(article_id)
        assert (article.content_hash, article.text) == (expected.content_hash, expected.text)
        assert article.sentences == expected.sentences
        assert library.original(article_id) == expected.original


def test_two_libraries_on_one_file_see_each_others_articles(
    library_path: Path, make_dispatch: Dispatch
) -> None:
    with Library.open(library_path) as first, Library.open(library_path) as second:
        ids = [
            lib.add(make_dispatch("two", n)).article_id for n, lib in enumerate([first, second] * 5)
        ]
        assert [s.id for s in first.list()] == ids
        assert [s.id for s in second.list()] == ids
        assert second.add(make_dispatch("two", 0)).created is False


@pytest.mark.slow
def test_another_process_writing_at_the_same_time_loses_nothing(
    library_path: Path, make_dispatch: Dispatch
) -> None:
    # The other process may create the library while this one does: both must agree.
    process = _start_writer(library_path, "other", 300)
    assert process.stdout is not None
    with Library.open(library_path) as library:
        first = process.stdout.readline()  # it is writing now: write alongside it
        mine = {n: library.add(make_dispatch("mine", n)).article_id for n in range(300)}
        rest = _rest_of_output(process)
        assert process.returncode == 0
        theirs = _printed([first, *rest])
        assert len(theirs) == 300
        assert len(library.list()) == 600
        assert set(mine.values()).isdisjoint(theirs.values())
        _assert_stored(library, "mine", mine, make_dispatch)
        _assert_stored(library, "other", theirs, make_dispatch)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_import_keeps_every_committed_article(
    library_path: Path, make_dispatch: Dispatch
) -> None:
    process = _start_writer(library_path, "crash", 0)
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(40)]
    os.kill(process.pid, signal.SIGKILL)
    printed = _printed(lines + _rest_of_output(process))
    assert len(printed) >= 40

    with sqlite3.connect(library_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with connected(library_path) as connection:
        assert fts.integrity_check(connection)
    with Library.open(library_path) as library:
        _assert_stored(library, "crash", printed, make_dispatch)
        assert [hit.article_id for hit in library.search('"crash dispatch 7"')] == [printed[7]]
        assert len(library.list()) in (len(printed), len(printed) + 1)
