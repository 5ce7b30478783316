"""Turn what a journalist has (files, pages, pasted text, URLs) into clean articles.

Every importer returns an :class:`comparer.model.Extracted`: the cleaned text with page
furniture taken out (and kept in ``removed``), metadata, captions and sentences with
character offsets. Every failure is one :class:`comparer.errors.ImportFailed` line.
"""

from __future__ import annotations

from pathlib import Path

from comparer.ingest.extract import extract_bytes, extract_path, extract_text
from comparer.ingest.fetch import fetch_url
from comparer.ingest.sentences import segment
from comparer.model import Extracted

__all__ = [
    "extract_any",
    "extract_bytes",
    "extract_path",
    "extract_text",
    "fetch_url",
    "segment",
]


def extract_any(item: str) -> Extracted:
    """Import ``item``: a web address if it starts with http:// or https://, else a path."""
    if item.strip().lower().startswith(("http://", "https://")):
        return fetch_url(item.strip())
    return extract_path(Path(item).expanduser())
