"""Build :class:`~comparer.model.Article` records straight from corpus text for evaluation.

The corpora come as plain text or lists of sentences, not as files to import, so the
harness makes articles itself: join the given sentences, or split plain text with the
importer's own splitter, and record each sentence's offsets as the importer would. The
library benchmarks and tests make their imported articles (:func:`extracted`) the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, date, datetime

from comparer.ingest.splitting import segment
from comparer.model import Article, Extracted, Metadata, Removed, Sentence, Span

_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def from_text(
    ident: int, text: str, title: str = "", outlet: str = "", published: date | None = None
) -> Article:
    """An article whose sentences come from the importer's splitter."""
    meta = Metadata(title=title, outlet=outlet, published=published)
    return Article(
        ident, f"eval:{ident}", "text/plain", "", meta, text, (), (), segment(text), _EPOCH
    )


def from_sentences(
    ident: int, sentences: Sequence[str], title: str = "", outlet: str = ""
) -> Article:
    """An article made of the given sentences (blank ones left out), one space apart."""
    text, parts = joined([s for s in (x.strip() for x in sentences) if s])
    meta = Metadata(title=title, outlet=outlet)
    return Article(ident, f"eval:{ident}", "text/plain", "", meta, text, (), (), parts, _EPOCH)


def joined(sentences: Sequence[str]) -> tuple[str, tuple[Sentence, ...]]:
    """``sentences`` one space apart, and each sentence with its offsets in that text."""
    parts: list[Sentence] = []
    start = 0
    for sentence in sentences:
        parts.append(Sentence(len(parts), start, start + len(sentence), sentence))
        start += len(sentence) + 1
    return " ".join(sentences), tuple(parts)


def extracted(
    sentences: Sequence[str],
    *,
    original: bytes,
    source: str,
    meta: Metadata,
    media_type: str = "text/plain",
    removed: tuple[Removed, ...] = (),
    captions: tuple[Span, ...] = (),
) -> Extracted:
    """An imported article made of ``sentences`` (see :func:`joined`), read from ``original``."""
    text, parts = joined(sentences)
    digest = hashlib.sha256(original).hexdigest()
    return Extracted(source, media_type, original, digest, meta, text, removed, captions, parts)
