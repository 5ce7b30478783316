"""Where a server password goes: the system keyring where one answers (a real GNOME Keyring
on a private D-Bus), else ``~/.pgpass``; and a library opens with the keyring's password
on a real PostgreSQL server that asks for one."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from comparer.errors import LibraryError
from comparer.storage import Library
from comparer.storage.connection import remember_password
from comparer.storage.database import to_url
from comparer.storage.passwords import SERVICE, stored_password
from tests.comparer.storage.keyring_session import keyring
from tests.pg_cluster import Cluster

__all__ = ["keyring"]  # the fixture

URL = "postgresql://ann@db.example:5433/news"
ROLE = f"keyring_ann_{os.getpid()}"
SECRET = "s3cr:et pass"


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


def _lookup(*attributes: str) -> str:
    done = subprocess.run(["secret-tool", "lookup", *attributes], capture_output=True, text=True)
    return done.stdout


@pytest.mark.usefixtures("keyring")
def test_a_password_goes_to_the_keyring_where_one_answers(pgpass: Path) -> None:
    assert remember_password(URL, SECRET) == "the system keyring"
    fields = ("service", SERVICE, "host", "db.example", "port", "5433")
    assert _lookup(*fields, "database", "news", "user", "ann") == SECRET
    assert stored_password(to_url(URL)) == SECRET
    assert stored_password(to_url("postgresql://bob@db.example:5433/news")) is None
    assert not pgpass.exists()


def test_without_a_keyring_service_it_goes_to_pgpass(
    pgpass: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")
    assert remember_password(URL, SECRET) == str(pgpass)
    assert pgpass.read_text() == "db.example:5433:news:ann:s3cr\\:et pass\n"
    assert stored_password(to_url(URL)) is None


def test_without_secret_tool_it_goes_to_pgpass(
    pgpass: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no secret-tool on it
    assert remember_password(URL, SECRET) == str(pgpass)
    assert pgpass.read_text().endswith(":s3cr\\:et pass\n")


@pytest.fixture
def password_server(pg_server: Cluster) -> Iterator[str]:
    """A URL (no password in it) of a database whose role must give a password."""
    hba = pg_server.folder / "data" / "pg_hba.conf"
    kept = hba.read_text()
    hba.write_text(f"host all {ROLE} 127.0.0.1/32 scram-sha-256\n{kept}")
    pg_server.sql(f"CREATE ROLE {ROLE} LOGIN SUPERUSER PASSWORD '{SECRET}'")
    pg_server.sql("SELECT pg_reload_conf()")
    name = pg_server.new_database()
    try:
        yield f"postgresql://{ROLE}@127.0.0.1:{pg_server.port}/{name}"
    finally:
        pg_server.drop_database(name)
        hba.write_text(kept)
        pg_server.sql("SELECT pg_reload_conf()")
        pg_server.sql(f"DROP ROLE {ROLE}")


@pytest.mark.usefixtures("keyring")
def test_a_library_opens_with_the_password_the_keyring_keeps(
    password_server: str, pgpass: Path
) -> None:
    with pytest.raises(LibraryError) as refused:  # nothing kept anywhere yet
        Library.open(password_server).close()
    assert "\n" not in str(refused.value) and SECRET not in str(refused.value)
    assert remember_password(password_server, SECRET) == "the system keyring"
    with Library.open(password_server) as library:
        assert library.list() == []
    assert not pgpass.exists()
