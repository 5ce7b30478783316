"""Full-text search on PostgreSQL: the only module that speaks PostgreSQL's search queries.

The vectors and indexes are made by :mod:`comparer.storage.fts_pg_schema`. Queries come
from :mod:`comparer.storage.search` already made safe: a ``websearch_to_tsquery`` string
of quoted terms (all must match) and a ``to_tsquery`` string of ``'word':*`` prefixes.
Ranking is ``ts_rank`` with the title weighted five times the body, as BM25 weights it on
SQLite, over the newest :data:`CANDIDATES` matches as there; snippets come from
``ts_headline``, made for the rows returned only and over a window of each text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, column, func, literal_column, select, table, text

from comparer.storage import fts_pg_schema

TABLE = fts_pg_schema.TABLE
CONFIG = fts_pg_schema.CONFIG
SNIPPET_WORDS = 16

_QUERY = f"(websearch_to_tsquery('{CONFIG}', :web) && to_tsquery('{CONFIG}', :prefix)) AS query"

# Ranking reads every candidate's vector, so only the newest CANDIDATES matches are ranked,
# as on SQLite (fts.CANDIDATES); the GIN index finds them without reading a vector.
CANDIDATES = 2000
# The query is spelled out, not taken from a CTE, so the planner sees how common its words
# are: a common word walks the newest ids and stops at CANDIDATES, a rare one asks GIN.
_TSQUERY = f"(websearch_to_tsquery('{CONFIG}', :web) && to_tsquery('{CONFIG}', :prefix))"
_SEARCH = text(
    "WITH hit AS (SELECT id, rank FROM ("
    f"SELECT s.id, ts_rank('{{0.2, 0.2, 0.2, 1.0}}', s.vector, {_TSQUERY}) AS rank "
    f"FROM {TABLE} AS s WHERE s.vector @@ {_TSQUERY} "
    "ORDER BY s.id DESC LIMIT :candidates) AS candidate "
    "ORDER BY rank DESC, id DESC LIMIT :limit) "
    "SELECT hit.id, a.title, a.outlet, a.text, hit.rank FROM hit "
    "JOIN articles AS a ON a.id = hit.id ORDER BY hit.rank DESC, hit.id DESC"
)

# ts_headline parses the whole text it is given (about 1 ms per 3,000 characters), so it
# is given a window around the closest uses of the query words (see _window); a window
# where it marks nothing falls back to the whole text. A text of a snippet's length or less
# is shown whole: the fragment ts_headline picks in it would be the matched words alone.
_HEADLINES = text(
    "SELECT u.n, CASE WHEN array_length(regexp_split_to_array(u.part, '\\s+'), 1) <= "
    f"{SNIPPET_WORDS} THEN ts_headline('{CONFIG}', u.part, q.query, :whole) "
    f"ELSE ts_headline('{CONFIG}', u.part, q.query, :options) END AS snip "
    f"FROM (SELECT {_QUERY}) AS q, unnest(CAST(:parts AS text[])) WITH ORDINALITY AS u(part, n) "
    "ORDER BY u.n"
)
_STEMS = text(f"SELECT tsvector_to_array(to_tsvector('{CONFIG}', :words))")
WINDOW_BEFORE = 60
WINDOW_AFTER = 100

_LEXEMES = text(f"SELECT numnode(query) FROM (SELECT {_QUERY}) AS q")


def search(
    connection: Connection, web: str, prefix: str, limit: int, marks: tuple[str, str, str]
) -> Sequence[tuple[int, str, str, str, float]]:
    """Best matches: (id, title, outlet, snippet, rank), higher rank better.

    ``marks`` are put before and after each matched word and where the text was cut.
    """
    query = {"web": web, "prefix": prefix}
    params = {**query, "limit": limit, "candidates": CANDIDATES}
    rows = connection.execute(_SEARCH, params).all()
    if not rows:
        return []
    texts = [str(r.text) for r in rows]
    snippets = headlines(connection, query, texts, marks)
    return [
        (int(r.id), r.title, r.outlet, snippet, float(r.rank))
        for r, snippet in zip(rows, snippets, strict=True)
    ]


def headlines(
    connection: Connection, query: dict[str, str], texts: list[str], marks: tuple[str, str, str]
) -> list[str]:
    """One snippet per text: ts_headline over a window of it, else over all of it."""
    opening, closing, _ = marks
    options = (
        f'StartSel="{opening}", StopSel="{closing}", MaxWords={SNIPPET_WORDS}, '
        f"MinWords={SNIPPET_WORDS // 2}, MaxFragments=1"
    )
    probes = _probes(connection, query)
    parts = [_window(t, probes) for t in texts]
    found = _headlines(connection, query, parts, options)
    missed = [n for n, snip in enumerate(found) if opening not in snip and parts[n] != texts[n]]
    if missed:  # the window guessed wrong: the whole text, for those rows only
        whole = _headlines(connection, query, [texts[n] for n in missed], options)
        for n, snip in zip(missed, whole, strict=True):
            found[n] = snip
    return [_snippet(snip, t, marks) for snip, t in zip(found, texts, strict=True)]


def _headlines(
    connection: Connection, query: dict[str, str], parts: list[str], options: str
) -> list[str]:
    whole = options.split(", MaxWords")[0] + ", HighlightAll=true"
    params = {**query, "parts": parts, "options": options, "whole": whole}
    return [str(r.snip) for r in connection.execute(_HEADLINES, params)]


def _probes(connection: Connection, query: dict[str, str]) -> list[re.Pattern[str]]:
    """One pattern per query word: a word beginning with its stem.

    Stems are word beginnings ("explos" of "explosions") except where the stemmer turns a
    final y into i ("injuri"), so that letter is left off. A miss costs only time.
    """
    words = query["web"] + " " + query["prefix"].replace(":*", "").replace("&", " ")
    stems = connection.execute(_STEMS, {"words": words}).scalar() or []
    cut = {s[:-1] if s.endswith("i") and len(s) > 3 else s for s in stems}
    return [re.compile(r"\b" + re.escape(s), re.IGNORECASE) for s in sorted(cut)]


def _window(text: str, probes: list[re.Pattern[str]]) -> str:
    """The shortest stretch holding every query word, with some words around it and cut at
    spaces; all of the text when a word is not found (in the title only, or spelled with
    accents): ts_headline marks a fragment only where every query word is in it."""
    if not probes or len(text) <= WINDOW_BEFORE + WINDOW_AFTER:
        return text
    span = _shortest_cover(text, probes)
    if span is None:
        return text
    start = text.rfind(" ", 0, max(0, span[0] - WINDOW_BEFORE)) + 1
    end = text.find(" ", span[1] + WINDOW_AFTER)
    return text[start : end if end >= 0 else len(text)]


def _shortest_cover(text: str, probes: list[re.Pattern[str]]) -> tuple[int, int] | None:
    """(first, last) offsets of the closest uses of all probes, or None if one is missing."""
    uses = sorted((m.start(), n) for n, probe in enumerate(probes) for m in probe.finditer(text))
    latest: dict[int, int] = {}
    best: tuple[int, int] | None = None
    for offset, n in uses:
        latest[n] = offset
        if len(latest) == len(probes):
            first = min(latest.values())
            if best is None or offset - first < best[1] - best[0]:
                best = (first, offset)
    return best


def _query(web: str, prefix: str) -> ColumnElement[Any]:
    config: ColumnElement[Any] = literal_column(f"'{CONFIG}'::regconfig")
    return func.websearch_to_tsquery(config, web).op("&&")(func.to_tsquery(config, prefix))


def matches(web: str, prefix: str) -> ColumnElement[bool]:
    """A condition keeping the articles the query matches (the GIN index answers it)."""
    searched = table(TABLE, column("id"), column("vector"))
    found = select(searched.c.id).where(searched.c.vector.bool_op("@@")(_query(web, prefix)))
    return literal_column("articles.id").in_(found)


def is_empty(web: str, prefix: str) -> ColumnElement[bool]:
    """True when the query holds no word once stop words are dropped."""
    return func.numnode(_query(web, prefix)) == 0


def has_words(connection: Connection, web: str, prefix: str) -> bool:
    """Whether the query keeps any word once stop words ("the", "of") are dropped."""
    return bool(connection.execute(_LEXEMES, {"web": web, "prefix": prefix}).scalar())


def _snippet(snippet: str, text: str, marks: tuple[str, str, str]) -> str:
    # ts_headline does not say where it cut the text; find the plain fragment to tell (marks
    # taken out of both, as the article may use « and » itself).
    opening, closing, ellipsis = marks
    plain, full = (t.replace(opening, "").replace(closing, "") for t in (snippet, text))
    start = full.find(plain)
    head = ellipsis if start > 0 else ""
    tail = ellipsis if start >= 0 and start + len(plain) < len(full) else ""
    return f"{head}{snippet}{tail}"
