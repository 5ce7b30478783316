"""Build :class:`~comparer.model.Article` records straight from corpus text for evaluation.

The corpora come as plain text or lists of sentences, not as files to import, so the
harness makes articles itself: join the given sentences, or split plain text with the
importer's own splitter, and record each sentence's offsets as the importer would.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from comparer.ingest.splitting import segment
from comparer.model import Article, Metadata, Sentence

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
    """An article made of the given sentences, one space apart."""
    parts: list[Sentence] = []
    pos = 0
    for s in (x.strip() for x in sentences):
        if s:
            parts.append(Sentence(len(parts), pos, pos + len(s), s))
            pos += len(s) + 1
    text = " ".join(p.text for p in parts)
    meta = Metadata(title=title, outlet=outlet)
    return Article(
        ident, f"eval:{ident}", "text/plain", "", meta, text, (), (), tuple(parts), _EPOCH
    )
