"""Full-text search on PostgreSQL: the only module that speaks PostgreSQL's search SQL.

``articles.search_vector`` is a stored generated column (title weighted ``A``, text ``D``)
with a GIN index, so the database keeps it in step with every insert and update itself,
as FTS5's triggers do on SQLite. Queries come from :mod:`comparer.storage.search` already
made safe: a ``websearch_to_tsquery`` string of quoted terms (all must match) and a
``to_tsquery`` string of ``'word':*`` prefixes. Ranking is ``ts_rank`` with the title
weighted five times the body, as BM25 weights it on SQLite; snippets come from
``ts_headline``. The search configuration ``comparer_search`` stems English words as
SQLite's porter tokenizer does and, where the ``unaccent`` extension can be created (it is
part of PostgreSQL, trusted since version 13), ignores accents as FTS5 does ("marche"
finds "marché"); without it, it is plain ``english``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, text
from sqlalchemy.exc import DBAPIError

CONFIG = "comparer_search"
COLUMN = "search_vector"
INDEX = "ix_articles_search"
SNIPPET_WORDS = 16

_CREATE = (
    f"ALTER TABLE articles ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS ("
    f"setweight(to_tsvector('{CONFIG}', title), 'A') || "
    f"setweight(to_tsvector('{CONFIG}', text), 'D')) STORED",
    f"CREATE INDEX {INDEX} ON articles USING gin ({COLUMN})",
)

_QUERY = f"(websearch_to_tsquery('{CONFIG}', :web) && to_tsquery('{CONFIG}', :prefix)) AS query"

# Ranks and limits first, then makes headlines for the rows kept only: ts_headline re-parses
# the whole text, far too slow to run on every match.
_SEARCH = text(
    f"WITH q AS (SELECT {_QUERY}), hit AS ("
    "SELECT a.id, a.title, a.outlet, a.text, "
    f"ts_rank('{{0.2, 0.2, 0.2, 1.0}}', a.{COLUMN}, q.query) AS rank "
    f"FROM articles AS a, q WHERE a.{COLUMN} @@ q.query "
    "ORDER BY rank DESC, a.id DESC LIMIT :limit) "
    f"SELECT hit.id, hit.title, hit.outlet, ts_headline('{CONFIG}', hit.text, q.query, "
    ":options) AS snip, hit.rank, hit.text FROM hit, q ORDER BY hit.rank DESC, hit.id DESC"
)

_LEXEMES = text(f"SELECT numnode(query) FROM (SELECT {_QUERY}) AS q")


_CONFIGURE = (
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR hword, hword_part, word "
    "WITH unaccent, english_stem",
)


def create(connection: Connection) -> None:
    """Add the search column and its index (existing articles are indexed at once)."""
    _create_config(connection)
    for statement in _CREATE:
        connection.exec_driver_sql(statement)


def _create_config(connection: Connection) -> None:
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DBAPIError:  # no right to create it: accents then count
        connection.exec_driver_sql(_CONFIGURE[0])
        return
    for statement in _CONFIGURE:
        connection.exec_driver_sql(statement)


def drop(connection: Connection) -> None:
    """Remove the index and the column (the articles stay)."""
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")
    connection.exec_driver_sql(f"ALTER TABLE articles DROP COLUMN IF EXISTS {COLUMN}")
    connection.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


def search(
    connection: Connection, web: str, prefix: str, limit: int, marks: tuple[str, str, str]
) -> Sequence[tuple[int, str, str, str, float]]:
    """Best matches: (id, title, outlet, snippet, rank), higher rank better.

    ``marks`` are put before and after each matched word and where the text was cut.
    """
    opening, closing, _ = marks
    options = (
        f'StartSel="{opening}", StopSel="{closing}", MaxWords={SNIPPET_WORDS}, '
        f"MinWords={SNIPPET_WORDS // 2}, MaxFragments=1"
    )
    params = {"web": web, "prefix": prefix, "limit": limit, "options": options}
    rows = connection.execute(_SEARCH, params).all()
    return [(int(r.id), r.title, r.outlet, _snippet(r, marks), float(r.rank)) for r in rows]


def has_words(connection: Connection, web: str, prefix: str) -> bool:
    """Whether the query keeps any word once stop words ("the", "of") are dropped."""
    return bool(connection.execute(_LEXEMES, {"web": web, "prefix": prefix}).scalar())


def _snippet(row: Row[Any], marks: tuple[str, str, str]) -> str:
    # ts_headline does not say where it cut the text; find the plain fragment to tell (marks
    # taken out of both, as the article may use « and » itself).
    opening, closing, ellipsis = marks
    snippet = str(row.snip)
    plain, full = (t.replace(opening, "").replace(closing, "") for t in (snippet, str(row.text)))
    start = full.find(plain)
    head = ellipsis if start > 0 else ""
    tail = ellipsis if start >= 0 and start + len(plain) < len(full) else ""
    return f"{head}{snippet}{tail}"
