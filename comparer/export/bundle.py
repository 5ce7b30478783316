"""The ``.comparer`` file: a session with its articles, to carry to another machine.

A ``.comparer`` file is a zip archive (see ``docs/sessions.md``) holding ``manifest.json``
(format, app version, creation time and a SHA-256 of every other member),
``session.json`` (the session document of :mod:`comparer.sessions.codec`),
``articles.json`` (each article's content hash, source, media type, title, outlet, import
time and removed blocks, :mod:`comparer.export.bundle_removed`) and ``articles/N.bin`` (the
bytes each article was imported from).

Reading validates everything first — the zip's entries and sizes, which are untrusted (see
:mod:`comparer.export.bundle_checks`), format, checksums, the session document and its
name, every original against its content hash and a fresh import of it — and only then
writes, in one transaction: a truncated, tampered or newer file raises a
:class:`~comparer.errors.ComparerError` and leaves the library exactly as it was. Writing
goes to a temporary file renamed over the target, so a crash never leaves half a file.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from comparer import __version__
from comparer.database_files import database_behind, resolved
from comparer.errors import ComparerError
from comparer.export.atomic import replacing
from comparer.export.bundle_checks import (
    MAX_ARTICLES,
    MAX_JSON_BYTES,
    BadBundle,
    MemberReader,
    check_listed,
    load_json,
    shown,
    unquoted,
)
from comparer.export.bundle_removed import removed_entry, with_blocks_kept
from comparer.ingest import extract_bytes
from comparer.ingest.limits import MAX_FILE_BYTES
from comparer.model import Article, Extracted
from comparer.sessions.codec import session_from_json, session_to_json
from comparer.sessions.model import Session, SessionError, checked_name
from comparer.storage import Library, SessionStore

FORMAT = 1
SUFFIX = ".comparer"
MANIFEST = "manifest.json"
SESSION = "session.json"
ARTICLES = "articles.json"
MAX_SOURCE_CHARS = 4_096


@dataclass(frozen=True, slots=True)
class Bundle:
    """The validated content of a ``.comparer`` file, ready to be imported."""

    manifest: dict[str, Any]
    session: Session
    articles: tuple[Extracted, ...]


def export_session(library: Library, name: str, target: Path) -> None:
    """Write the stored session ``name`` and its articles' originals to ``target``."""
    store = SessionStore(library)
    session = store.get(name)
    articles = store.articles(session)
    write_bundle(target, session, articles, [library.original(a.id) for a in articles])


def write_bundle(
    target: Path, session: Session, articles: Sequence[Article], originals: Sequence[bytes]
) -> None:
    """Write a ``.comparer`` file atomically (a temporary file renamed over ``target``)."""
    members = {
        SESSION: _json(session_to_json(session)),
        ARTICLES: _json([_article_entry(n, a) for n, a in enumerate(articles)]),
    }
    members |= {f"articles/{n}.bin": data for n, data in enumerate(originals)}
    manifest = {
        "format": FORMAT,
        "app": "comparer",
        "app_version": __version__,
        "created": datetime.now(UTC).isoformat(),
        "files": {name: _sha256(data) for name, data in members.items()},
    }
    target = Path(target)
    with replacing(target) as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, _json(manifest))
        for name, data in members.items():
            z.writestr(name, data)


def _article_entry(number: int, article: Article) -> dict[str, Any]:
    return {
        "file": f"articles/{number}.bin",
        "content_hash": article.content_hash,
        "source": article.source,
        "media_type": article.media_type,
        "title": article.meta.title,
        "outlet": article.meta.outlet,
        "imported_at": article.imported_at.isoformat(),
        "removed": removed_entry(article),
    }


def import_bundle(library: Library, source: Path) -> Session:
    """Import a ``.comparer`` file: its articles (known ones reused) and its session."""
    return store_bundle(library, read_bundle(source))


def store_bundle(library: Library, bundle: Bundle) -> Session:
    """Store a bundle :func:`read_bundle` accepted: its articles and its session."""
    return SessionStore(library).import_session(bundle.articles, bundle.session)


