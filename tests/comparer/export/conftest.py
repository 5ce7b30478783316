"""A small real comparison for the export tests, built through compare()."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from comparer.compare import compare
from comparer.ingest.splitting import segment
from comparer.model import Article, Comparison, Metadata

TEXTS = (
    "More than 10 civilians were killed in the strike on the village. "
    "The mayor promised <b>compensation</b> & help within two weeks.",
    "At least 10 civilians were killed in the strike on the village. "
    "The mayor promised <b>compensation</b> & help within two weeks. "
    "A football match in Homs was postponed.",
)


def _article(ident: int, text: str) -> Article:
    meta = Metadata(title=f"Report <{ident}>", outlet="Outlet & Co", published=date(2017, 11, 12))
    stamp = datetime(2024, 1, 1, tzinfo=UTC)
    return Article(
        ident, f"test:{ident}", "text/plain", "", meta, text, (), (), segment(text), stamp
    )


@pytest.fixture
def comparison() -> Comparison:
    """Two short reports of one strike, with markup-like text to escape."""
    return compare([_article(i + 10, t) for i, t in enumerate(TEXTS)])
