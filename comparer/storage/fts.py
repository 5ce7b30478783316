"""Full-text search with SQLite's FTS5: the only module that speaks SQLite-specific SQL.

``articles_fts`` indexes the title and text of ``articles`` without copying them (an
"external content" table) and triggers keep it in step with every insert, update and
delete, so no code path can forget to. Word beginnings of 2 to 4 letters are indexed too
(:data:`PREFIXES`), as typed prefixes (``Syri*``) are common. Ranking is BM25 with the
title weighted above the body; snippets come from FTS5's ``snippet()``. Callers pass an
already safe FTS5 expression (see :mod:`comparer.storage.search`), never the user's raw
text.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Integer, Select, literal_column, select, table, text
from sqlalchemy.exc import DBAPIError

TABLE = "articles_fts"
TITLE_WEIGHT = 5.0
SNIPPET_TOKENS = 16
# Word beginnings of these lengths get their own index entries, so that ``Syri*`` reads
# one list of articles instead of merging those of Syria, Syrian, Syrians...
PREFIXES = "2 3 4"

_CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(title, text, content='articles', "
    f"content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', prefix='{PREFIXES}')",
    f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('rank', 'bm25({TITLE_WEIGHT}, 1.0)')",
    f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON articles BEGIN "
    f"INSERT INTO {TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON articles BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF title, text ON articles BEGIN "
    f"INSERT INTO {TABLE}({TABLE}, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    f"INSERT INTO {TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
)

_DROP = (
    f"DROP TRIGGER IF EXISTS {TABLE}_update",
    f"DROP TRIGGER IF EXISTS {TABLE}_delete",
    f"DROP TRIGGER IF EXISTS {TABLE}_insert",
    f"DROP TABLE IF EXISTS {TABLE}",
)

# FTS5 sorts by its own ``rank`` column inside the index when asked to ``ORDER BY rank``
# with a limit, and then makes snippets only for the rows kept; joining the articles
# outside that sub-select keeps it so (a join inside makes SQLite rank every match).
# Ranking still scores every match, which for a common word in a big library costs a
# quarter of a second, so only the newest CANDIDATES matches are ranked: ``:floor`` is the
# id of the CANDIDATES-th newest match (FTS5 walks its index newest first cheaply, and
# seeks to a rowid range without reading what lies below it).
CANDIDATES = 2000
_FLOOR = text(
    f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :query ORDER BY rowid DESC LIMIT 1 OFFSET :skip"
)
_SEARCH = text(
    "SELECT a.id, a.title, a.outlet, hit.snip, hit.rank FROM "
    f"(SELECT rowid AS id, {TABLE}.rank AS rank, "
    f"snippet({TABLE}, -1, :open, :close, :ellipsis, {SNIPPET_TOKENS}) AS snip "
    f"FROM {TABLE} WHERE {TABLE} MATCH :query AND rowid >= :floor "
    "ORDER BY rank LIMIT :limit) AS hit "
    "JOIN articles AS a ON a.id = hit.id ORDER BY hit.rank"
)


_SNIPPETS = (
    f"SELECT rowid, snippet({TABLE}, -1, :open, :close, :ellipsis, {SNIPPET_TOKENS}) "
    f"FROM {TABLE} WHERE {TABLE} MATCH :query AND rowid IN ({{ids}})"
)


def matching_ids(expression: str) -> Select[int]:
    """A sub-select of the ids of every article matching ``expression``, unranked.

    The library list uses it to keep the articles whose text contains the typed words:
    it needs all of them in its own order, so no BM25 score is computed.
    """
    rowid = literal_column("rowid", Integer)
    return (
        select(rowid).select_from(table(TABLE)).where(literal_column(TABLE).op("MATCH")(expression))
    )


def snippets(
    connection: Connection, expression: str, ids: Sequence[int], marks: tuple[str, str, str]
) -> dict[int, str]:
    """Snippets of the given articles (those shown) where they match ``expression``."""
    if not ids:
        return {}
    opening, closing, ellipsis = marks
    statement = text(_SNIPPETS.format(ids=",".join(str(int(i)) for i in ids)))
    params = {"query": expression, "open": opening, "close": closing, "ellipsis": ellipsis}
    return {int(r[0]): str(r[1]) for r in connection.execute(statement, params)}


def create(connection: Connection) -> None:
    """Create the index and its triggers, and index any articles already stored."""
    for statement in _CREATE:
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def drop(connection: Connection) -> None:
    """Remove the index and its triggers (the articles stay)."""
    for statement in _DROP:
        connection.exec_driver_sql(statement)


def search(
    connection: Connection, expression: str, limit: int, marks: tuple[str, str, str]
) -> Sequence[tuple[int, str, str, str, float]]:
    """Best matches of an FTS5 ``expression``: (id, title, outlet, snippet, bm25 rank).

    Among more than :data:`CANDIDATES` matches, the newest that many are ranked (BM25 still
    weighs words by their frequency in the whole library). ``marks`` are the strings put
    before and after each matched word and at cut ends. BM25 ranks are negative, lower is
    better.
    """
    opening, closing, ellipsis = marks
    floor = connection.execute(_FLOOR, {"query": expression, "skip": CANDIDATES - 1}).scalar()
    params = {
        "floor": int(floor or 0),
        "query": expression,
        "limit": limit,
        "open": opening,
        "close": closing,
        "ellipsis": ellipsis,
    }
    rows = connection.execute(_SEARCH, params).all()
    return [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), float(r[4])) for r in rows]


def integrity_check(connection: Connection) -> bool:
    """Whether the index agrees with the articles it indexes."""
    try:
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)"
        )
    except DBAPIError:  # FTS5 reports a mismatch as a generic database error
        return False
    return True
