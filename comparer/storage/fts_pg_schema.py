"""What PostgreSQL's search is stored in: the search configuration, the vectors, the indexes.

Since migration 0009 each article's vector (title weighted ``A``, text ``D``) lives in its
own narrow table, ``article_search``, kept in step by a trigger on ``articles`` (and
emptied with it through its foreign key), as FTS5's triggers keep SQLite's index. Two
reasons: ranking reads every candidate's vector, and vectors kept inline (``STORAGE
MAIN``) rather than in a TOAST table made ranking 2,000 of them five times cheaper; kept
inline in ``articles`` they made that table six times larger, and every scan of it (the
library list's count, its filter) as much slower. Migration 0001 made the vectors a
generated column of ``articles`` (:func:`create_column`), which 0009 replaces.

The search configuration ``comparer_search`` stems English words as SQLite's porter
tokenizer does and, where the ``unaccent`` extension can be created (it is part of
PostgreSQL, trusted since version 13), ignores accents as FTS5 does ("marche" finds
"marché"); without it, it is plain ``english``. Titles and outlets get trigram indexes
where ``pg_trgm`` can be created, for the list's substring filter.
"""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

CONFIG = "comparer_search"
TABLE = "article_search"
INDEX = "ix_article_search"
TRIGRAM_INDEXES = {"ix_articles_title_trgm": "title", "ix_articles_outlet_trgm": "outlet"}
# Migration 0001's generated column and its index, kept by name for 0009 and its downgrade.
COLUMN = "search_vector"
COLUMN_INDEX = "ix_articles_search"

_VECTOR = (
    f"setweight(to_tsvector('{CONFIG}', {{row}}title), 'A') || "
    f"setweight(to_tsvector('{CONFIG}', {{row}}text), 'D')"
)
_SYNC = "comparer_search_sync"

_CONFIGURE = (
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = english)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR hword, hword_part, word "
    "WITH unaccent, english_stem",
)

_CREATE_COLUMN = (
    f"ALTER TABLE articles ADD COLUMN {COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({_VECTOR.format(row='')}) STORED",
    f"CREATE INDEX {COLUMN_INDEX} ON articles USING gin ({COLUMN})",
)

_CREATE_TABLE = (
    f"CREATE TABLE {TABLE} (id integer PRIMARY KEY "
    "REFERENCES articles (id) ON DELETE CASCADE, vector tsvector NOT NULL)",
    f"ALTER TABLE {TABLE} ALTER COLUMN vector SET STORAGE MAIN",
    f"CREATE FUNCTION {_SYNC}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"INSERT INTO {TABLE} (id, vector) VALUES (NEW.id, {_VECTOR.format(row='NEW.')}) "
    "ON CONFLICT (id) DO UPDATE SET vector = EXCLUDED.vector; RETURN NULL; END $$",
    f"CREATE TRIGGER {_SYNC} AFTER INSERT OR UPDATE OF title, text ON articles "
    f"FOR EACH ROW EXECUTE FUNCTION {_SYNC}()",
    f"INSERT INTO {TABLE} (id, vector) SELECT id, {_VECTOR.format(row='')} FROM articles",
    f"CREATE INDEX {INDEX} ON {TABLE} USING gin (vector)",
    f"ANALYZE {TABLE}",
)

_DROP_TABLE = (
    f"DROP TRIGGER IF EXISTS {_SYNC} ON articles",
    f"DROP FUNCTION IF EXISTS {_SYNC}()",
    f"DROP TABLE IF EXISTS {TABLE}",
)


def _execute(connection: Connection, statements: tuple[str, ...]) -> None:
    for statement in statements:
        connection.exec_driver_sql(statement)


def create_config(connection: Connection) -> None:
    """The search configuration, ignoring accents where ``unaccent`` can be created."""
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DBAPIError:  # no right to create it: accents then count
        connection.exec_driver_sql(_CONFIGURE[0])
        return
    _execute(connection, _CONFIGURE)


def create_column(connection: Connection) -> None:
    """Migration 0001's search: a generated column of ``articles`` with a GIN index."""
    _execute(connection, _CREATE_COLUMN)


def drop_column(connection: Connection) -> None:
    """Remove 0001's column and its index (the articles stay)."""
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {COLUMN_INDEX}")
    connection.exec_driver_sql(f"ALTER TABLE articles DROP COLUMN IF EXISTS {COLUMN}")


def create_table(connection: Connection) -> None:
    """The search table, its trigger and index, filled from the articles already stored."""
    _execute(connection, _CREATE_TABLE)


def drop_table(connection: Connection) -> None:
    """Remove the search table and its trigger (the articles stay)."""
    _execute(connection, _DROP_TABLE)


def create_trigrams(connection: Connection) -> bool:
    """Index titles and outlets by trigram, where ``pg_trgm`` can be created.

    The library list's filter looks for typed words anywhere in titles and outlets
    (``ILIKE '%word%'``); these indexes answer that without reading every row. Without the
    extension (no right to create it) the filter still works, by reading every row.
    """
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:
        return False
    for index, column in TRIGRAM_INDEXES.items():
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {index} ON articles USING gin ({column} gin_trgm_ops)"
        )
    return True


def drop_trigrams(connection: Connection) -> None:
    """Remove the trigram indexes (the extension stays: other databases may use it)."""
    for index in TRIGRAM_INDEXES:
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")


def drop(connection: Connection) -> None:
    """Remove every search structure of either shape, and the configuration."""
    drop_trigrams(connection)
    drop_table(connection)
    drop_column(connection)
    connection.exec_driver_sql(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")
