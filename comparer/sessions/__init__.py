"""Comparison sessions: a reviewer's decisions, notes, bookmarks and view over a comparison.

The records are in :mod:`.model`, every change in :mod:`.edit`, anchoring to text in
:mod:`.anchors`, laying a session over a fresh comparison in :mod:`.attach` and the
``.comparer`` file in :mod:`.portable`. The library keeps sessions through
:class:`comparer.storage.sessions.SessionStore`. This package's ``__init__`` loads only the
records, so opening the library does not load the comparison engine.
"""

from comparer.sessions.model import (
    Bookmark,
    Decision,
    DifferenceAnchor,
    Link,
    Note,
    ReviewState,
    SentenceAnchor,
    Session,
    SessionError,
    SessionSummary,
    StaleSession,
    Target,
    checked_name,
)

__all__ = [
    "Bookmark",
    "Decision",
    "DifferenceAnchor",
    "Link",
    "Note",
    "ReviewState",
    "SentenceAnchor",
    "Session",
    "SessionError",
    "SessionSummary",
    "StaleSession",
    "Target",
    "checked_name",
]
