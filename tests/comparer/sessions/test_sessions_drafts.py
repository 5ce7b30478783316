"""Session drafts: one per running copy, offered back only once their owner is gone."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from comparer.model import Article
from comparer.sessions.attach import begin
from comparer.sessions.edit import add_note
from comparer.sessions.model import ReviewState, Session
from comparer.storage import DraftStore, Library, SessionStore
from comparer.storage.owners import parse, this_process
from tests.comparer.sessions.draft_keeper import edited
from tests.comparer.sessions.seed_session import VIEW, reviewed

KEEPER = Path(__file__).with_name("draft_keeper.py")


def _start(mode: str, library_path: Path, kind: str) -> tuple[subprocess.Popen[str], str]:
    """A draft keeper process, and the owner token it prints first."""
    process = subprocess.Popen(
        [sys.executable, str(KEEPER), mode, str(library_path), "Strike", kind],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def _staying(library_path: Path, kind: str) -> tuple[subprocess.Popen[str], str]:
    """A keeper that has kept its draft and runs on until its input is closed."""
    process, owner = _start("stay", library_path, kind)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "kept"
    return process, owner


def _finish(process: subprocess.Popen[str]) -> None:
    _, errors = process.communicate(timeout=60)
    assert process.returncode in (0, -getattr(signal, "SIGKILL", 9)), errors


def _rows(library_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(library_path) as raw:
        return raw.execute("SELECT owner, name FROM session_drafts ORDER BY id").fetchall()


@pytest.fixture
def stored(store: SessionStore, articles: list[Article]) -> Session:
    """The reviewed session on the seed reports, stored as "Strike"."""
    return store.create(reviewed(articles))


@pytest.fixture
def left_behind(library_path: Path, stored: Session) -> Iterator[tuple[str, Session]]:
    """A finished process's owner token and the stored-session draft it left behind."""
    process, owner = _start("once", library_path, "stored")
    _finish(process)
    yield owner, edited(stored, 2, "stored")


def test_keeping_again_replaces_this_owners_one_draft(
    library: Library, library_path: Path, articles: list[Article]
) -> None:
    mine, theirs = DraftStore(library, owner="mine"), DraftStore(library, owner="theirs")
    session = begin("Strike", articles).session
    mine.keep(session)
    theirs.keep(replace(session, name="Theirs"))
    for number in range(5):
        mine.keep(replace(session, name=f"Strike {number}"))
    assert _rows(library_path) == [("mine", "Strike 4"), ("theirs", "Theirs")]

    mine.discard()
    mine.discard()  # nothing left to discard is no error
    assert _rows(library_path) == [("theirs", "Theirs")]


@pytest.mark.parametrize("kind", ["stored", "unsaved"])
def test_a_finished_processs_draft_is_offered_and_restores_exactly(
    library: Library, library_path: Path, stored: Session, kind: str
) -> None:
    process, owner = _start("once", library_path, kind)
    _finish(process)
    before = datetime.now(UTC)

    drafts = DraftStore(library)
    (draft,) = drafts.abandoned()
    expected = edited(stored, 2, kind)
    assert draft.session == expected
    assert (draft.session.id, draft.session.revision) == (
        (stored.id, 1) if kind == "stored" else (None, 0)
    )
    assert draft.session.view == {**VIEW, "scroll": 2}
    assert [d.state for d in draft.session.decisions] == [
        ReviewState.RELEVANT,
        ReviewState.DISMISSED,
    ]
    assert draft.session.notes[-1].text.startswith("Draft note 2 « été »")
    assert draft.owner == owner != drafts.owner
    assert draft.modified.tzinfo is not None
    assert before - timedelta(minutes=5) < draft.modified <= before

    assert drafts.claim(draft.id) == expected
    assert drafts.claim(draft.id) is None
    assert drafts.abandoned() == []
    assert _rows(library_path) == []


def test_a_restored_draft_saves_over_its_stored_session(
    library: Library, store: SessionStore, left_behind: tuple[str, Session]
) -> None:
    (draft,) = DraftStore(library).abandoned()
    restored = DraftStore(library).claim(draft.id)
    assert restored is not None
    saved = store.save(restored)
    assert store.get("Strike") == saved
    assert saved.notes[-1].id == "draft-2"


def test_a_draft_of_a_deleted_session_restores_as_unsaved(
    library: Library, store: SessionStore, left_behind: tuple[str, Session]
) -> None:
    _, kept = left_behind
    assert store.delete("Strike")
    (draft,) = DraftStore(library).abandoned()
    unsaved = replace(kept, id=None, revision=0, created=None, modified=None)
    assert draft.session == unsaved
    assert DraftStore(library).claim(draft.id) == unsaved


def test_a_running_processs_draft_is_never_offered_nor_taken(
    library: Library, library_path: Path, stored: Session
) -> None:
    process, owner = _staying(library_path, "unsaved")
    with sqlite3.connect(library_path) as raw:
        ((draft_id,),) = raw.execute("SELECT id FROM session_drafts").fetchall()
    drafts = DraftStore(library)
    try:
        assert drafts.abandoned() == []
        assert drafts.claim(draft_id) is None
        drafts.drop(draft_id)
        assert _rows(library_path) == [(owner, "Unsaved strike")]
    finally:
        _finish(process)  # closing its input ends it

    (draft,) = drafts.abandoned()
    assert (draft.id, draft.owner) == (draft_id, owner)
    drafts.drop(draft.id)
    assert _rows(library_path) == []


