"""Opening a library kept on a PostgreSQL server, through the psycopg 3 driver.

Users and settings write ``postgresql://user@host/dbname``; SQLAlchemy would pick psycopg2
for that, so :func:`driver_url` names psycopg 3 explicitly. Connections give up after a few
seconds when the server cannot be reached (the app then says so in one line instead of
hanging), and are checked before use so a restarted server costs no error. A URL without
a password takes the one the system keyring keeps for it (:mod:`.passwords`), else libpq
reads ``~/.pgpass``.

Writers queue, as they do on SQLite's ``BEGIN IMMEDIATE``: every write transaction first
takes one transaction-scoped advisory lock. That keeps the library's read-then-write steps
(dedupe by content hash, free session names, a session's revision check inside
:meth:`~comparer.storage.sessions.SessionStore.update`, a schema upgrade by two copies
starting at once) exactly as safe as on SQLite, while readers never wait. Imports write
one article per transaction, so a writer holds the lock only for milliseconds.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL

from comparer.storage.passwords import stored_password

CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 10_000
WRITER_LOCK_KEY = 0x436F6D70  # "Comp": one key for the whole library database
_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_postgresql(url: URL) -> bool:
    """Whether ``url`` names a PostgreSQL database (any driver spelling)."""
    return url.get_backend_name() in ("postgresql", "postgres")


def driver_url(url: URL) -> URL:
    """``url`` with the psycopg 3 driver named, whatever PostgreSQL spelling it used."""
    if url.drivername in _SCHEMES:
        return url.set(drivername="postgresql+psycopg")
    return url


def open_engine(url: URL) -> Engine:
    """An engine for a PostgreSQL library whose writers queue on the library's lock."""
    connect_args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}",
        "application_name": "comparer",
    }
    kept = stored_password(url) if url.password is None else None
    if kept is not None:  # else libpq reads ~/.pgpass itself
        connect_args["password"] = kept
    engine = create_engine(driver_url(url), connect_args=connect_args, pool_pre_ping=True)
    event.listen(engine, "begin", _begin)
    return engine


def _begin(connection: Connection) -> None:
    if connection.get_execution_options().get("comparer_write", False):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")
