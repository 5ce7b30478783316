"""Laying a session's decisions over a fresh comparison of its articles.

A session keeps only anchors; :func:`compare_session` turns its sentence links into the
engine's :class:`~comparer.model.SentenceLink` for the current sentence indexes (and its
event choices into :class:`~comparer.model.EventDecision` for the current keys), runs the
comparison and :func:`attach` finds every decision, note and bookmark again. What can no
longer be found is returned as an orphan (never silently dropped), and the result says
whether the engine, or what it found, differs from what the reviewer worked on. The
record itself (:class:`~comparer.sessions.attached.Attached`) and :func:`attach` live in
:mod:`comparer.sessions.attached`, which does not load the engine; they are re-exported
here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import comparer.compare as pipeline
from comparer.analyser import Analyser
from comparer.model import Article
from comparer.progress import SILENT, Progress
from comparer.sessions.attached import Attached, Orphan, attach, resolve_events, resolve_links
from comparer.sessions.edit import start
from comparer.sessions.model import EventChoice, Session, SessionError


def begin(
    name: str,
    articles: Sequence[Article],
    progress: Progress = SILENT,
    analysers: Sequence[Analyser] | None = None,
    one_event: bool = False,
) -> Attached:
    """Compare ``articles`` and start a new, unsaved session on the result; ``one_event``
    says from the start that they all report one event (a choice kept in the session)."""
    chosen = (EventChoice(tuple(a.content_hash for a in articles)),) if one_event else ()
    decisions = resolve_events(chosen, articles)
    comparison = pipeline.compare(articles, (), progress, analysers=analysers, events=decisions)
    return attach(replace(start(name, comparison), events=chosen), comparison)


def compare_session(
    session: Session,
    articles: Sequence[Article],
    progress: Progress = SILENT,
    analysers: Sequence[Analyser] | None = None,
) -> Attached:
    """Compare the session's articles (given in its order) with its links and event
    choices, then attach."""
    hashes = tuple(a.content_hash for a in articles)
    if hashes != session.articles:
        raise SessionError(f"the articles given are not those of session {session.name!r}")
    links, _ = resolve_links(session, articles)
    events = resolve_events(session.events, articles)
    comparison = pipeline.compare(articles, links, progress, analysers=analysers, events=events)
    return attach(session, comparison)


__all__ = [
    "Attached",
    "Orphan",
    "attach",
    "begin",
    "compare_session",
    "resolve_events",
    "resolve_links",
]
