"""Fixtures for the library tests: hand-built articles and a fresh library file per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from comparer.model import Extracted
from comparer.storage import Library
from tests.articles import build_article, dispatch


@pytest.fixture
def make_article() -> Callable[..., Extracted]:
    """Build an article from sentences (keyword arguments go to its metadata)."""
    return build_article


@pytest.fixture
def full_article() -> Extracted:
    """An article with every metadata field filled, including non-ASCII text."""
    return build_article(
        (
            "An air strike hit a crowded market in Idlib on Tuesday, killing 23 people.",
            "Rescue workers said the toll could rise.",
            "« Nous avons tout perdu », said a trader in Maarat al-Numan.",
        ),
        title="Air strike kills 23 in Idlib market",
        outlet="Example News",
        author="Jane Doe",
        published_raw="Tuesday 4 April 2017",
        published=date(2017, 4, 4),
        language="en",
        dateline="IDLIB, Syria",
        credits=("Photo: A. Photographer", "Additional reporting by B. Writer"),
    )


@pytest.fixture
def library(library_location: str) -> Iterator[Library]:
    """A new, empty library in a temporary folder."""
    with Library.open(library_location) as opened:
        yield opened


@pytest.fixture
def make_dispatch() -> Callable[[str, int], Extracted]:
    """The articles the writer process (``storage_writer.py``) adds, for checking them."""
    return dispatch
