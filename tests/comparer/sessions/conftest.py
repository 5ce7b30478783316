"""Fixtures for the session tests: a library holding two seed reports of one strike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from comparer.importing import import_all
from comparer.model import Article
from comparer.storage import Library, SessionStore

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"


def seed_paths() -> list[Path]:
    """The two seed reports of the same strike (000 and 001)."""
    return sorted(SAMPLES.glob("*.txt"))[:2]


def import_seeds(library: Library) -> list[Article]:
    """Import the two seeds into ``library`` and return them, in order."""
    outcomes = import_all(library, [str(p) for p in seed_paths()])
    assert all(o.ok and o.article_id is not None for o in outcomes)
    return [library.get(o.article_id) for o in outcomes if o.article_id is not None]


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """Where this test's library file goes."""
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    """A library holding the two seed reports."""
    with Library.open(library_path) as opened:
        import_seeds(opened)
        yield opened


@pytest.fixture
def store(library: Library) -> SessionStore:
    """The sessions of ``library``."""
    return SessionStore(library)


@pytest.fixture
def articles(library: Library) -> list[Article]:
    """The seed reports as stored, in import order."""
    return [library.get(s.id) for s in library.list()]
