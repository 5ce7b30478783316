"""Comparison sessions in the library: create, save, list, open, delete, import.

A :class:`SessionStore` shares its :class:`~comparer.storage.library.Library`'s database;
every call is one transaction, so a crash leaves each session as it was at its last
completed save. Saving is optimistic: each session row has a ``revision`` that every save
increments, and a save made from an older revision than the stored one is **refused** with
:class:`~comparer.sessions.model.StaleSession` and changes nothing. Two windows or two
copies of Comparer therefore never overwrite each other's work unseen; the loser reloads
and applies its change again, which :meth:`SessionStore.update` does inside one write
transaction (writers queue on SQLite's lock, or the library's lock on PostgreSQL, so an
update can never be stale). Each row records who created the session and who saved it
last (the store's user: configured, else the OS login name), and a refused save names
who saved meanwhile.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session as DbSession

from comparer.identity import current_user
from comparer.model import Article, Extracted
from comparer.sessions.codec import session_from_json, session_to_json
from comparer.sessions.model import Session, SessionError, SessionSummary, StaleSession
from comparer.storage.in_use import InUse, work_using
from comparer.storage.library import Library, add_article, delete_article
from comparer.storage.models import ArticleRow
from comparer.storage.records import from_db_time, to_db_time
from comparer.storage.session_models import SessionRow


class SessionStore:
    """The sessions kept in one library."""

    def __init__(self, library: Library, user: str | None = None) -> None:
        """Keep sessions in ``library``'s database (which must stay open while in use).

        Saves are recorded as made by ``user`` (by default :func:`current_user`).
        """
        self._library = library
        self._user = current_user() if user is None else user

    @property
    def user(self) -> str:
        """Who this store's creates and saves are recorded as made by."""
        return self._user

    def create(self, session: Session) -> Session:
        """Store a new session; its name must not be taken. Returns it at revision 1."""
        with self._library.transaction(write=True) as db:
            _require_articles(db, session)
            stored = _insert(db, session, session.name, self._user)
            db.commit()
        return stored

    def save(self, session: Session) -> Session:
        """Write the whole session over its stored revision; returns it at the next one.

        Cheap enough to call after every change (one small row in one transaction). Raises
        :class:`StaleSession` if someone saved it since ``session.revision`` was read.
        """
        if session.id is None:
            raise SessionError(f"session {session.name!r} was never stored; create it first")
        with self._library.transaction(write=True) as db:
            _require_articles(db, session)
            saved = _write(db, session, self._user)
            db.commit()
        return saved

    def update(self, name: str, change: Callable[[Session], Session]) -> Session:
        """Apply ``change`` to the stored session and save, all in one write transaction."""
        with self._library.transaction(write=True) as db:
            saved = _write(db, change(_load(db, SessionRow.name == name, name)), self._user)
            db.commit()
        return saved

    def get(self, name: str) -> Session:
        """The stored session called ``name``."""
        with self._library.transaction(write=False) as db:
            return _load(db, SessionRow.name == name, name)

    def find(self, name_or_id: str) -> Session:
        """The session named ``name_or_id``, else the one with that id (``7`` or ``#7``).

        A name wins: a session may well be called "2019".
        """
        with self._library.transaction(write=False) as db:
            row = db.scalar(select(SessionRow.id).where(SessionRow.name == name_or_id))
        number = name_or_id.strip().removeprefix("#")
        if row is not None or not number.isdigit():
            return self.get(name_or_id)
        try:
            return self.get_by_id(int(number))
        except SessionError as error:
            raise SessionError(f"no session named {name_or_id!r} or with id {number}") from error

    def get_by_id(self, session_id: int) -> Session:
        """The stored session with this id."""
        if session_id not in self._library.row_ids:
            raise SessionError(f"no session #{session_id}")
        with self._library.transaction(write=False) as db:
            return _load(db, SessionRow.id == session_id, f"#{session_id}")

    def list(self) -> builtins.list[SessionSummary]:
        """Every session, most recently changed first."""
        columns = (SessionRow.id, SessionRow.name, SessionRow.article_count, SessionRow.revision)
        times = (SessionRow.created, SessionRow.modified, SessionRow.saved_by)
        statement = select(*columns, *times).order_by(
            SessionRow.modified.desc(), SessionRow.id.desc()
        )
        with self._library.transaction(write=False) as db:
            rows = db.execute(statement).all()
        return [
            SessionSummary(
                r.id,
                r.name,
                r.article_count,
                r.revision,
                from_db_time(r.created),
                from_db_time(r.modified),
                r.saved_by,
            )
            for r in rows
        ]

    def work_using(self, article_ids: Iterable[int]) -> InUse:
        """The saved sessions and the drafts (unsaved sessions of running or crashed windows)
        that compare any of the library's articles ``article_ids``; an id no longer in the
        library is compared by none."""
        with self._library.transaction(write=False) as db:
            return work_using(db, article_ids, self._library.row_ids)

    def remove_article(self, article_id: int) -> tuple[bool, InUse]:
        """Remove an article from the library unless a saved session or a draft compares it
        (the work could no longer be opened): whether it was removed, and the work that
        refused it."""
        removed, in_use = self.remove_accepted([article_id], InUse())
        return bool(removed), in_use

    def remove_accepted(
        self, article_ids: Iterable[int], accepted: InUse
    ) -> tuple[builtins.list[int], InUse]:
        """Remove articles, all or none, unless work compares them beyond ``accepted`` (what
        the user was told and agreed to lock away): the ids removed, and the work found
        besides. The check and the removal share one write transaction, so a session or
        draft another process writes meanwhile keeps its articles."""
        with self._library.transaction(write=True) as db:
            wanted = [i for i in dict.fromkeys(article_ids) if i in self._library.row_ids]
            besides = work_using(db, wanted, self._library.row_ids, accepted)
            if besides:
                return [], besides
            removed = [i for i in wanted if delete_article(db, i)]
            db.commit()
        return removed, besides

    def delete(self, name: str) -> bool:
        """Delete a session (its articles stay in the library); False if there was none."""
        with self._library.transaction(write=True) as db:
            result = db.execute(delete(SessionRow).where(SessionRow.name == name))
            db.commit()
        return bool(getattr(result, "rowcount", 0))

    def article_ids(self, session: Session) -> builtins.list[int]:
        """The library ids of the session's articles, in the session's order."""
        found = []
        for content_hash in session.articles:
            article_id = self._library.find_by_hash(content_hash)
            if article_id is None:
                raise SessionError(
                    f"session {session.name!r} needs an article that is no longer in the "
                    f"library (content hash {content_hash[:12]}…)"
                )
            found.append(article_id)
        return found

    def articles(self, session: Session) -> builtins.list[Article]:
        """The session's articles from the library, in the session's order."""
        return [self._library.get(i) for i in self.article_ids(session)]

    def import_session(self, articles: Sequence[Extracted], session: Session) -> Session:
        """Add the articles (known ones are not repeated) and the session, all or nothing.

        A taken name gets a numbered suffix ("Strike (2)"); the stored session is returned.
        """
        with self._library.transaction(write=True) as db:
            for extracted in articles:
                add_article(db, extracted)
            stored = _insert(db, session, _free_name(db, session.name), self._user)
            db.commit()
        return stored


