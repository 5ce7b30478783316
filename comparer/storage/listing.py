"""The library sidebar's queries: count, page and locate articles, sorted and filtered in SQL.

A window showing 100,000 articles cannot load them all to sort or filter them, so it asks
for what it shows: :meth:`Listing.count` for the scroll bar, :meth:`Listing.page` for the
rows on screen, :meth:`Listing.position` to find where an article landed after an import.
Every sort key has an index ending in the id (migration 0005), and the id breaks ties, so
the order is total and pages never overlap. Filtering keeps articles whose title or outlet
contains every typed word (a substring, case-insensitive), and those whose text matches a
full-text search (all of them, unranked: the list has its own order); snippets are made
only for the rows shown (:meth:`Listing.snippets`). A filtered count may stop at a bound
(``at_most``), so a keystroke never counts 100,000 matches.
"""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass, replace
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


_Rows = TypeVar("_Rows", bound=Select[*tuple[Any, ...]])
_COLUMNS: dict[SortKey, Any] = {
    SortKey.IMPORTED: ArticleRow.imported_at,
    SortKey.TITLE: ArticleRow.title,
    SortKey.OUTLET: ArticleRow.outlet,
    SortKey.PUBLISHED: ArticleRow.published,
}


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Which articles to list, in which order."""

    sort: SortKey = SortKey.IMPORTED
    descending: bool = False
    words: tuple[str, ...] = ()  # each must be in the title or the outlet...
    search: str = ""  # ...or else the article's text matches this full-text search
    # Only articles stored up to this id (None: all). A list read in several queries sees
    # one library, though another process stores articles between them; ids only grow, so
    # what came later is found above the bound, to be inserted once.
    upto: int | None = None

    @property
    def filtered(self) -> bool:
        return bool(self.words) or bool(search.parse(self.search))


class Listing:
    """Read-only queries over a library's articles for a lazily filled list."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._sqlite = library.path is not None

    def count(self, query: ListQuery, at_most: int | None = None) -> int:
        """How many articles the query lists, or ``at_most`` when it lists at least that many.

        A filter on a common word lists most of a big library, and counting every match
        reads every row; counting up to a bound stops as soon as the bound is reached.
        """
        if at_most is None:
            statement = select(func.count()).select_from(ArticleRow).where(self._where(query))
        else:
            listed = select(ArticleRow.id).where(self._where(query)).limit(at_most).subquery()
            statement = select(func.count()).select_from(listed)
        with self._library.transaction(write=False) as session:
            return int(session.scalar(statement) or 0)

    def head(
        self, query: ListQuery, at_most: int, rows: int
    ) -> tuple[int, builtins.list[ArticleSummary]]:
        """:meth:`count` up to ``at_most`` and the first ``rows`` articles, in one pass.

        A filter's keystroke asks for both; reading the matches once (their ids, in list
        order) halves what it costs when most of a big library matches.
        """
        ids = self._ordered(select(ArticleRow.id).where(self._where(query)), query)
        with self._library.transaction(write=False) as session:
            found = [int(i) for i in session.scalars(ids.limit(at_most))]
            shown = found[:rows]
            lines = select(*records.SUMMARY_COLUMNS).where(ArticleRow.id.in_(shown))
            by_id = {int(row.id): records.to_summary(row) for row in session.execute(lines)}
        return len(found), [by_id[i] for i in shown]

    def page(self, query: ListQuery, offset: int, limit: int) -> builtins.list[ArticleSummary]:
        """The listed articles from row ``offset`` on, at most ``limit`` of them."""
        statement = self._ordered(select(*records.SUMMARY_COLUMNS).where(self._where(query)), query)
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
        return self.positions(query, [article_id]).get(article_id)

    def positions(self, query: ListQuery, ids: builtins.list[int]) -> dict[int, int]:
        """The rows of these articles; those the query does not list are left out.

        SQL cannot tell a row's rank without counting the rows before it, so the articles
        are taken in list order and each count covers only the stretch since the previous
        one: together they read the index once, up to the last article.
        """
        if query.descending:  # a row's place counted from the other end, in one direction
            rising = self.positions(replace(query, descending=False), ids)
            last = self.count(query) - 1
            return {article_id: last - row for article_id, row in rising.items()}
        key = self._key(query.sort)
        wanted = select(key, ArticleRow.id).where(ArticleRow.id.in_(ids), self._where(query))
        rows: dict[int, int] = {}
        with self._library.transaction(write=False) as session:
            previous: tuple[object, int] | None = None
            for value, article_id in session.execute(self._ordered(wanted, query)).all():
                stretch = _stretch(query, key, previous, (value, int(article_id)))
                counted = select(func.count()).select_from(ArticleRow).where(stretch)
                found = int(session.scalar(counted.where(self._where(query))) or 0)
                rows[int(article_id)] = found + (rows[previous[1]] if previous else 0)
                previous = (value, int(article_id))
        return rows

    def snippets(self, query: ListQuery, ids: builtins.list[int]) -> dict[int, str]:
        """Where the text of these listed articles matches the query's search."""
        with self._library.transaction(write=False) as session:
            return search.snippets(session.connection(), search.parse(query.search), ids)

    def _where(self, query: ListQuery) -> ColumnElement[bool]:
        if query.upto is not None:
            # "+ 0": a bound on the id itself makes SQLite count by walking the whole table
            # (texts and all) instead of the small covering index it counts with now.
            return and_((ArticleRow.id + 0) <= query.upto, self._matching(query))
        return self._matching(query)

    def _matching(self, query: ListQuery) -> ColumnElement[bool]:
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
        if self._sqlite:  # NULL sorts first there, as the paging bounds (_compare) assume
            if query.descending:
                return statement.order_by(key.desc(), ArticleRow.id.desc())
            return statement.order_by(key, ArticleRow.id)
        if query.descending:  # elsewhere NULL sorts last unless told: say it the SQLite way
            return statement.order_by(key.desc().nulls_last(), ArticleRow.id.desc())
        return statement.order_by(key.nulls_first(), ArticleRow.id)


