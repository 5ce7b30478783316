"""The frozen records of a comparison session: what a reviewer decided, noted and marked.

A session never stores sentence indexes or character offsets: every decision points at
text through an anchor (the article's content hash plus the sentence or difference text),
so a newer engine that cleans or splits an article differently still finds what the
reviewer meant. Sessions are values: every change returns a new :class:`Session` (see
:mod:`comparer.sessions.edit`), which makes undo a matter of keeping the old value. ``id``,
``revision``, ``created`` and ``modified`` belong to the library that stores the session.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from comparer.errors import ComparerError


class SessionError(ComparerError):
    """A session cannot be created, found, saved or read; the message says why."""


class StaleSession(SessionError):
    """A save came from an older revision than the stored one: reload and apply again.

    ``saved_by`` names who saved the newer revision ("" when not known).
    """

    def __init__(self, message: str, saved_by: str = "") -> None:
        """Keep the one-line ``message`` and who saved meanwhile."""
        super().__init__(message)
        self.saved_by = saved_by


MAX_NAME_CHARS = 200
"""Longest session name: it heads the window, the menus and the report's first line."""


def checked_name(name: str) -> str:
    """The session name as it is kept: runs of blanks and line breaks become one space.

    The one rule for every name, typed in the window, given on the command line or read
    from a ``.comparer`` file: a blank name, a name holding control characters (NUL, escape
    sequences...) or a lone surrogate (a command-line argument that was not UTF-8) and a
    name over :data:`MAX_NAME_CHARS` characters are refused.
    """
    name = " ".join(name.split())
    if not name:
        raise SessionError("a session needs a name")
    if len(name) > MAX_NAME_CHARS:
        raise SessionError(
            f"a session name has at most {MAX_NAME_CHARS} characters (this one has {len(name):,})"
        )
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise SessionError("a session name cannot hold control characters")
    if any(unicodedata.category(c) == "Cs" for c in name):
        raise SessionError("a session name cannot hold text that is not valid Unicode")
    return name


class ReviewState(StrEnum):
    """What the reviewer made of one difference."""

    OPEN = "open"
    RELEVANT = "relevant"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class SentenceAnchor:
    """A sentence found by its text: the ``occurrence``-th sentence with exactly that text."""

    article: str
    text: str
    occurrence: int = 0


@dataclass(frozen=True, slots=True)
class DifferenceAnchor:
    """A difference found by what it says, not where: article, kind, text and context.

    ``context`` is the text of the sentence the difference starts in ("" outside any),
    ``counterpart`` the content hash of the article it is measured against ("" if none),
    and ``occurrence`` tells apart differences that agree on everything else.
    """

    article: str
    kind: str
    type: str
    text: str
    context: str
    counterpart: str
    counterpart_text: str
    occurrence: int = 0


Target = DifferenceAnchor | SentenceAnchor | None
"""What a note is about: a difference, a sentence, or (None) the whole session."""


@dataclass(frozen=True, slots=True)
class Decision:
    """The review state a reviewer gave a difference (open differences have none).

    ``by`` and ``at`` say who gave it and when; "" and None for a verdict recorded before
    Comparer kept them.
    """

    anchor: DifferenceAnchor
    state: ReviewState
    by: str = ""
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """A reviewer's note on a difference, a sentence or the whole session."""

    id: str
    target: Target
    text: str
    created: datetime


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A place the reviewer wants to come back to."""

    id: str
    target: DifferenceAnchor | SentenceAnchor
    label: str
    created: datetime


@dataclass(frozen=True, slots=True)
class Link:
    """The reviewer's say that two sentences do (or do not) belong together."""

    a: SentenceAnchor
    b: SentenceAnchor
    linked: bool


@dataclass(frozen=True, slots=True)
class EventChoice:
    """The reviewer's say that articles (by content hash) report one event (``together``),
    or, not together, an event apart from the others; later choices override earlier ones."""

    articles: tuple[str, ...]
    together: bool = True


@dataclass(frozen=True, slots=True)
class Session:
    """A named comparison of articles (by content hash, in key order A, B, ...) under review.

    ``engine_version`` and ``result_digest`` describe the comparison the reviewer worked
    on, so a later engine's different result can be pointed out. ``view`` is the UI's own
    JSON-ready state (columns, filters, scroll position...), stored and returned untouched;
    replace it with :func:`comparer.sessions.edit.with_view`, never mutate it.
    """

    name: str
    articles: tuple[str, ...]
    engine_version: str
    result_digest: str
    decisions: tuple[Decision, ...] = ()
    notes: tuple[Note, ...] = ()
    bookmarks: tuple[Bookmark, ...] = ()
    links: tuple[Link, ...] = ()
    events: tuple[EventChoice, ...] = ()
    view: dict[str, Any] = field(default_factory=dict, hash=False)
    id: int | None = None
    revision: int = 0
    created: datetime | None = None
    modified: datetime | None = None
    # Who saved the stored revision ("" when not known), set by the store; like a file's
    # owner it says where the session came from, not what it is, so equality ignores it.
    saved_by: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One line of the list of stored sessions."""

    id: int
    name: str
    articles: int
    revision: int
    created: datetime
    modified: datetime
    saved_by: str = ""
