"""Adding many articles in one transaction: the library's bulk path.

Importing a folder of thousands of files one transaction per article spends most of its
time in per-statement and per-commit overhead, so :meth:`Library.add_many` hands a whole
batch here: one query finds which content hashes are already stored, one multi-row insert
(with ``RETURNING``, in parameter order) writes the new articles and gives their ids, and
one insert per child table writes every original, sentence and removed block of the batch.
An article given twice in one batch is stored once, like one already in the library.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from comparer.model import Extracted
from comparer.storage import records
from comparer.storage.models import ArticleRow, OriginalRow, RemovedRow, SentenceRow

# SQLite allows 32,766 bound parameters per statement; hash look-ups stay well below.
_LOOKUP_CHUNK = 500


def add_many(connection: Connection, batch: Sequence[Extracted]) -> list[tuple[int, bool]]:
    """Store the new articles of ``batch`` inside the caller's transaction.

    Returns (article id, whether it was new) for each input, in order.
    """
    known = _stored_ids(connection, {e.content_hash for e in batch})
    fresh: dict[str, Extracted] = {}
    for extracted in batch:
        if extracted.content_hash not in known:
            fresh.setdefault(extracted.content_hash, extracted)
    created = _insert_articles(connection, list(fresh.values()))
    known.update(created)
    seen: set[str] = set()
    results = []
    for extracted in batch:
        digest = extracted.content_hash
        results.append((known[digest], digest in created and digest not in seen))
        seen.add(digest)
    return results


def _stored_ids(connection: Connection, hashes: set[str]) -> dict[str, int]:
    ordered = sorted(hashes)
    found: dict[str, int] = {}
    for at in range(0, len(ordered), _LOOKUP_CHUNK):
        chunk = ordered[at : at + _LOOKUP_CHUNK]
        query = select(ArticleRow.content_hash, ArticleRow.id).where(
            ArticleRow.content_hash.in_(chunk)
        )
        found.update((str(h), int(i)) for h, i in connection.execute(query))
    return found


def _insert_articles(connection: Connection, new: Sequence[Extracted]) -> dict[str, int]:
    if not new:
        return {}
    now = datetime.now(UTC)
    statement = insert(ArticleRow).returning(ArticleRow.id, sort_by_parameter_order=True)
    values = [records.article_values(e, now) for e in new]
    ids = [int(row[0]) for row in connection.execute(statement, values)]
    _insert_children(connection, list(zip(ids, new, strict=True)))
    return {e.content_hash: i for i, e in zip(ids, new, strict=True)}


def _insert_children(connection: Connection, stored: Sequence[tuple[int, Extracted]]) -> None:
    originals = [{"article_id": i, "data": e.original} for i, e in stored]
    sentences: list[dict[str, Any]] = []
    removed: list[dict[str, Any]] = []
    for article_id, extracted in stored:
        sentences.extend(records.sentence_values(article_id, extracted.sentences))
        removed.extend(records.removed_values(article_id, extracted.removed))
    connection.execute(insert(OriginalRow), originals)
    if sentences:
        connection.execute(insert(SentenceRow), sentences)
    if removed:
        connection.execute(insert(RemovedRow), removed)
