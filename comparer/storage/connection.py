"""Checking a library location before using it, and keeping a server password out of settings.

:func:`check_connection` opens the library (creating or upgrading it as a start would) and
answers one line: what it holds, or what is wrong. :func:`without_password` is the form of
a URL that settings may keep; :func:`remember_password` puts the password in the system
keyring where there is one (:mod:`.passwords`), else :func:`save_password` puts it in
PostgreSQL's own password file (``~/.pgpass``, or ``$PGPASSFILE``), which libpq reads at
every connection, made readable by its owner only, as libpq requires.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy.engine import URL

from comparer.errors import LibraryError
from comparer.storage.database import to_url
from comparer.storage.library import Library
from comparer.storage.passwords import store_password

_FIELD = re.compile(r"((?:\\.|[^:\\])*):")


def check_connection(location: str) -> tuple[bool, str]:
    """Open ``location`` once: (True, what it holds) or (False, the one-line problem)."""
    try:
        with Library.open(location) as library:
            count = len(library.list())
    except LibraryError as error:
        return False, str(error)
    return True, f"connected: {count} article{'' if count == 1 else 's'} in the library"


def without_password(location: str) -> tuple[str, str | None]:
    """``location`` without any password in it, and that password (None if there was none)."""
    if "://" not in location:
        return location, None
    url = to_url(location)
    if url.password is None:
        return location, None
    # URL.set() reads None as "unchanged", so the URL is built again without it.
    parts = (url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    bare = URL.create(*parts).render_as_string(hide_password=False)
    return bare, str(url.password)


def remember_password(location: str, password: str) -> str:
    """Keep ``password`` for ``location``'s server: in the keyring, else in ``~/.pgpass``.

    Returns where it went, in words for the user ("the system keyring" or the file's path).
    """
    if store_password(to_url(location), password):
        return "the system keyring"
    return str(save_password(location, password))


def pgpass_path() -> Path:
    """The password file libpq reads."""
    override = os.environ.get("PGPASSFILE")
    return Path(override) if override else Path.home() / ".pgpass"


def save_password(location: str, password: str, path: Path | None = None) -> Path:
    """Remember ``password`` for the server, database and user of ``location``."""
    url = to_url(location)
    target = pgpass_path() if path is None else path
    key = _pgpass_key(url)
    kept = []
    if target.exists():
        kept = [line for line in target.read_text().splitlines() if _line_key(line) != key]
    kept.append(":".join((*key, _escape(password))))
    target.touch(mode=0o600, exist_ok=True)
    target.chmod(0o600)  # libpq ignores a password file others can read
    target.write_text("\n".join(kept) + "\n")
    return target


def _pgpass_key(url: URL) -> tuple[str, ...]:
    fields = (url.host or "localhost", str(url.port or 5432), url.database or "*", url.username)
    return tuple(_escape(field or "*") for field in fields)


def _line_key(line: str) -> tuple[str, ...]:
    # Fields are separated by colons not escaped by a backslash; the first four name the
    # connection. Escapes are kept, to compare with the escaped key.
    return tuple(_FIELD.findall(line + ":")[:4])


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")
