"""Fixtures for the library tests: hand-built articles and a fresh library file per test."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from comparer.model import Extracted, Furniture, Metadata, Removed, Sentence, Span
from comparer.storage import Library


def build_article(
    sentences: tuple[str, ...],
    title: str = "Strike hits market",
    outlet: str = "Example News",
    **meta: object,
) -> Extracted:
    """An :class:`Extracted` whose text is ``sentences`` joined by spaces, offsets exact."""
    text = " ".join(sentences)
    spans, start = [], 0
    for index, sentence in enumerate(sentences):
        spans.append(Sentence(index, start, start + len(sentence), sentence))
        start += len(sentence) + 1
    original = f"<h1>{title}</h1><p>{text}</p>".encode()
    return Extracted(
        source=f"/imports/{hashlib.sha1(original).hexdigest()[:8]}.html",
        media_type="text/html",
        original=original,
        content_hash=hashlib.sha256(original).hexdigest(),
        meta=Metadata(title=title, outlet=outlet, **meta),  # type: ignore[arg-type]
        text=text,
        removed=(
            Removed("Subscribe to our newsletter", Furniture.NEWSLETTER, 0),
            Removed("Read more: other news", Furniture.READ_MORE, len(text)),
        ),
        captions=(Span(0, len(sentences[0])),) if sentences else (),
        sentences=tuple(spans),
    )


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
def library_path(tmp_path: Path) -> Path:
    """Where this test's library file goes (not created yet)."""
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library(library_location: str) -> Iterator[Library]:
    """A new, empty library in a temporary folder."""
    with Library.open(library_location) as opened:
        yield opened


def dispatch(writer: str, number: int) -> Extracted:
    """The ``number``-th article a test writer process adds: unique, rebuilt the same anywhere."""
    return build_article(
        (
            f"Dispatch {number} filed by {writer} reports shelling near the river.",
            f"Officials counted {number * 3 % 97} casualties in the {writer} district.",
            "The report could not be independently verified.",
        ),
        title=f"{writer} dispatch {number}",
        outlet=writer,
    )


@pytest.fixture
def make_dispatch() -> Callable[[str, int], Extracted]:
    """The articles the writer process (``storage_writer.py``) adds, for checking them."""
    return dispatch
