"""Alembic's entry point for the library schema: migrate on the connection Comparer hands in.

Comparer always passes an open connection in ``config.attributes["connection"]`` (already
inside a write transaction), so every revision of one upgrade commits or fails together.
Run by hand (``alembic -c comparer/storage/alembic.ini ...``) it needs ``-x url=...``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from comparer.storage import fts, fts_pg_schema
from comparer.storage.models import Base


def _skip_fts(obj: object, name: str | None, type_: str, reflected: bool, compare: object) -> bool:
    # The FTS5 table and its shadow tables are made by fts.py, and PostgreSQL's search
    # table, column and indexes by fts_pg_schema.py, not from the models.
    made = (fts_pg_schema.TABLE, fts_pg_schema.INDEX, fts_pg_schema.COLUMN)
    pg_search = name in (*made, fts_pg_schema.COLUMN_INDEX, *fts_pg_schema.TRIGRAM_INDEXES)
    return not ((name or "").startswith(fts.TABLE) or pg_search)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=_skip_fts,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True)["url"]
    with create_engine(url).begin() as own:
        _run(own)


_main()
