"""Turning what a user typed into a safe search, and the search that works on any backend.

Users type news words, not query syntax: "U.S.", a stray quote, a lone ``-`` or the word
``NOT`` must find text, never raise a syntax error. So the query is cut into terms (a
``"quoted phrase"`` stays one term, a trailing ``*`` asks for a prefix), every term is
quoted for FTS5, and all terms must match. On SQLite the FTS5 index answers
(:mod:`comparer.storage.fts`), on PostgreSQL its tsvector index
(:mod:`comparer.storage.fts_pg`, the same terms quoted for ``websearch_to_tsquery``); other
backends get a plain ``LIKE`` scan with a snippet made here. In snippets each matched word
is wrapped in :data:`MARK_OPEN` and :data:`MARK_CLOSE` (« and »), and :data:`ELLIPSIS`
marks where the text was cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, or_, select

from comparer.model import SearchHit
from comparer.storage import fts, fts_pg
from comparer.storage.models import ArticleRow, row_ids

MARK_OPEN = "«"
MARK_CLOSE = "»"
ELLIPSIS = "…"
SNIPPET_CHARS = 80

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Term:
    """One thing every hit must contain: a word or phrase, or a word's beginning."""

    text: str
    prefix: bool = False


def parse(query: str) -> list[Term]:
    """The terms of a user's query; terms with no letter or digit are dropped."""
    # Control characters (a NUL cuts FTS5's string short) separate words like spaces do.
    printable = "".join(ch if ch.isprintable() else " " for ch in query)
    terms = []
    for match in _TOKEN.finditer(printable):
        phrase, word = match.group(1), match.group(2)
        raw = phrase if phrase is not None else word
        prefix = word is not None and word.endswith("*")
        cleaned = raw.strip().rstrip("*").strip()
        if any(ch.isalnum() for ch in cleaned):
            terms.append(Term(cleaned, prefix))
    return terms


def fts_expression(terms: list[Term]) -> str:
    """An FTS5 expression matching rows that contain every term."""
    quoted = ('"' + t.text.replace('"', '""') + '"' + ("*" if t.prefix else "") for t in terms)
    return " AND ".join(quoted)


def pg_expressions(terms: list[Term]) -> tuple[str, str]:
    """PostgreSQL's query texts for ``terms``: (websearch_to_tsquery's, to_tsquery's).

    Each whole term is one quoted phrase for ``websearch_to_tsquery``, so ``or`` and ``-``
    are words there, never operators; prefix terms become ``'word':*`` for ``to_tsquery``,
    built from word characters only so nothing in them is tsquery syntax.
    """
    phrases = ('"' + t.text.replace('"', " ") + '"' for t in terms if not t.prefix)
    words = (w for t in terms if t.prefix for w in _WORD.findall(t.text))
    return " ".join(phrases), " & ".join(f"'{w}':*" for w in words)


def search(connection: Connection, query: str, limit: int) -> list[SearchHit]:
    """Articles matching ``query``, best first, at most ``limit``."""
    terms = parse(query)
    if not terms or limit <= 0:
        return []
    limit = min(limit, len(row_ids(connection.dialect.name)))  # more than a library holds
    marks = (MARK_OPEN, MARK_CLOSE, ELLIPSIS)
    if connection.dialect.name == "sqlite":
        rows = fts.search(connection, fts_expression(terms), limit, marks)
        return [SearchHit(i, title, outlet, snip, -rank) for i, title, outlet, snip, rank in rows]
    if connection.dialect.name == "postgresql":
        return _pg_search(connection, terms, limit, marks)
    return like_search(connection, terms, limit)


def text_matches(terms: list[Term], sqlite: bool) -> ColumnElement[bool]:
    """A condition keeping the articles that contain every term, unranked (for listing)."""
    if sqlite:
        return ArticleRow.id.in_(fts.matching_ids(fts_expression(terms)))
    # Stop words alone ("the") leave PostgreSQL's query empty: then the text is read as
    # text. The server folds the test on the query away before planning, so a query with
    # words reads the index only.
    web, prefix = pg_expressions(terms)
    return or_(fts_pg.matches(web, prefix), and_(fts_pg.is_empty(web, prefix), _like_all(terms)))


