"""What counts as a reviewer's unsaved work, and what undo leaves alone (no Qt needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from comparer.sessions.edit import add_note, carry_bookkeeping, content, rename, work_of
from comparer.sessions.model import Session

BASE = Session(name="Strike", articles=("a" * 64, "b" * 64), engine_version="1", result_digest="r1")


def test_a_fresh_session_holds_no_work() -> None:
    assert not any(work_of(BASE))
    assert any(work_of(add_note(BASE, None, "Ask OCHA.")))


def test_content_is_the_work_the_articles_and_the_result_reviewed() -> None:
    assert content(BASE) == content(rename(BASE, "Strike on Raqqa"))  # a name is not content
    assert content(BASE) == content(replace(BASE, view={"scroll": 3}, revision=9))
    assert content(BASE) != content(replace(BASE, result_digest="r2"))
    assert content(BASE) != content(replace(BASE, articles=("a" * 64,)))
    assert content(BASE) != content(add_note(BASE, None, "Ask OCHA."))


def test_undo_brings_back_the_work_but_not_the_bookkeeping() -> None:
    earlier = BASE  # what the undo stack holds
    saved_at = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    current = replace(
        add_note(BASE, None, "Ask OCHA."),
        id=7,
        revision=3,
        name="Strike, checked",
        engine_version="2",
        result_digest="r2",
        modified=saved_at,
        view={"scroll": 40},
    )
    undone = carry_bookkeeping(earlier, current)
    assert undone.notes == ()  # the work goes back
    assert (undone.id, undone.revision, undone.name, undone.engine_version) == (
        7, 3, "Strike, checked", "2"
    )  # fmt: skip
    assert (undone.result_digest, undone.modified, undone.view) == ("r2", saved_at, {"scroll": 40})
