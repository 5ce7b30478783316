"""The library sidebar's queries: count, page and locate articles, sorted and filtered in SQL.

A window showing 100,000 articles cannot load them all to sort or filter them, so it asks
for what it shows: :meth:`Listing.count` for the scroll bar, :meth:`Listing.page` for the
rows on screen, :meth:`Listing.position` to find where an article landed after an import.
Every sort key has an index ending in the id (migration 0005), and the id breaks ties, so
the order is total and pages never overlap. Filtering keeps articles whose title or outlet
contains every typed word (a substring, case-insensitive), and those whose text matches a
full-text search (all of them, unranked: the list has its own order); snippets are made
only for the rows shown (:meth:`Listing.snippets`).
"""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, tuple_

from comparer.model import ArticleSummary
from comparer.storage import records, search
from comparer.storage.library import Library
from comparer.storage.models import ArticleRow


class SortKey(Enum):
    """What the list can be sorted by; IMPORTED (oldest import first) is the natural order."""

    IMPORTED = "imported"
    TITLE = "title"
    OUTLET = "outlet"
    PUBLISHED = "published"


FEW = 8  # up to this many rows are found one by one (each a short index range count)
_Rows = TypeVar("_Rows", bound=Select[*tuple[Any, ...]])
_COLUMNS: dict[SortKey, Any] = {
    SortKey.IMPORTED: ArticleRow.imported_at,
    SortKey.TITLE: ArticleRow.title,
    SortKey.OUTLET: ArticleRow.outlet,
    SortKey.PUBLISHED: ArticleRow.published,
}
_SUMMARY = (
    ArticleRow.id,
    ArticleRow.title,
    ArticleRow.outlet,
    ArticleRow.published,
    ArticleRow.source,
    ArticleRow.imported_at,
)


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Which articles to list, in which order."""

    sort: SortKey = SortKey.IMPORTED
    descending: bool = False
    words: tuple[str, ...] = ()  # each must be in the title or the outlet...
    search: str = ""  # ...or else the article's text matches this full-text search

    @property
    def filtered(self) -> bool:
        return bool(self.words) or bool(search.parse(self.search))


class Listing:
    """Read-only queries over a library's articles for a lazily filled list."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._sqlite = library.path is not None

    def count(self, query: ListQuery) -> int:
        """How many articles the query lists."""
        statement = select(func.count()).select_from(ArticleRow).where(self._where(query))
        with self._library.transaction(write=False) as session:
            return int(session.scalar(statement) or 0)

    def page(self, query: ListQuery, offset: int, limit: int) -> builtins.list[ArticleSummary]:
        """The listed articles from row ``offset`` on, at most ``limit`` of them."""
        statement = self._ordered(select(*_SUMMARY).where(self._where(query)), query)
        with self._library.transaction(write=False) as session:
            rows = session.execute(statement.offset(offset).limit(limit))
            return [records.to_summary(row) for row in rows]

    def newest_id(self) -> int:
        """The highest article id stored so far (ids are never reused), 0 for none."""
        with self._library.transaction(write=False) as session:
            return int(session.scalar(select(func.max(ArticleRow.id))) or 0)

    def ids_after(self, query: ListQuery, after: int, limit: int) -> builtins.list[int]:
        """Ids above ``after`` that the query lists (those added since), at most ``limit``."""
        statement = (
            select(ArticleRow.id)
            .where(ArticleRow.id > after, self._where(query))
            .order_by(ArticleRow.id)
            .limit(limit)
        )
        with self._library.transaction(write=False) as session:
            return [int(i) for i in session.scalars(statement)]

    def position(self, query: ListQuery, article_id: int) -> int | None:
        """The row of an article in the list, or None when the query does not list it."""
        key = self._key(query.sort)
        found = select(key, ArticleRow.id).where(ArticleRow.id == article_id, self._where(query))
        with self._library.transaction(write=False) as session:
            row = session.execute(found).first()
            if row is None:
                return None
            before = _before(query, key, row[0], article_id)
            counted = select(func.count()).select_from(ArticleRow).where(before)
            return int(session.scalar(counted.where(self._where(query))) or 0)

    def positions(self, query: ListQuery, ids: builtins.list[int]) -> dict[int, int]:
        """The rows of many articles at once (one pass over the list's index); those the
        query does not list are left out."""
        if len(ids) <= FEW:
            found = ((i, self.position(query, i)) for i in ids)
            return {i: row for i, row in found if row is not None}
        key = self._key(query.sort)
        ordering = (key.desc(), ArticleRow.id.desc()) if query.descending else (key, ArticleRow.id)
        numbered = (
            select(ArticleRow.id, (func.row_number().over(order_by=ordering) - 1).label("row"))
            .where(self._where(query))
            .subquery()
        )
        statement = select(numbered.c.id, numbered.c.row).where(numbered.c.id.in_(ids))
        with self._library.transaction(write=False) as session:
            return {int(i): int(row) for i, row in session.execute(statement)}

    def snippets(self, query: ListQuery, ids: builtins.list[int]) -> dict[int, str]:
        """Where the text of these listed articles matches the query's search."""
        with self._library.transaction(write=False) as session:
            return search.snippets(session.connection(), search.parse(query.search), ids)

    def _where(self, query: ListQuery) -> ColumnElement[bool]:
        if not query.filtered:
            return and_(True)
        matches = [_contains(word, self._sqlite) for word in query.words]
        terms = search.parse(query.search)
        if not terms:
            return and_(*matches)
        found = search.text_matches(terms, self._sqlite)
        return or_(and_(*matches), found) if matches else found

    def _key(self, sort: SortKey) -> Any:
        """The sort expression, matching an index of migration 0005 (case-folded text)."""
        column = _COLUMNS[sort]
        if sort not in (SortKey.TITLE, SortKey.OUTLET):
            return column
        return column.collate("NOCASE") if self._sqlite else func.lower(column)

    def _ordered(self, statement: _Rows, query: ListQuery) -> _Rows:
        key = self._key(query.sort)
        if query.descending:
            return statement.order_by(key.desc(), ArticleRow.id.desc())
        return statement.order_by(key, ArticleRow.id)


def _before(query: ListQuery, key: Any, value: object, article_id: int) -> ColumnElement[bool]:
    """Rows listed before the one whose sort key is ``value`` (NULL sorts first, like SQL)."""
    if value is None:
        earlier = and_(key.is_(None), ArticleRow.id < article_id)
        later = or_(key.is_not(None), and_(key.is_(None), ArticleRow.id > article_id))
    else:
        pair = tuple_(key, ArticleRow.id)
        earlier = or_(key.is_(None), pair < tuple_(value, article_id))
        later = and_(key.is_not(None), pair > tuple_(value, article_id))
    return later if query.descending else earlier


def _contains(word: str, sqlite: bool) -> ColumnElement[bool]:
    pattern = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"
    if sqlite:  # SQLite's LIKE ignores ASCII case already; lower() on every row costs double
        return or_(ArticleRow.title.like(pattern, "\\"), ArticleRow.outlet.like(pattern, "\\"))
    return or_(ArticleRow.title.ilike(pattern, "\\"), ArticleRow.outlet.ilike(pattern, "\\"))
