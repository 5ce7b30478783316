"""Reaching a library's database with SQLAlchemy, outside :class:`Library`, for schema tests.

Migration tests build a library as an older Comparer left it (upgraded only to some old
revision, maybe with rows put in by hand), and index tests check the database directly.
Both need a connection that is opened, used and disposed of in one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, create_engine

from comparer.storage.database import to_url
from comparer.storage.migrate import alembic_config


@contextmanager
def connected(location: str | Path, *, begin: bool = False) -> Iterator[Connection]:
    """A connection to the library at ``location`` (a file or a URL), its engine disposed of
    on leaving; with ``begin``, one transaction committed on leaving."""
    engine = create_engine(to_url(location))
    try:
        with engine.begin() if begin else engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def migrate(connection: Connection, revision: str, *, down: bool = False) -> None:
    """Upgrade (or, with ``down``, downgrade) the database behind ``connection`` to
    ``revision`` with Comparer's own migrations."""
    config = alembic_config()
    config.attributes["connection"] = connection
    (command.downgrade if down else command.upgrade)(config, revision)


def at_revision(location: str | Path, revision: str) -> None:
    """Make the (new, empty) library at ``location`` as Comparer left it at ``revision``."""
    with connected(location, begin=True) as connection:
        migrate(connection, revision)
