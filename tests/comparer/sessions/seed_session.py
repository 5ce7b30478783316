"""A reviewed session on the two seed reports of one strike, shared by the session tests."""

from __future__ import annotations

from pathlib import Path

from comparer.importing import import_all
from comparer.model import Article, Kind
from comparer.sessions.anchors import anchor_sentence
from comparer.sessions.attach import begin, compare_session
from comparer.sessions.edit import accept, add_bookmark, add_note, link, review, with_view
from comparer.sessions.model import ReviewState, Session
from comparer.storage import Library

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"


def import_seeds(library: Library) -> list[Article]:
    """Import the seeds 000 and 001 (the same strike) into ``library``, in that order."""
    paths = sorted(SAMPLES.glob("*.txt"))[:2]
    outcomes = import_all(library, [str(p) for p in paths])
    assert all(o.ok for o in outcomes)
    return [library.get(o.article_id) for o in outcomes if o.article_id is not None]


VIEW = {"columns": ["A", "B"], "filters": {"kind": ["number"]}, "scroll": 120.5, "selected": 3}


def reviewed(articles: list[Article]) -> Session:
    """A session with a link, a decision of each kind, notes on all three targets, a view."""
    first, second = articles
    session = begin("Strike", articles).session
    session = link(session, anchor_sentence(first, 0), anchor_sentence(second, 0), True)
    attached = compare_session(session, articles)
    session = accept(session, attached.comparison)  # the linked result is what is reviewed
    anchors, differences = attached.anchors, attached.comparison.differences
    numbers = [i for i, d in enumerate(differences) if d.kind is Kind.NUMBER]
    session = review(session, anchors[numbers[0]], ReviewState.RELEVANT)
    session = review(session, anchors[0], ReviewState.DISMISSED)
    session = add_note(session, anchors[numbers[0]], "Check the toll with OCHA.")
    session = add_note(session, anchor_sentence(first, 1), "Dateline disputed.")
    session = add_note(session, None, "Overall: B relies on one source « only ».")
    session = add_bookmark(session, anchors[numbers[0]], "toll")
    return with_view(session, VIEW)
