"""Shared test settings: Qt runs offscreen, the sample articles are easy to reach, and
library tests run on both backends (SQLite, and the run's own PostgreSQL server).

A test whose fixtures include ``library_location`` runs once per backend, unless it also
asks for ``library_path`` (it looks at the SQLite file itself) or is marked ``sqlite_only``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.pg_cluster import pg_empty_url, pg_server, pg_url

__all__ = ["pg_empty_url", "pg_server", "pg_url"]  # fixtures, shared with every test

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture
def samples() -> list[Path]:
    """The five bundled seed reports, in order (000 ... 004)."""
    return sorted(SAMPLES.glob("*.txt"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run library tests once on SQLite and once on PostgreSQL."""
    if "backend" not in metafunc.fixturenames:
        return
    sqlite_only = "library_path" in metafunc.fixturenames or metafunc.definition.get_closest_marker(
        "sqlite_only"
    )
    metafunc.parametrize("backend", ["sqlite"] if sqlite_only else ["sqlite", "postgresql"])


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """Where this test's SQLite library file goes (not created yet); see the note above."""
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where this test's library lives: a new SQLite file, or a new PostgreSQL database."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "library.sqlite3")
