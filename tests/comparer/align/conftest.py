"""Helpers for the alignment tests: articles built from text with the importer's splitter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from comparer.ingest.splitting import segment
from comparer.model import Article, Metadata

ArticleMaker = Callable[..., Article]


def build_article(text: str, ident: int = 1, published: date | None = None) -> Article:
    """An article of ``text`` as the library would hand it over (no furniture removed)."""
    meta = Metadata(title=f"Article {ident}", outlet=f"Outlet {ident}", published=published)
    stamp = datetime(2024, 1, 1, tzinfo=UTC)
    return Article(
        ident, f"test:{ident}", "text/plain", "", meta, text, (), (), segment(text), stamp
    )


@pytest.fixture
def make_article() -> ArticleMaker:
    """Build an article from text: ``make_article(text, ident=1, published=None)``."""
    return build_article
