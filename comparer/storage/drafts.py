"""Session drafts: the unsaved state of each running window, so a crash loses no work.

A window calls :meth:`DraftStore.keep` after every change with its whole current session
(stored or never saved) and :meth:`DraftStore.discard` once that work is saved, thrown away
or the window closes cleanly. Each running copy of Comparer has one draft row, under its
owner token (:func:`~comparer.storage.owners.this_process`), written whole in one short
transaction. At start, :meth:`DraftStore.abandoned` lists the drafts whose owner is no
longer running, and :meth:`DraftStore.claim` takes one (deletes the row and returns its
session) inside one write transaction, so two copies starting together cannot both restore
it. A live copy's draft is never offered. A draft from another host (a library in a shared
or synced folder) or another sandbox cannot be checked, so it counts as live until it is
:data:`STALE_AFTER` old: a running window rewrites its draft on every change, so a week
without one means a crash nobody returned to; should that window be merely idle, its next
change simply writes its draft again. A draft of a stored session that has since been
deleted restores as a new, unsaved session.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session as DbSession

from comparer.sessions.codec import session_from_json, session_to_json
from comparer.sessions.model import Session, SessionError
from comparer.storage.library import Library
from comparer.storage.owners import running, this_process
from comparer.storage.records import from_db_time, to_db_time
from comparer.storage.session_models import DraftRow, SessionRow

STALE_AFTER = timedelta(days=7)
"""How long a draft whose owner cannot be checked counts as live (see the module text)."""

# Every draft with its stored session's id, which is NULL once that session is deleted.
_DRAFTS = select(DraftRow, SessionRow.id.label("stored")).outerjoin(
    SessionRow, SessionRow.id == DraftRow.session_id
)


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft left by another run of Comparer: its session exactly as last kept."""

    id: int
    session: Session
    owner: str
    modified: datetime


class DraftStore:
    """The drafts of one library, seen from one owner (by default this process)."""

    def __init__(self, library: Library, owner: str | None = None) -> None:
        """Keep this owner's draft in ``library`` (which must stay open while in use)."""
        self._library = library
        self._owner = this_process() if owner is None else owner

    @property
    def owner(self) -> str:
        """The owner token this store writes its draft under."""
        return self._owner

    def keep(self, session: Session) -> None:
        """Write ``session`` as this owner's one draft, replacing the previous one."""
        values = _values(session)
        with self._library.transaction(write=True) as db:
            mine = update(DraftRow).where(DraftRow.owner == self._owner)
            if not getattr(db.execute(mine.values(values)), "rowcount", 0):
                db.execute(insert(DraftRow).values(owner=self._owner, **values))
            db.commit()

    def discard(self) -> None:
        """Delete this owner's draft, if there is one."""
        with self._library.transaction(write=True) as db:
            db.execute(delete(DraftRow).where(DraftRow.owner == self._owner))
            db.commit()

    def abandoned(self) -> list[Draft]:
        """Other owners' drafts whose owner is gone, newest first.

        Drafts that cannot be read (damaged, or written in a newer session format) are left
        out and left alone.
        """
        statement = _DRAFTS.where(DraftRow.owner != self._owner)
        statement = statement.order_by(DraftRow.modified.desc(), DraftRow.id.desc())
        with self._library.transaction(write=False) as db:
            rows = db.execute(statement).all()
        now = datetime.now(UTC)
        found = []
        for draft, stored in rows:
            if _is_abandoned(draft, now):
                try:
                    found.append(_draft(draft, stored))
                except SessionError:
                    continue
        return found

    def claim(self, draft_id: int) -> Session | None:
        """Take an abandoned draft: delete it and return its session.

        None if it is gone (another copy took or dropped it) or its owner is running.
        """
        with self._library.transaction(write=True) as db:
            taken = self._take(db, draft_id)
            session = None if taken is None else _draft(*taken).session
            db.commit()
        return session

    def drop(self, draft_id: int) -> None:
        """Delete an abandoned draft the user does not want back (a live one stays)."""
        with self._library.transaction(write=True) as db:
            self._take(db, draft_id)
            db.commit()

    def _take(self, db: DbSession, draft_id: int) -> tuple[DraftRow, int | None] | None:
        found = db.execute(_DRAFTS.where(DraftRow.id == draft_id)).first()
        if found is None:
            return None
        draft, stored = found
        if draft.owner == self._owner or not _is_abandoned(draft, datetime.now(UTC)):
            return None
        db.execute(delete(DraftRow).where(DraftRow.id == draft_id))
        return draft, stored


def _values(session: Session) -> dict[str, Any]:
    document = session_to_json(session)
    return {
        "session_id": session.id,
        "session_revision": session.revision,
        "session_created": _db_time(session.created),
        "session_modified": _db_time(session.modified),
        "name": session.name,
        "body": json.dumps(document, ensure_ascii=False, separators=(",", ":")),
        "modified": to_db_time(datetime.now(UTC)),
    }


def _is_abandoned(draft: DraftRow, now: datetime) -> bool:
    alive = running(draft.owner)
    if alive is None:
        return now - from_db_time(draft.modified) > STALE_AFTER
    return not alive


def _draft(draft: DraftRow, stored: int | None) -> Draft:
    session = _decode(draft.body)
    if draft.session_id is None or stored is not None:
        session = replace(
            session,
            id=draft.session_id,
            revision=draft.session_revision,
            created=_aware(draft.session_created),
            modified=_aware(draft.session_modified),
        )
    return Draft(draft.id, session, draft.owner, from_db_time(draft.modified))


def _decode(body: str) -> Session:
    try:
        document = json.loads(body)
    except ValueError as error:
        raise SessionError(f"the draft is damaged ({error})") from None
    return session_from_json(document)


def _db_time(moment: datetime | None) -> datetime | None:
    return None if moment is None else to_db_time(moment)


def _aware(moment: datetime | None) -> datetime | None:
    return None if moment is None else from_db_time(moment)
