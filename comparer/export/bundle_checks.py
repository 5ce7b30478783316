"""What a ``.comparer`` file must pass before anything in it is believed: it is untrusted.

Anyone can hand a reviewer a ``.comparer`` file, so its zip directory, its sizes and its
JSON are checked as they are read, never trusted for what they declare:

- every member is named once, by a plain relative path (no absolute path, no ``..``, no
  symbolic link, no NUL), is stored or deflated, and is listed by the manifest;
- a member is inflated in small chunks and refused as soon as it passes its cap, whatever
  size the zip declares (one read of a forged entry once inflated 2.1 GB into memory);
- JSON nested deeper than :data:`MAX_JSON_DEPTH` is refused before it is parsed (100,000
  levels raised RecursionError), and so is JSON holding text SQLite cannot store;
- what a message quotes from the file is escaped and cut short, so a refusal is one line.
"""

from __future__ import annotations

import json
import re
import stat
import zipfile
from collections.abc import Iterable
from typing import Any

from comparer.ingest.limits import MAX_FILE_BYTES, megabytes
from comparer.sessions.model import SessionError

MAX_ARTICLES = 1_000
"""Most articles one ``.comparer`` file may carry (a session compares a handful)."""

MAX_JSON_BYTES = 20_000_000
"""Largest JSON member (manifest, session, article list) once inflated."""

MAX_TOTAL_BYTES = 4 * MAX_FILE_BYTES
"""Largest total the whole file may inflate to."""

MAX_JSON_DEPTH = 32
"""Deepest nesting of JSON arrays and objects; what Comparer writes stays under 8."""

_CHUNK = 1 << 16
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# bzip2 and LZMA are inflated in one piece by zipfile, so their size cannot be capped.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKET = re.compile(rb"[\[\]{}]")


class BadBundle(SessionError):
    """A ``.comparer`` file that is truncated, tampered with, newer or not one at all."""


def shown(text: str, limit: int = 60) -> str:
    """``text`` quoted for a one-line message: control characters escaped, cut to ``limit``."""
    return repr(text[:limit] + ("…" if len(text) > limit else ""))


def unquoted(text: str, limit: int = 80) -> str:
    """``text`` as :func:`shown` gives it, without the quotes (a file name, a version)."""
    return shown(text, limit)[1:-1]


class MemberReader:
    """Reads a ``.comparer`` archive's members once its directory has passed every check."""

    def __init__(self, archive: zipfile.ZipFile, where: str) -> None:
        """Check every entry of ``archive`` (named ``where`` in messages) before any read."""
        self._where = where
        self._left = MAX_TOTAL_BYTES
        self._infos = _checked_infos(archive.infolist(), where)
        self._archive = archive

    def names(self) -> set[str]:
        """The name of every member."""
        return set(self._infos)

    def read(self, name: str, cap: int) -> bytes:
        """The inflated bytes of ``name``, refused once they pass ``cap`` or the total."""
        info = self._infos.get(name)
        if info is None:
            raise BadBundle(f"{self._where} does not hold the files its manifest lists")
        parts: list[bytes] = []
        limit = min(cap, self._left)
        with self._archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                limit -= len(chunk)
                if limit < 0:
                    raise BadBundle(
                        f"{self._where}: {shown(name)} inflates to more than "
                        f"{megabytes(min(cap, MAX_TOTAL_BYTES))}, too large for a .comparer file"
                    )
                parts.append(chunk)
        data = b"".join(parts)
        self._left -= len(data)
        return data


def _checked_infos(infos: list[zipfile.ZipInfo], where: str) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > MAX_ARTICLES + 3:
        raise BadBundle(f"{where} holds {len(infos):,} files, more than a .comparer file can")
    checked: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        problem = _entry_problem(info)
        if problem:
            raise BadBundle(f"{where} holds {problem}: {shown(info.orig_filename)}; refused")
        if info.filename in checked:
            raise BadBundle(f"{where} holds {shown(info.filename)} twice; refused")
        checked[info.filename] = info
    return checked


def _entry_problem(info: zipfile.ZipInfo) -> str:
    name = info.orig_filename
    if "\0" in name or "\\" in name:  # never written; NUL cuts the name zipfile reports
        return "a file with an impossible name"
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return "a file with an absolute path"
    if ".." in name.split("/"):
        return "a file that points outside it (..)"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "a symbolic link"
    if info.compress_type not in _COMPRESSIONS:
        return "a file compressed in a way Comparer never writes"
    return ""


def check_listed(listed: Iterable[str], present: set[str], manifest: str, where: str) -> None:
    """Refuse members the manifest does not list, and listed members that are missing."""
    unlisted = sorted(present - set(listed) - {manifest})
    if unlisted:
        raise BadBundle(
            f"{where} holds a file its manifest does not list: {shown(unlisted[0])}; refused"
        )
    if set(listed) - present:
        raise BadBundle(f"{where} does not hold the files its manifest lists")


def load_json(data: bytes, what: str, where: str) -> Any:
    """Parse one JSON member, refusing deep nesting, NaN and text that is not Unicode."""
    if _too_deep(data):
        raise BadBundle(f"{where}: {what} is nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BadBundle(f"{where} holds damaged JSON in {what} ({str(error)[:80]})") from None
    try:  # a lone surrogate ("\ud800") decodes, but no file or database can store it
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise BadBundle(f"{where}: {what} holds text that is not valid Unicode") from None
    return document


def _too_deep(data: bytes) -> bool:
    depth = 0
    for bracket in _BRACKET.finditer(_STRING.sub(b"", data)):
        depth += 1 if bracket[0] in b"[{" else -1
        if depth > MAX_JSON_DEPTH:
            return True
    return False


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")
