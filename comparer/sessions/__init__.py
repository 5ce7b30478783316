"""Comparison sessions: a reviewer's decisions, notes, bookmarks and view over a comparison.

The records are in :mod:`.model`, every change in :mod:`.edit`, anchoring to text in
:mod:`.anchors` and laying a session over a fresh comparison in :mod:`.attach`. The library
keeps sessions through :class:`comparer.storage.sessions.SessionStore`; the ``.comparer``
file, which needs the library and the importers, is :mod:`comparer.export.bundle`, so the
arrows point one way (storage and export use sessions; sessions uses neither). This
package's ``__init__`` loads only the records, so opening the library does not load the
comparison engine.
"""

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
    SessionSummary,
    StaleSession,
    Target,
    checked_name,
)

__all__ = [
    "Bookmark",
    "Decision",
    "DifferenceAnchor",
    "EventChoice",
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
