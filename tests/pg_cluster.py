"""A throwaway PostgreSQL cluster for the test run, and a fresh database for each test.

One cluster per test session: ``initdb`` in a temporary folder, a server on 127.0.0.1 on a
free port (its socket in that folder too), trust authentication, stopped and deleted at
the end. PostgreSQL refuses to run as root, and CI runs as root, so there the cluster runs
as a system user through ``runuser``: ``$COMPARER_PG_USER``, else ``comparer-test`` (made
by ``.ci/run``), else Debian's ``postgres``. Tests that need it are skipped, with the
reason, only where no PostgreSQL binaries (or no psycopg) exist.

Each test gets its own database, copied from a template the migrations ran on once, so a
test starts from an empty library in milliseconds; :func:`pg_empty_url` gives a database
without any schema, for tests of the migrations themselves.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from comparer.storage import Library

SUPERUSER = "comparer"
TEMPLATE = "comparer_template"
_USERS = ("comparer-test", "postgres")
_SETTINGS = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (newest Debian version first), if any."""
    override = os.environ.get("COMPARER_PG_BIN")
    candidates = [override] if override else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def cluster_user() -> str | None:
    """The system user to run the server as: None when this process is not root."""
    if os.geteuid() != 0:
        return None
    wanted = os.environ.get("COMPARER_PG_USER")
    for name in [wanted] if wanted else _USERS:
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    pytest.skip("running as root with no user to run PostgreSQL as: `useradd comparer-test`")


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running test server: where it lives and how to reach it."""

    folder: Path
    binaries: Path
    user: str | None
    port: int
    durable: bool = False
    _numbers: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str) -> str:
        """The URL of a database on this server, as a user would type it."""
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def run(self, *args: str) -> None:
        """Run a server program as the cluster's user."""
        command = [str(self.binaries / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement outside any transaction (CREATE/DROP DATABASE need that)."""
        # Imported here so that a machine without psycopg skips these tests, not all tests.
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(statement.encode())

    def new_database(self, template: str = TEMPLATE) -> str:
        """Create a database copied from ``template`` and return its name."""
        name = f"test_{os.getpid()}_{next(self._numbers)}"
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        return name

    def drop_database(self, name: str) -> None:
        """Drop a test's database, closing any connection a test left open."""
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster(binaries: Path, user: str | None, durable: bool = False) -> Cluster:
    """initdb a cluster in a new temporary folder and start its server.

    Tests run it without flushing to disk (fast, and nothing outlives the run); the bench
    asks for a ``durable`` one, configured as a real server is.
    """
    folder = Path(tempfile.mkdtemp(prefix="comparer-pg-"))
    if user is not None:
        shutil.chown(folder, user)
    cluster = Cluster(folder, binaries, user, free_port(), durable)
    data = str(folder / "data")
    cluster.run("initdb", "-D", data, "-A", "trust", "-U", SUPERUSER, "-E", "UTF8")
    start_server(cluster)
    return cluster


def start_server(cluster: Cluster) -> None:
    """Start (or start again) the cluster's server, on its port."""
    settings = "-c max_connections=60" if cluster.durable else _SETTINGS
    folder = cluster.folder
    options = f"-c listen_addresses=127.0.0.1 -p {cluster.port} -k {folder} {settings}"
    log = str(folder / "server.log")
    data = str(folder / "data")
    cluster.run("pg_ctl", "-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start")


def stop_server(cluster: Cluster) -> None:
    """Stop the server at once, as a crash or a pulled cable would, keeping its data."""
    cluster.run("pg_ctl", "-D", str(cluster.folder / "data"), "-m", "immediate", "stop")


def stop_cluster(cluster: Cluster) -> None:
    """Stop the server at once and delete everything it wrote."""
    try:
        stop_server(cluster)
    finally:
        shutil.rmtree(cluster.folder, ignore_errors=True)


def _migrated_template(cluster: Cluster) -> None:
    cluster.sql(f"CREATE DATABASE \"{TEMPLATE}\" TEMPLATE template0 ENCODING 'UTF8'")
    Library.open(cluster.url(TEMPLATE)).close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Cluster]:
    """The test run's PostgreSQL server (skipped where PostgreSQL is not installed)."""
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    binaries = find_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl): apt-get install postgresql-15")
    cluster = start_cluster(binaries, cluster_user())
    try:
        _migrated_template(cluster)
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture
def pg_url(pg_server: Cluster) -> Iterator[str]:
    """A new, empty library database of its own for this test, as a postgresql:// URL."""
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_server: Cluster) -> Iterator[str]:
    """A new database with no tables at all (not yet a library)."""
    name = pg_server.new_database(template="template0")
    yield pg_server.url(name)
    pg_server.drop_database(name)
