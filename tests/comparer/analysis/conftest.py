"""Builders for the analysis tests: articles made from plain text, split by a simple regex.

The analysis only needs sentences with offsets, so the tests make them here instead of
depending on the importer; the seed reports are read from ``resources/samples``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from comparer.model import Article, ComparedArticle, Event, Metadata, Sentence

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
# A sentence ends at . ! or ? (plus closing quotes) before a capital, or at a line break.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][”\"’)]*(?=\s+[A-Z“\"(–-])|$)", re.MULTILINE)

MakeArticle = Callable[..., ComparedArticle]
# The one event of a two-report test: A and B report it together.
BOTH = (Event("e", ("A", "B"), None, ()),)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` with their offsets (leading spaces trimmed)."""
    found = []
    for match in _SENTENCE.finditer(text):
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        if match.group(0).strip():
            found.append(Sentence(len(found), start, match.end(), text[start : match.end()]))
    return tuple(found)


def build(
    key: str, text: str, outlet: str = "", published: date | None = None, ident: int = 1
) -> ComparedArticle:
    """A compared article made from plain text."""
    article = Article(
        id=ident,
        source=f"test:{key}",
        media_type="text/plain",
        content_hash=f"hash-{key}",
        meta=Metadata(title=key, outlet=outlet, published=published),
        text=text,
        removed=(),
        captions=(),
        sentences=split_sentences(text),
        imported_at=datetime(2024, 1, 1, tzinfo=UTC),
    )
    return ComparedArticle(key, article)


@pytest.fixture
def make_article() -> MakeArticle:
    """Build a compared article: ``make_article("A", text, outlet=..., published=...)``."""
    return build


@pytest.fixture
def seed() -> MakeArticle:
    """Build a compared article from a seed report: ``seed(0, "A", outlet=..., published=...)``."""

    def make(
        number: int, key: str, outlet: str = "", published: date | None = None
    ) -> ComparedArticle:
        path = next(SAMPLES.glob(f"{number:03d}_*.txt"))
        return build(key, path.read_text(encoding="utf-8"), outlet, published, ident=number + 1)

    return make
