"""Build :class:`~comparer.model.Article` records straight from corpus text for evaluation.

The corpora come as plain text or lists of sentences, not as files to import, so the
harness makes articles itself: join the sentences (or split plain text with a small
rule-based splitter) and record each sentence's offsets, as the importer would.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime

from comparer.model import Article, Metadata, Sentence

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jr|No)\.)[\"”’)]*$"
)
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of plain text: break after . ! ? before a capital, and at blank lines."""
    sentences: list[Sentence] = []
    start = 0
    for m in [
        *(b for b in _BOUNDARY.finditer(text) if not _after_abbreviation(text, b.start())),
        None,
    ]:
        end = m.start() if m else len(text)
        _append(sentences, text, start, end)
        if m:
            start = m.end()
    return tuple(sentences)


def _after_abbreviation(text: str, pos: int) -> bool:
    return bool(_ABBREVIATION.search(text, max(pos - 12, 0), pos))


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    s, e = start + lead, start + len(chunk.rstrip())
    if e > s:
        sentences.append(Sentence(len(sentences), s, e, text[s:e]))


def from_text(
    ident: int, text: str, title: str = "", outlet: str = "", published: date | None = None
) -> Article:
    """An article whose sentences come from :func:`split_sentences`."""
    meta = Metadata(title=title, outlet=outlet, published=published)
    return Article(
        ident, f"eval:{ident}", "text/plain", "", meta, text, (), (), split_sentences(text), _EPOCH
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
