"""Fixtures for the session tests: a library holding two seed reports of one strike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from comparer.model import Article
from comparer.storage import Library, SessionStore
from tests.comparer.sessions.seed_session import import_seeds


@pytest.fixture
def library(library_location: str) -> Iterator[Library]:
    """A library holding the two seed reports."""
    with Library.open(library_location) as opened:
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
