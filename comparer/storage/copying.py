"""Copying one library into another: a personal SQLite file into the newsroom's server, or back.

Every article travels whole (metadata, text, sentences, removed blocks and the original
file's bytes) in one write transaction of the target, and is skipped when the target
already holds its content hash; a session is skipped when the target holds one of that
name, or a numbered variant of it, with the same content, and is stored under a free
name ("Strike (2)") when the name is taken by different work. So a copy can be run again
safely, and one interrupted (killed, network gone) resumes where it stopped: what was
committed is found and skipped, what was not left no trace. Import times are kept; ids are
the target's own. Sessions name their articles by content hash, so they need no remapping.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from comparer.storage.library import Library
from comparer.storage.models import ArticleRow, OriginalRow, RemovedRow, SentenceRow
from comparer.storage.session_models import SessionRow

# Everything of an article row but its id, which the target gives anew.
_ARTICLE_COLUMNS = [c for c in ArticleRow.__table__.columns if c.name != "id"]
_SESSION_COLUMNS = [c for c in SessionRow.__table__.columns if c.name != "id"]
_CHILDREN = (OriginalRow, SentenceRow, RemovedRow)


@dataclass
class CopyReport:
    """What a copy did: counts of articles and sessions copied and already there."""

    articles_copied: int = 0
    articles_present: int = 0
    sessions_copied: int = 0
    sessions_present: int = 0

    def line(self) -> str:
        """The report as one line for the command line."""
        return (
            f"articles: {self.articles_copied} copied, {self.articles_present} already there; "
            f"sessions: {self.sessions_copied} copied, {self.sessions_present} already there"
        )


def copy_library(
    source: Library, target: Library, progress: Callable[[str], None] = lambda _line: None
) -> CopyReport:
    """Copy every article, then every session, of ``source`` into ``target``."""
    target.check_writable()
    report = CopyReport()
    for article_id, content_hash in _article_keys(source):
        if _copy_article(source, target, article_id, content_hash):
            report.articles_copied += 1
            progress(f"article #{article_id} copied")
        else:
            report.articles_present += 1
    for session_id in _ids(source, SessionRow.id):
        if _copy_session(source, target, session_id):
            report.sessions_copied += 1
        else:
            report.sessions_present += 1
    return report


def _article_keys(source: Library) -> list[tuple[int, str]]:
    statement = select(ArticleRow.id, ArticleRow.content_hash).order_by(ArticleRow.id)
    with source.transaction(write=False) as db:
        return [(row.id, row.content_hash) for row in db.execute(statement)]


def _ids(source: Library, column: Any) -> list[int]:
    with source.transaction(write=False) as db:
        return list(db.scalars(select(column).order_by(column)))


def _copy_article(source: Library, target: Library, article_id: int, content_hash: str) -> bool:
    if target.find_by_hash(content_hash) is not None:
        return False
    with source.transaction(write=False) as db:
        article = _values(db, _ARTICLE_COLUMNS, ArticleRow.id == article_id)[0]
        children = {
            m: _values(db, _child_columns(m), m.article_id == article_id) for m in _CHILDREN
        }
    with target.transaction(write=True) as db:
        # Checked again inside the write: another copy may have stored it meanwhile.
        if db.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == content_hash)):
            return False
        new_id = db.execute(
            insert(ArticleRow).values(article).returning(ArticleRow.id)
        ).scalar_one()
        for model, rows in children.items():
            if rows:
                db.execute(insert(model), [{**row, "article_id": new_id} for row in rows])
        db.commit()
    return True


def _child_columns(model: Any) -> list[Any]:
    return [c for c in model.__table__.columns if c.name != "article_id"]


def _values(db: Session, columns: list[Any], where: Any) -> list[dict[str, Any]]:
    rows = db.execute(select(*columns).where(where)).all()
    return [dict(row._mapping) for row in rows]


def _copy_session(source: Library, target: Library, session_id: int) -> bool:
    with source.transaction(write=False) as db:
        row = _values(db, _SESSION_COLUMNS, SessionRow.id == session_id)[0]
    with target.transaction(write=True) as db:
        names = {r.name: r.body for r in db.execute(select(SessionRow.name, SessionRow.body))}
        if any(_same_work(row, name, body) for name, body in names.items()):
            return False
        name = _free_name(row["name"], names)
        content = _content(row["body"])
        body = (
            json.dumps({**content, "name": name}, ensure_ascii=False, separators=(",", ":"))
            if isinstance(content, dict)
            else row["body"]  # damaged: copied as it is, for whoever can mend it
        )
        db.execute(insert(SessionRow).values({**row, "name": name, "body": body}))
        db.commit()
    return True


def _same_work(row: dict[str, Any], name: str, body: str) -> bool:
    if name != row["name"] and not name.startswith(row["name"] + " ("):
        return False
    return _content(body) == _content(row["body"])


def _content(body: str) -> dict[str, Any] | str:
    """What a session's body holds besides its name; a damaged body, as it is."""
    try:
        content = dict(json.loads(body))
    except (ValueError, TypeError):
        return body
    content.pop("name", None)
    return content


def _free_name(name: str, taken: dict[str, str]) -> str:
    return next(c for c in _candidates(name) if c not in taken)


def _candidates(name: str) -> Iterator[str]:
    yield name
    number = 2
    while True:
        yield f"{name} ({number})"
        number += 1