def read_bundle(source: Path) -> Bundle:
    """Read and fully validate a ``.comparer`` file; nothing is written anywhere."""
    where = unquoted(Path(source).name)
    real = resolved(Path(source)) or Path(source)  # the file checked is the file opened
    if database_behind(real) is not None:  # a plain open would drop its locks
        raise BadBundle(f"{where} is a database (a Comparer library?), not a .comparer file")
    try:
        with zipfile.ZipFile(real) as archive:
            manifest, members = _members(MemberReader(archive, where), where)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as error:
        raise BadBundle(f"{where} is not a readable .comparer file ({error})") from None
    session = _session(load_json(members[SESSION], SESSION, where), where)
    entries = load_json(members[ARTICLES], ARTICLES, where)
    articles = tuple(_extracted(entry, members, where) for entry in _listed(entries, where))
    missing = set(session.articles) - {a.content_hash for a in articles}
    if missing:
        raise BadBundle(f"{where} lacks {len(missing)} of its session's articles")
    return Bundle(manifest, session, articles)


def _members(reader: MemberReader, where: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest, then only the members it lists, each checked against its checksum."""
    if MANIFEST not in reader.names():
        raise BadBundle(f"{where} has no manifest: it is not a .comparer file")
    manifest = _manifest(reader.read(MANIFEST, MAX_JSON_BYTES), where)
    listed = manifest.get("files")
    if not isinstance(listed, dict) or {SESSION, ARTICLES} - listed.keys():
        raise BadBundle(f"{where} has a damaged manifest")
    check_listed(listed, reader.names(), MANIFEST, where)
    members = {}
    for name, digest in listed.items():
        cap = MAX_JSON_BYTES if name in (SESSION, ARTICLES) else MAX_FILE_BYTES
        members[name] = reader.read(name, cap)
        if _sha256(members[name]) != digest:
            raise BadBundle(f"{where} was altered or damaged: {shown(name)} fails its checksum")
    return manifest, members


def _manifest(data: bytes, where: str) -> dict[str, Any]:
    manifest = load_json(data, MANIFEST, where)
    if not isinstance(manifest, dict) or manifest.get("app") != "comparer":
        raise BadBundle(f"{where} is not a .comparer file")
    version = manifest.get("format")
    if not isinstance(version, int) or version > FORMAT:
        app = unquoted(str(manifest.get("app_version", "?")), 20)
        raise BadBundle(
            f"{where} was written by a newer version of Comparer "
            f"({app}, file format {unquoted(str(version), 20)}); update Comparer"
        )
    return manifest


def _session(document: Any, where: str) -> Session:
    """The session document, its name held to the rule every session name follows."""
    try:
        session = session_from_json(document)
        name = checked_name(session.name)
    except SessionError as error:
        raise BadBundle(f"{where}: {str(error)[:160]}") from None
    if name != session.name:
        raise BadBundle(f"{where}: a session name cannot hold line breaks, tabs or runs of blanks")
    return session


def _listed(entries: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise BadBundle(f"{where} has a damaged article list")
    files = [str(e.get("file")) for e in entries]
    if len(files) > MAX_ARTICLES or len(set(files)) != len(files):
        # Each entry is imported afresh: one original listed a million times is a denial.
        raise BadBundle(f"{where} lists more articles than it holds originals")
    return entries


def _extracted(entry: dict[str, Any], members: dict[str, bytes], where: str) -> Extracted:
    data = members.get(str(entry.get("file")))
    declared = entry.get("content_hash")
    if data is None or _sha256(data) != declared:
        raise BadBundle(f"{where}: an article's bytes do not match its content hash")
    source = entry.get("source", "")
    if not isinstance(source, str) or len(source) > MAX_SOURCE_CHARS or not source.isprintable():
        raise BadBundle(f"{where}: an article's source is not a usable path or URL")
    try:
        extracted = extract_bytes(data, source=source, filename=Path(source).name)
    except ComparerError as error:
        raise BadBundle(f"{where}: an article cannot be imported: {error}") from None
    if extracted.content_hash != declared:
        raise BadBundle(f"{where}: an article's content hash is not the one it declares")
    return with_blocks_kept(extracted, entry.get("removed"), where)


def _json(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
