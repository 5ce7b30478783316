"""Conversions between the engine's frozen records and the library's table rows.

Kept apart from the queries so the mapping of every field (dates as ISO dates, credits and
caption spans as JSON, imported times as naive UTC in the database and aware UTC outside)
can be read in one place.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from comparer.model import (
    Article,
    ArticleSummary,
    Extracted,
    Furniture,
    Metadata,
    Removed,
    Sentence,
    Span,
)
from comparer.storage.models import ArticleRow, RemovedRow, SentenceRow


def article_row(extracted: Extracted, imported_at: datetime) -> ArticleRow:
    """The row for a new article (children and original are written separately)."""
    return ArticleRow(**article_values(extracted, imported_at))


def article_values(extracted: Extracted, imported_at: datetime) -> dict[str, Any]:
    """The column values of a new article's row, as insert parameters."""
    meta = extracted.meta
    return dict(
        source=extracted.source,
        media_type=extracted.media_type,
        content_hash=extracted.content_hash,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published_raw=meta.published_raw,
        published=meta.published,
        language=meta.language,
        dateline=meta.dateline,
        credits=json.dumps(list(meta.credits), ensure_ascii=False),
        text=extracted.text,
        captions=json.dumps([[s.start, s.end] for s in extracted.captions]),
        imported_at=to_db_time(imported_at),
    )


def sentence_values(article_id: int, sentences: Sequence[Sentence]) -> list[dict[str, Any]]:
    """Insert parameters for an article's sentences."""
    return [
        {"article_id": article_id, "number": s.index, "start": s.start, "end": s.end}
        for s in sentences
    ]


def removed_values(article_id: int, removed: Sequence[Removed]) -> list[dict[str, Any]]:
    """Insert parameters for the blocks removed from an article, in their order."""
    return [
        {
            "article_id": article_id,
            "ordinal": n,
            "text": r.text,
            "reason": r.reason.value,
            "position": r.position,
            "kept": r.kept,
        }
        for n, r in enumerate(removed)
    ]


def to_article(
    row: ArticleRow, removed: Sequence[RemovedRow], sentences: Sequence[SentenceRow]
) -> Article:
    """The stored article as the engine's record; sentence text is cut from the text."""
    return Article(
        id=row.id,
        source=row.source,
        media_type=row.media_type,
        content_hash=row.content_hash,
        meta=_metadata(row),
        text=row.text,
        removed=tuple(
            Removed(r.text, Furniture(r.reason), r.position, bool(r.kept)) for r in removed
        ),
        captions=tuple(Span(int(a), int(b)) for a, b in json.loads(row.captions)),
        sentences=tuple(
            Sentence(s.number, s.start, s.end, row.text[s.start : s.end]) for s in sentences
        ),
        imported_at=from_db_time(row.imported_at),
    )


def _metadata(row: ArticleRow) -> Metadata:
    return Metadata(
        title=row.title,
        outlet=row.outlet,
        author=row.author,
        published_raw=row.published_raw,
        published=row.published,
        language=row.language,
        dateline=row.dateline,
        credits=tuple(str(c) for c in json.loads(row.credits)),
    )


SUMMARY_COLUMNS = (
    ArticleRow.id,
    ArticleRow.title,
    ArticleRow.outlet,
    ArticleRow.published,
    ArticleRow.source,
    ArticleRow.imported_at,
)
"""The columns a listing line reads (never the text or the original)."""


def to_summary(row: Any) -> ArticleSummary:
    """A listing line from a row of :data:`SUMMARY_COLUMNS`."""
    return ArticleSummary(
        id=row.id,
        title=row.title,
        outlet=row.outlet,
        published=row.published,
        source=row.source,
        imported_at=from_db_time(row.imported_at),
    )


def to_db_time(moment: datetime) -> datetime:
    """Naive UTC, the form every backend's plain DateTime column keeps unchanged."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None)


def from_db_time(moment: datetime) -> datetime:
    """The stored naive UTC time as an aware datetime."""
    return moment.replace(tzinfo=UTC)
