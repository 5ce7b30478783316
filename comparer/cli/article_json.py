"""The JSON shape of a library article, as ``comparer list`` and ``comparer show`` print it.

This is a stable interface: fields are added, never renamed or removed.
"""

from __future__ import annotations

from typing import Any

from comparer.export.sentence_json import sentences_to_json
from comparer.model import Article, ArticleSummary


def summary_to_json(summary: ArticleSummary) -> dict[str, Any]:
    """One entry of ``comparer list --format json``."""
    return {
        "id": summary.id,
        "title": summary.title,
        "outlet": summary.outlet,
        "published": summary.published.isoformat() if summary.published else None,
        "source": summary.source,
        "imported_at": summary.imported_at.isoformat(),
    }


def article_to_json(article: Article) -> dict[str, Any]:
    """The whole article for ``comparer show --format json``."""
    meta = article.meta
    return {
        "id": article.id,
        "title": meta.title,
        "outlet": meta.outlet,
        "author": meta.author,
        "published": meta.published.isoformat() if meta.published else None,
        "published_raw": meta.published_raw,
        "language": meta.language,
        "dateline": meta.dateline,
        "credits": list(meta.credits),
        "source": article.source,
        "media_type": article.media_type,
        "content_hash": article.content_hash,
        "imported_at": article.imported_at.isoformat(),
        "text": article.text,
        "sentences": sentences_to_json(article.sentences),
        "captions": [{"start": c.start, "end": c.end} for c in article.captions],
        "removed": [
            {"text": r.text, "reason": r.reason.value, "position": r.position, "kept": r.kept}
            for r in article.removed
        ],
    }
