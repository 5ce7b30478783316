"""A library server's password in the system keyring, through libsecret's ``secret-tool``.

The keyring (GNOME Keyring, KeePassXC or KWallet through the Secret Service) is reached
with the ``secret-tool`` command rather than a Python package, so nothing is added to
Comparer's dependencies. Each password is stored under :data:`SERVICE` and the server's
host, port, database and user; :func:`stored_password` finds it again when a library at
that URL is opened, and the engine hands it to psycopg directly: it never enters a URL,
the settings or a log line. Where the command is missing or no Secret Service answers (a
server, a bare container, a locked keyring that will not open) :func:`store_password`
says so with False, and the caller falls back to PostgreSQL's ``~/.pgpass``.
"""

from __future__ import annotations

import shutil
import subprocess

from sqlalchemy.engine import URL

SERVICE = "comparer-postgresql"
TIMEOUT_S = 10  # a keyring may ask the user to unlock it first


def _tool() -> str | None:
    return shutil.which("secret-tool")


def _attributes(url: URL) -> list[str]:
    fields = {
        "service": SERVICE,
        "host": url.host or "localhost",
        "port": str(url.port or 5432),
        "database": url.database or "",
        "user": url.username or "",
    }
    return [part for pair in fields.items() for part in pair]


def _label(url: URL) -> str:
    where = f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"
    return f"Comparer library {where}"


def store_password(url: URL, password: str) -> bool:
    """Keep ``password`` for ``url``'s server in the keyring; False where there is none."""
    tool = _tool()
    if tool is None:
        return False
    command = [tool, "store", f"--label={_label(url)}", *_attributes(url)]
    try:
        done = subprocess.run(
            command, input=password, text=True, capture_output=True, timeout=TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def stored_password(url: URL) -> str | None:
    """The password the keyring keeps for ``url``'s server, if it keeps one."""
    tool = _tool()
    if tool is None:
        return None
    command = [tool, "lookup", *_attributes(url)]
    try:
        done = subprocess.run(command, text=True, capture_output=True, timeout=TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return None
    # secret-tool prints the secret as stored (no newline added); 1 means none is stored.
    return done.stdout if done.returncode == 0 and done.stdout else None
