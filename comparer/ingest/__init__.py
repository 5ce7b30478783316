"""Turn what a journalist has (files, pages, pasted text, URLs) into clean articles.

Every importer returns an :class:`comparer.model.Extracted`: the cleaned text with page
furniture taken out (and kept in ``removed``), metadata, captions and sentences with
character offsets. Every failure is one :class:`comparer.errors.ImportFailed` line.
"""

from __future__ import annotations

import re
from pathlib import Path

from comparer.ingest.extract import extract_bytes, extract_path, extract_text
from comparer.ingest.fetch import fetch_url
from comparer.ingest.splitting import segment
from comparer.model import Extracted

__all__ = [
    "extract_any",
    "extract_bytes",
    "extract_path",
    "extract_text",
    "fetch_url",
    "segment",
]


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def extract_any(item: str) -> Extracted:
    """Import ``item``: a web address if it starts with a scheme (``x://``), else a path.

    Only http(s) addresses are fetched; another scheme ("ftp://", "file://") is refused as
    such rather than looked for as a file, unless a file of that name exists.
    """
    address = item.strip()
    if _SCHEME.match(address) and not _names_a_file(item):
        return fetch_url(address)
    return extract_path(Path(item).expanduser())


def _names_a_file(item: str) -> bool:
    try:
        return Path(item).exists()
    except (OSError, ValueError):  # a name too long, or holding a NUL, names no file
        return False
