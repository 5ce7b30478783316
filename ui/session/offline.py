"""Unsaved work kept on this computer while the library cannot be reached.

A window keeps its unsaved session as a draft in the library after every change. When the
library is a server that has gone away, or a file gone from its place (moved, deleted, its
drive unmounted), that write fails; the draft then goes to a small local library file
(:func:`~comparer.storage.location.offline_drafts_path`) under the same owner, and the
window says so in one line. At the next start such a draft is offered like
one a crash left behind (:mod:`ui.session.restore`), and once restored it is kept in the
library again.
"""

from __future__ import annotations

from pathlib import Path

from comparer.errors import ComparerError
from comparer.sessions.model import Session
from comparer.storage import DraftStore, Library
from comparer.storage.drafts import Draft
from comparer.storage.location import offline_drafts_path


def keep_offline(owner: str, session: Session) -> Path:
    """Keep ``session`` as ``owner``'s draft in the local file; return the file."""
    path = offline_drafts_path()
    with Library.open(path) as local:
        DraftStore(local, owner=owner).keep(session)
    return path


def abandoned_offline(owner: str) -> list[Draft]:
    """Drafts in the local file whose window is gone, newest first (none if no file)."""
    path = offline_drafts_path()
    if not path.exists():
        return []
    with Library.open(path) as local:
        return DraftStore(local, owner=owner).abandoned()


def claim_offline(owner: str, draft_id: int) -> Session | None:
    """Take a draft out of the local file (None if another window took it first)."""
    try:
        with Library.open(offline_drafts_path()) as local:
            return DraftStore(local, owner=owner).claim(draft_id)
    except ComparerError:
        return None
