"""Every change a reviewer can make to a session, as a function from session to session.

Sessions are frozen, so each function returns a new one and leaves its argument alone: the
UI's undo stack keeps the values before and after a command, and saving is always of one
whole, consistent value. Marking a difference ``open`` removes its decision, so a session
only ever holds what the reviewer actually decided.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from comparer.identity import current_user
from comparer.model import Comparison
from comparer.sessions.anchors import result_digest
from comparer.sessions.model import (
    Bookmark,
    Decision,
    DifferenceAnchor,
    EventChoice,
    Link,
    Note,
    ReviewState,
    SentenceAnchor,
    Session,
    SessionError,
    Target,
    checked_name,
)


def _now() -> datetime:
    return datetime.now(UTC)


def start(name: str, comparison: Comparison) -> Session:
    """A new session over the articles of ``comparison``, in their key order."""
    return Session(
        name=checked_name(name),
        articles=tuple(c.article.content_hash for c in comparison.articles),
        engine_version=comparison.engine_version,
        result_digest=result_digest(comparison),
    )


def rename(session: Session, name: str) -> Session:
    """The session under another name."""
    return replace(session, name=checked_name(name))


def review(
    session: Session,
    anchor: DifferenceAnchor,
    state: ReviewState,
    *,
    by: str | None = None,
    now: datetime | None = None,
) -> Session:
    """Record the reviewer's state for a difference (``OPEN`` forgets the decision).

    The verdict records who gave it (``by``, else :func:`current_user`) and when; giving
    a difference the state it already has changes nothing, so the first verdict's author
    and time stay.
    """
    if state_of(session, anchor) is state:
        return session
    kept = tuple(d for d in session.decisions if d.anchor != anchor)
    if state is not ReviewState.OPEN:
        kept += (Decision(anchor, state, by if by is not None else current_user(), now or _now()),)
    return replace(session, decisions=kept)


def state_of(session: Session, anchor: DifferenceAnchor) -> ReviewState:
    """The recorded state of a difference; ``OPEN`` when there is none."""
    return next((d.state for d in session.decisions if d.anchor == anchor), ReviewState.OPEN)


def add_note(
    session: Session, target: Target, text: str, *, now: datetime | None = None
) -> Session:
    """Append a note on a difference, a sentence or (``target=None``) the whole session."""
    note = Note(uuid.uuid4().hex, target, text, now or _now())
    return replace(session, notes=(*session.notes, note))


def edit_note(session: Session, note_id: str, text: str) -> Session:
    """Change the text of a note, keeping its target and time."""
    _require(note_id, [n.id for n in session.notes], "note")
    notes = tuple(replace(n, text=text) if n.id == note_id else n for n in session.notes)
    return replace(session, notes=notes)


def remove_note(session: Session, note_id: str) -> Session:
    """Delete a note."""
    _require(note_id, [n.id for n in session.notes], "note")
    return replace(session, notes=tuple(n for n in session.notes if n.id != note_id))


def add_bookmark(
    session: Session,
    target: DifferenceAnchor | SentenceAnchor,
    label: str = "",
    *,
    now: datetime | None = None,
) -> Session:
    """Append a bookmark on a difference or a sentence."""
    mark = Bookmark(uuid.uuid4().hex, target, label, now or _now())
    return replace(session, bookmarks=(*session.bookmarks, mark))


def remove_bookmark(session: Session, bookmark_id: str) -> Session:
    """Delete a bookmark."""
    _require(bookmark_id, [b.id for b in session.bookmarks], "bookmark")
    kept = tuple(b for b in session.bookmarks if b.id != bookmark_id)
    return replace(session, bookmarks=kept)


def link(session: Session, a: SentenceAnchor, b: SentenceAnchor, linked: bool) -> Session:
    """Say that two sentences belong together (or not), replacing an earlier say."""
    return replace(session, links=(*_without(session, a, b), Link(a, b, linked)))


def unlink(session: Session, a: SentenceAnchor, b: SentenceAnchor) -> Session:
    """Forget what the reviewer said about two sentences: the engine decides again."""
    return replace(session, links=_without(session, a, b))


def _without(session: Session, a: SentenceAnchor, b: SentenceAnchor) -> tuple[Link, ...]:
    return tuple(k for k in session.links if {k.a, k.b} != {a, b})


def choose_events(session: Session, articles: tuple[str, ...], together: bool) -> Session:
    """Say these articles (content hashes) report one event (or an event apart). Choices are
    laid over the grouping in order, so an earlier one is dropped only when this one makes
    it moot: every report of the session one event."""
    moot = together and set(articles).issuperset(session.articles)
    kept = () if moot else session.events
    return replace(session, events=(*kept, EventChoice(articles, together)))


def forget_events(session: Session) -> Session:
    """Forget what the reviewer said about events: the engine groups the reports again."""
    return replace(session, events=())


def with_view(session: Session, view: dict[str, Any]) -> Session:
    """The session with the UI's view state replaced by a detached copy of ``view``."""
    try:
        copy = json.loads(json.dumps(view))
    except (TypeError, ValueError) as error:
        raise SessionError(f"the view state is not JSON data: {error}") from error
    if not isinstance(copy, dict):
        raise SessionError("the view state must be a JSON object")
    return replace(session, view=copy)


def accept(session: Session, comparison: Comparison, digest: str | None = None) -> Session:
    """Take ``comparison`` (e.g. from a newer engine) as the one the session now reviews.

    ``digest`` is the comparison's :func:`result_digest` when the caller already has it.
    """
    return replace(
        session,
        engine_version=comparison.engine_version,
        result_digest=digest if digest is not None else result_digest(comparison),
    )


# Set by the library and by the comparison shown, not by the reviewer: undo leaves them be.
BOOKKEEPING = ("id", "revision", "created", "modified", "saved_by", "name", "engine_version")


def work_of(session: Session) -> tuple[object, ...]:
    """What the reviewer did in a session: decisions, notes, bookmarks, links and events."""
    return (session.decisions, session.notes, session.bookmarks, session.links, session.events)


def content(session: Session) -> tuple[object, ...]:
    """What a save keeps and a discard loses: the work, the articles and the result reviewed."""
    return (*work_of(session), session.articles, session.result_digest)


def carry_bookkeeping(value: Session, current: Session) -> Session:
    """``value`` (a session from the undo stack) with ``current``'s bookkeeping and view.

    Undo restores the reviewer's work, never the library's id and revision, the name, the
    engine, the result accepted or where the reviewer was looking: those stay as they are.
    """
    kept = {name: getattr(current, name) for name in BOOKKEEPING}
    return replace(value, result_digest=current.result_digest, view=current.view, **kept)


def _require(wanted: str, present: list[str], what: str) -> None:
    if wanted not in present:
        raise SessionError(f"the session has no {what} {wanted}")