def _require_articles(db: DbSession, session: Session) -> None:
    """Refuse to save a session that could not be opened: one of its articles was removed
    since it was compared (by another window or ``comparer remove``). The reviewer, told at
    once, imports it again and saves; nothing is written meanwhile."""
    wanted = set(session.articles)
    column = ArticleRow.content_hash
    stored = set(db.scalars(select(column).where(column.in_(wanted))))
    gone = [h for h in session.articles if h not in stored]
    if gone:
        raise SessionError(
            f"session {session.name!r} was not saved: it compares an article removed from the "
            f"library since (content hash {gone[0][:12]}…); import that article again, then save"
        )


def _insert(db: DbSession, session: Session, name: str, user: str) -> Session:
    if _exists(db, name):
        raise SessionError(f"there is already a session called {name!r}")
    now = datetime.now(UTC)
    stored = replace(
        session, name=name, id=None, revision=1, created=now, modified=now, saved_by=user
    )
    row = SessionRow(
        name=name,
        revision=1,
        article_count=len(session.articles),
        engine_version=session.engine_version,
        created=to_db_time(now),
        modified=to_db_time(now),
        body=_body(stored),
        created_by=user,
        saved_by=user,
    )
    db.add(row)
    db.flush()
    return replace(stored, id=row.id)


def _write(db: DbSession, session: Session, user: str) -> Session:
    clash = db.scalar(select(SessionRow.id).where(SessionRow.name == session.name))
    if clash is not None and clash != session.id:
        raise SessionError(f"there is already a session called {session.name!r}")
    now = datetime.now(UTC)
    saved = replace(session, revision=session.revision + 1, modified=now, saved_by=user)
    statement = (
        update(SessionRow)
        .where(SessionRow.id == session.id, SessionRow.revision == session.revision)
        .values(
            name=session.name,
            revision=saved.revision,
            article_count=len(session.articles),
            engine_version=session.engine_version,
            modified=to_db_time(now),
            body=_body(saved),
            saved_by=user,
        )
    )
    if not getattr(db.execute(statement), "rowcount", 0):
        _refuse(db, session)
    return saved


def _refuse(db: DbSession, session: Session) -> None:
    columns = (SessionRow.revision, SessionRow.saved_by, SessionRow.modified)
    stored = db.execute(select(*columns).where(SessionRow.id == session.id)).first()
    if stored is None:
        raise SessionError(f"session {session.name!r} is no longer in the library")
    when = from_db_time(stored.modified).astimezone().strftime("%Y-%m-%d %H:%M")
    who = f" by {stored.saved_by}" if stored.saved_by else ""
    raise StaleSession(
        f"session {session.name!r} was changed elsewhere: saved{who} at {when} (revision "
        f"{stored.revision}, this copy is at {session.revision}); reopen it and apply the "
        "change again",
        stored.saved_by,
    )


def _load(db: DbSession, where: object, label: str) -> Session:
    row = db.scalars(select(SessionRow).where(where)).first()  # type: ignore[arg-type]
    if row is None:
        raise SessionError(f"no session {label}")
    try:
        document = json.loads(row.body)
    except ValueError as error:  # a damaged row: the others still open
        damage = f"{type(error).__name__}: {error}"
        raise SessionError(f"session {label} is damaged ({damage})") from None
    session = session_from_json(document)
    return replace(
        session,
        id=row.id,
        revision=row.revision,
        created=from_db_time(row.created),
        modified=from_db_time(row.modified),
        saved_by=row.saved_by,
    )


def _exists(db: DbSession, name: str) -> bool:
    return db.scalar(select(SessionRow.id).where(SessionRow.name == name)) is not None


def _free_name(db: DbSession, name: str) -> str:
    candidate, number = name, 1
    while _exists(db, candidate):
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def _body(session: Session) -> str:
    return json.dumps(session_to_json(session), ensure_ascii=False, separators=(",", ":"))