def test_this_owners_own_draft_is_not_offered_to_it(
    library: Library, left_behind: tuple[str, Session]
) -> None:
    owner, _ = left_behind
    (draft,) = DraftStore(library).abandoned()
    assert DraftStore(library, owner=owner).abandoned() == []
    assert DraftStore(library, owner=owner).claim(draft.id) is None


def _ours_with(**parts: object) -> str:
    owner = parse(this_process())
    assert owner is not None
    return replace(owner, **parts).token()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("owner", "age", "offered"),
    [
        pytest.param(lambda: "laptop-elsewhere:4242:123:456", 0, False, id="other-host-recent"),
        pytest.param(lambda: "laptop-elsewhere:4242:123:456", 8, True, id="other-host-a-week"),
        pytest.param(lambda: _ours_with(space="1"), 1, False, id="other-sandbox-recent"),
        pytest.param(lambda: _ours_with(pid=os.getppid(), start=""), 30, False, id="live-parent"),
        pytest.param(lambda: _ours_with(start="1"), 0, True, id="pid-reused"),
        pytest.param(lambda: "not an owner token", 3, False, id="unreadable-token"),
    ],
)
def test_owners_that_cannot_be_checked_count_as_running_for_a_week(
    library: Library,
    library_path: Path,
    articles: list[Article],
    owner: Callable[[], str],
    age: int,
    offered: bool,
) -> None:
    token = owner()
    DraftStore(library, owner=token).keep(begin("Strike", articles).session)
    then = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=age)
    with sqlite3.connect(library_path) as raw:
        raw.execute(
            "UPDATE session_drafts SET modified = ?", (then.strftime("%Y-%m-%d %H:%M:%S.%f"),)
        )
    assert [d.owner for d in DraftStore(library).abandoned()] == ([token] if offered else [])


def test_a_draft_that_cannot_be_read_is_left_out_and_left_alone(
    library: Library, library_path: Path, left_behind: tuple[str, Session]
) -> None:
    with sqlite3.connect(library_path) as raw:
        raw.execute("UPDATE session_drafts SET body = '{\"format\": 99}'")
    assert DraftStore(library).abandoned() == []
    assert len(_rows(library_path)) == 1


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("lines", [3, 40, 150])
def test_a_keeper_killed_mid_way_leaves_a_readable_draft(
    library: Library, library_path: Path, stored: Session, lines: int
) -> None:
    process, owner = _start("loop", library_path, "stored")
    assert process.stdout is not None
    for _ in range(lines):
        process.stdout.readline()
    os.kill(process.pid, signal.SIGKILL)
    # It kept going until the kill landed. Read those lines through process.stdout itself:
    # readline may have buffered some already, and communicate() reads only the raw pipe.
    rest = process.stdout.read()
    process.communicate(timeout=60)
    committed = [int(line) for line in rest.split()] or [lines - 1]
    library.close()

    with sqlite3.connect(library_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Library.open(library_path) as reopened:
        (draft,) = DraftStore(reopened).abandoned()
        assert draft.owner == owner
        # The kill may land after the next step's commit but before it was printed.
        assert draft.session in (edited(stored, committed[-1] + n, "stored") for n in (0, 1))
        assert SessionStore(reopened).get("Strike") == stored


def test_a_kept_session_is_not_a_saved_one(
    library: Library, store: SessionStore, stored: Session
) -> None:
    DraftStore(library).keep(add_note(stored, None, "not saved yet"))
    assert store.get("Strike") == stored
    assert [s.revision for s in store.list()] == [1]


def _state(pid: int) -> str:
    stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    return stat[stat.rindex(")") + 2]


@pytest.mark.skipif(sys.platform != "linux", reason="zombies are read from /proc")
def test_a_killed_process_not_yet_reaped_counts_as_gone(
    library: Library, library_path: Path, stored: Session
) -> None:
    process, owner = _staying(library_path, "stored")
    os.kill(process.pid, signal.SIGKILL)
    try:
        for _ in range(1000):  # the kill takes effect asynchronously
            if _state(process.pid) == "Z":
                break
            time.sleep(0.01)
        assert _state(process.pid) == "Z"
        assert [d.owner for d in DraftStore(library).abandoned()] == [owner]
    finally:
        _finish(process)


def test_a_second_window_s_untitled_draft_written_while_asked_keeps_its_articles(
    library: Library, library_path: Path, stored: Session
) -> None:
    """Every window's draft of a never-saved comparison bears the same name: what the user
    agreed to lock away is told apart by row, not by name."""
    store = SessionStore(library)
    ids = store.article_ids(stored)
    first, _ = _staying(library_path, "unsaved")
    try:
        accepted = store.work_using(ids)  # what the remove question names
        assert (accepted.saved, accepted.unsaved) == (("Strike",), ("Unsaved strike",))
        second, _ = _staying(library_path, "unsaved")  # another window, while asked
        try:
            removed, besides = store.remove_accepted(ids, accepted)
            assert (removed, besides.unsaved) == ([], ("Unsaved strike",))
            assert [a.id for a in library.list()] == ids
        finally:
            _finish(second)
    finally:
        _finish(first)
    removed, besides = store.remove_accepted(ids, store.work_using(ids))  # asked again
    assert (removed, bool(besides)) == (ids, False)
