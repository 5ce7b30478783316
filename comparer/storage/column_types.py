"""The column types that make any Python string storable, the same on every backend.

SQLite keeps what PostgreSQL refuses: a NUL character (PostgreSQL text cannot hold one)
and a string longer than a ``VARCHAR(n)``; and neither driver can write a lone surrogate
(what Python makes of a file name or a terminal argument that is not valid UTF-8, or a
``\\ud800`` escape in a JSON file). So a value that passed every SQLite test could fail a
newsroom's import, edit, session save or library copy on its server. These types mend the
value as it is bound, for every insert, update and comparison the ORM or Core writes:

- NUL and each lone surrogate become U+FFFD, the replacement character. Neither carries
  meaning in any language, and one character for one keeps every stored offset (sentences,
  captions, removed blocks' positions) pointing at the same text.
- A value longer than a bounded column is cut to fit, ending in "…" so it cannot pass for
  a value that fit (an engine version from elsewhere stays unlike this engine's), or
  replaced by the column's stated fallback (a declared language that long is no language
  tag: BCP 47 tags have at most 35 characters, so it is stored as unknown).

Validation that can say something useful (an edit's language, a session's name) happens
before, in one line; these types are the floor under every path, the library copy too.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"
CUT = "…"


def storable(value: str) -> str:
    """``value`` with each NUL and lone surrogate made U+FFFD (the length is unchanged)."""
    if "\x00" not in value:
        try:  # the common case, checked in C: 20,000 characters in 0.4-45 µs, not 160
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            pass
    return _UNSTORABLE.sub(REPLACEMENT, value)


def fitted(value: str, length: int, fallback: str | None = None) -> str:
    """``value`` storable and at most ``length`` characters: cut with "…", or ``fallback``."""
    value = storable(value)
    if len(value) <= length:
        return value
    return fallback if fallback is not None else value[: length - 1] + CUT


class StoredText(TypeDecorator[str]):
    """Unbounded text, stored as :func:`storable` makes it."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else storable(value)


class StoredString(TypeDecorator[str]):
    """A ``VARCHAR(length)`` value, stored as :func:`fitted` makes it."""

    impl = String
    cache_ok = True

    def __init__(self, length: int, fallback: str | None = None, **kwargs: Any) -> None:
        super().__init__(length, **kwargs)
        self.length = length
        self.fallback = fallback

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else fitted(value, self.length, self.fallback)