def snippets(connection: Connection, terms: list[Term], ids: Sequence[int]) -> dict[int, str]:
    """Snippets for the given articles only (the rows on screen), keyed by article id."""
    if not terms or not ids:
        return {}
    if connection.dialect.name == "sqlite":
        marks = (MARK_OPEN, MARK_CLOSE, ELLIPSIS)
        return fts.snippets(connection, fts_expression(terms), ids, marks)
    if connection.dialect.name == "postgresql":
        return _pg_snippets(connection, terms, ids)
    return {int(r.id): make_snippet(r.text, terms) for r in _like_rows(connection, terms, ids)}


def _like_all(terms: list[Term]) -> ColumnElement[bool]:
    conditions = [
        or_(ArticleRow.title.ilike(p, "\\"), ArticleRow.text.ilike(p, "\\"))
        for p in _patterns(terms)
    ]
    return and_(*conditions)


def _pg_search(
    connection: Connection, terms: list[Term], limit: int, marks: tuple[str, str, str]
) -> list[SearchHit]:
    web, prefix = pg_expressions(terms)
    rows = fts_pg.search(connection, web, prefix, limit, marks)
    if not rows and not fts_pg.has_words(connection, web, prefix):
        # Only stop words ("the", "who"): the index holds none, so look for them as text.
        return like_search(connection, terms, limit)
    return [SearchHit(i, title, outlet, snip, rank) for i, title, outlet, snip, rank in rows]


def _pg_snippets(connection: Connection, terms: list[Term], ids: Sequence[int]) -> dict[int, str]:
    web, prefix = pg_expressions(terms)
    found = fts_pg.matches(web, prefix)
    statement = select(ArticleRow.id, ArticleRow.text).where(ArticleRow.id.in_(ids), found)
    rows = connection.execute(statement).all()
    if not rows:  # stop words alone match no vector: look for them as text
        return {int(r.id): make_snippet(r.text, terms) for r in _like_rows(connection, terms, ids)}
    marks = (MARK_OPEN, MARK_CLOSE, ELLIPSIS)
    query = {"web": web, "prefix": prefix}
    made = fts_pg.headlines(connection, query, [str(r.text) for r in rows], marks)
    return {int(r.id): snippet for r, snippet in zip(rows, made, strict=True)}


def _like_rows(connection: Connection, terms: list[Term], ids: Sequence[int]) -> list[Any]:
    statement = select(ArticleRow.id, ArticleRow.text).where(
        ArticleRow.id.in_(ids), _like_all(terms)
    )
    return list(connection.execute(statement).all())


def like_search(connection: Connection, terms: list[Term], limit: int) -> list[SearchHit]:
    """The portable search: every term as a case-insensitive substring of title or text.

    There is no relevance here, so hits come newest first and all rank 0.
    """
    if not terms:
        return []
    statement = (
        select(ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.text)
        .where(_like_all(terms))
        .order_by(ArticleRow.imported_at.desc(), ArticleRow.id.desc())
        .limit(limit)
    )
    rows = connection.execute(statement).all()
    return [SearchHit(r.id, r.title, r.outlet, make_snippet(r.text, terms), 0.0) for r in rows]


def _patterns(terms: list[Term]) -> list[str]:
    escaped = (re.sub(r"([\\%_])", r"\\\1", t.text) for t in terms)
    return [f"%{e}%" for e in escaped]


def make_snippet(text: str, terms: list[Term]) -> str:
    """A short window of ``text`` around the first term found, with terms marked."""
    pattern = re.compile("|".join(re.escape(t.text) for t in terms), re.IGNORECASE)
    first = pattern.search(text)
    centre = first.start() if first else 0
    start = max(0, centre - SNIPPET_CHARS // 2)
    end = min(len(text), start + SNIPPET_CHARS)
    window = pattern.sub(lambda m: f"{MARK_OPEN}{m.group(0)}{MARK_CLOSE}", text[start:end])
    head = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    return f"{head}{window}{tail}"
