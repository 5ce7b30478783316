"""Benchmark of session autosave: the time of one draft write, and of one session save.

A window keeps a draft after every change (:meth:`DraftStore.keep`), so that write must
never be felt. This times 200 keeps of a session of realistic size (80 decisions with their
difference anchors, 20 notes of a sentence or two, a view) in a library file in a temporary
folder, each keep after a change as small as a reviewer's, and for comparison 200 saves of
the same session through :class:`SessionStore`. No corpus is needed (``corpora`` is
ignored). Run: ``python -m bench.bench_drafts``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from bench.measure import run_alone
from comparer.sessions.edit import add_note, review, with_view
from comparer.sessions.model import DifferenceAnchor, ReviewState, Session
from comparer.storage import DraftStore, Library, SessionStore

DECISIONS = 80
NOTES = 20
CALLS = 200
_NOW = datetime(2026, 1, 1, tzinfo=UTC)


def make_session() -> Session:
    """A reviewed session of the size a long review reaches."""
    session = Session("Bench", ("a" * 64, "b" * 64), "bench", "d" * 64)
    anchors = [_anchor(n) for n in range(DECISIONS)]
    for number, anchor in enumerate(anchors):
        state = ReviewState.RELEVANT if number % 3 else ReviewState.DISMISSED
        session = review(session, anchor, state)
    for number in range(NOTES):
        text = f"Note {number}: check this figure against the ministry's statement of Tuesday."
        session = add_note(session, anchors[number * 4], text, now=_NOW)
    return with_view(session, {"columns": ["A", "B"], "filters": {"kind": ["number"]}})


def _anchor(number: int) -> DifferenceAnchor:
    sentence = f"Officials said {number} people were killed when the strike hit the market."
    return DifferenceAnchor(
        article="a" * 64,
        kind="number",
        type="changed",
        text=str(number),
        context=sentence,
        counterpart="b" * 64,
        counterpart_text=sentence.replace(str(number), str(number + 3)),
    )


def _timings_ms(action: Callable[[Session], object], session: Session) -> list[float]:
    timings = []
    for call in range(CALLS):
        changed = with_view(session, {**session.view, "scroll": call})
        started = time.perf_counter()
        action(changed)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def run(corpora: Path) -> dict[str, float]:
    """Milliseconds of one draft keep (median and slowest) and one session save (median)."""
    session = make_session()
    with (
        tempfile.TemporaryDirectory() as folder,
        Library.open(Path(folder) / "bench.sqlite3") as library,
    ):
        drafts, store = DraftStore(library), SessionStore(library)
        keeps = _timings_ms(drafts.keep, session)
        saves = _timings_ms(_saver(store, session), session)
    return {
        "draft_keep_median_ms": statistics.median(keeps),
        "draft_keep_max_ms": max(keeps),
        "session_save_median_ms": statistics.median(saves),
    }


def _saver(store: SessionStore, session: Session) -> Callable[[Session], object]:
    latest = [store.create(session)]

    def save(changed: Session) -> None:
        # Each save is made from the revision the previous one returned, as a window does.
        latest[0] = store.save(replace(changed, id=latest[0].id, revision=latest[0].revision))

    return save


if __name__ == "__main__":
    run_alone(run, __doc__)