def _stretch(
    query: ListQuery, key: Any, start: tuple[object, int] | None, end: tuple[object, int]
) -> ColumnElement[bool]:
    """Rows from ``start`` (included; None: the top) up to ``end`` (excluded), ascending."""
    nullable = query.sort is SortKey.PUBLISHED
    upto = _compare(key, nullable, *end, before=True)
    if start is None:
        return upto
    if nullable and start[0] is None and end[0] is None:  # both among the undated rows
        return and_(key.is_(None), ArticleRow.id >= start[1], ArticleRow.id < end[1])
    return and_(_compare(key, nullable, *start, before=False), upto)


def _compare(
    key: Any, nullable: bool, value: object, article_id: int, *, before: bool
) -> ColumnElement[bool]:
    """Rows before (or else at and after) (value, article_id) in ascending order, NULL
    keys first as SQL sorts them. When the key cannot be NULL this is a plain range,
    which SQLite reads as one stretch of the index (``OR key IS NULL`` makes it scan)."""
    op = "<" if before else ">="
    pair = tuple_(key, ArticleRow.id).bool_op(op)(tuple_(value, article_id))
    if not nullable:  # the key's own bound, implied by the pair, is what SQLite seeks on
        return and_(key.bool_op("<=" if before else ">=")(value), pair)
    if value is None:
        ids = ArticleRow.id.bool_op(op)(article_id)
        return and_(key.is_(None), ids) if before else or_(key.is_not(None), ids)
    return or_(key.is_(None), pair) if before else and_(key.is_not(None), pair)


def _contains(word: str, sqlite: bool) -> ColumnElement[bool]:
    pattern = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"
    if sqlite:  # SQLite's LIKE ignores ASCII case already; lower() on every row costs double
        return or_(ArticleRow.title.like(pattern, "\\"), ArticleRow.outlet.like(pattern, "\\"))
    # A sub-select, so PostgreSQL answers it from the trigram indexes (migration 0009) even
    # when OR-ed with the text search, which otherwise makes it test every row.
    found = or_(ArticleRow.title.ilike(pattern, "\\"), ArticleRow.outlet.ilike(pattern, "\\"))
    return ArticleRow.id.in_(select(ArticleRow.id).where(found).correlate(None))
