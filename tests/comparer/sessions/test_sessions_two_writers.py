"""Two processes importing and saving one session at once, on SQLite and on PostgreSQL:
every committed import and every committed note is there afterwards, exactly once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from comparer.model import Article
from comparer.sessions.attach import begin
from comparer.storage import Library, SessionStore
from tests.comparer.sessions.mixed_writer import article

ROOT = Path(__file__).resolve().parents[3]
WRITER = [sys.executable, "-m", "tests.comparer.sessions.mixed_writer"]  # run from ROOT
SECONDS = 4.0


def _run_writers(location: str) -> dict[str, list[list[str]]]:
    processes = {
        w: subprocess.Popen(
            [*WRITER, location, "Shared", w, str(SECONDS)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in "PQ"
    }
    printed = {}
    for writer, process in processes.items():
        out, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors
        printed[writer] = [line.split() for line in out.splitlines()]
    return printed


def test_two_writers_lose_nothing(
    library: Library, store: SessionStore, articles: list[Article]
) -> None:
    store.create(begin("Shared", articles).session)
    before = len(library.list())
    printed = _run_writers(library.url)

    imported = {(w, int(n)): int(i) for w, lines in printed.items() for _, n, i in lines[::2]}
    noted = {(w, int(line[1])) for w, lines in printed.items() for line in lines[1::2]}
    assert {w for w, _ in noted} == {"P", "Q"}  # both really wrote, side by side
    with Library.open(library.url) as fresh:
        for (writer, number), article_id in imported.items():
            assert fresh.get(article_id).meta.title == f"{writer} {number}"
            assert fresh.original(article_id) == article(writer, number).original
        assert len(fresh.list()) == before + len(imported)
        session = SessionStore(fresh).get("Shared")
    texts = [n.text for n in session.notes]
    assert sorted(texts) == sorted(f"{w} {n}" for w, n in noted)
    assert session.revision == 1 + len(noted)
    for writer in "PQ":  # each writer's notes stay in the order it wrote them
        mine = [t for t in texts if t.startswith(writer)]
        assert mine == [f"{writer} {n}" for n in range(len(mine))]
