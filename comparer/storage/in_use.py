"""Which work compares an article: saved sessions, and the drafts of unsaved sessions.

An article is needed by every saved session that compares it (the session could not be
opened without it) and just as much by every draft that does: a running window's unsaved
work, which that window will save, or a crashed one's, which the next start offers to
restore. Removing the article would lock either away, so removal asks :func:`work_using`
first, inside its own write transaction (see :meth:`.SessionStore.remove_article`): no
session or draft can be written in between. Both kinds of row name their articles by
content hash inside their JSON body; a damaged body that holds the hash counts as using it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from comparer.storage.models import ArticleRow
from comparer.storage.session_models import DraftRow, SessionRow


@dataclass(frozen=True, slots=True)
class InUse:
    """The saved sessions and the drafts that compare some articles: their names, and the
    rows they are (``keys``), since names repeat: every new comparison's draft is called
    "Untitled comparison" until it is saved."""

    saved: tuple[str, ...] = ()
    unsaved: tuple[str, ...] = ()
    keys: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.keys or self.saved or self.unsaved)

    def phrase(self) -> str:
        """The work in words: "the saved session 'A' and the unsaved session 'B' (a draft)"."""
        parts = []
        if self.saved:
            parts.append(f"the saved {_named('session', self.saved)}")
        if self.unsaved:
            drafts = "a window's draft" if len(self.unsaved) == 1 else "windows' drafts"
            parts.append(f"the unsaved {_named('session', self.unsaved)} ({drafts})")
        return " and ".join(parts)


def work_using(
    db: DbSession, article_ids: Iterable[int], ids: range, besides: InUse = InUse()
) -> InUse:
    """The sessions and drafts comparing any of ``article_ids`` (ids outside ``ids``, the
    ids a row can have, are compared by none), each kind's names sorted; rows ``besides``
    holds are left out, so a removal the user agreed to can tell what was saved since."""
    wanted = [i for i in article_ids if i in ids]
    hashes = db.scalars(select(ArticleRow.content_hash).where(ArticleRow.id.in_(wanted))).all()
    saved, unsaved = _using(db, SessionRow, hashes), _using(db, DraftRow, hashes)
    new = {k: n for k, n in (saved | unsaved).items() if k not in besides.keys}
    return InUse(
        tuple(sorted({n for k, n in new.items() if k in saved})),
        tuple(sorted({n for k, n in new.items() if k in unsaved})),
        frozenset(new),
    )


def _using(
    db: DbSession, model: type[SessionRow] | type[DraftRow], hashes: Iterable[str]
) -> dict[str, str]:
    """The rows of ``model`` comparing one of ``hashes``, as ``{key: name}``: the key tells
    apart rows of one name ("sessions 3", "drafts 7")."""
    found: dict[str, str] = {}
    for content_hash in hashes:
        statement = select(model.id, model.name, model.body).where(
            model.body.contains(content_hash)
        )
        for row in db.execute(statement):
            if _compares(row.body, content_hash):
                found[f"{model.__tablename__} {row.id}"] = row.name
    return found


def _compares(body: str, content_hash: str) -> bool:
    try:
        return content_hash in json.loads(body).get("articles", ())
    except (ValueError, AttributeError):
        return True  # damaged, yet the hash is in it: it may well need the article


def _named(kind: str, names: tuple[str, ...]) -> str:
    return f"{kind}{'' if len(names) == 1 else 's'} {', '.join(map(repr, names))}"
