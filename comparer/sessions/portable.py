"""The ``.comparer`` file: a session with its articles, to carry to another machine.

A ``.comparer`` file is a zip archive (see ``docs/sessions.md``) holding ``manifest.json``
(format, app version, creation time and a SHA-256 of every other member),
``session.json`` (the session document of :mod:`comparer.sessions.codec`),
``articles.json`` (each article's content hash, source, media type, title, outlet and
import time) and ``articles/N.bin`` (the bytes each article was imported from).

Reading validates everything first — zip integrity, format, checksums, the session
document, every original against its content hash and a fresh import of it — and only then
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
from comparer.errors import ComparerError
from comparer.export.atomic import replacing
from comparer.ingest import extract_bytes
from comparer.ingest.limits import MAX_FILE_BYTES
from comparer.model import Article, Extracted
from comparer.sessions.codec import session_from_json, session_to_json
from comparer.sessions.model import Session, SessionError
from comparer.storage import Library, SessionStore

FORMAT = 1
SUFFIX = ".comparer"
MANIFEST = "manifest.json"
SESSION = "session.json"
ARTICLES = "articles.json"


class BadBundle(SessionError):
    """A ``.comparer`` file that is truncated, tampered with, newer or not one at all."""


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
    }


def import_bundle(library: Library, source: Path) -> Session:
    """Import a ``.comparer`` file: its articles (known ones reused) and its session."""
    bundle = read_bundle(source)
    return SessionStore(library).import_session(bundle.articles, bundle.session)


def read_bundle(source: Path) -> Bundle:
    """Read and fully validate a ``.comparer`` file; nothing is written anywhere."""
    where = Path(source).name
    try:
        with zipfile.ZipFile(source) as archive:
            members = _members(archive, where)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as error:
        raise BadBundle(f"{where} is not a readable .comparer file ({error})") from None
    manifest = _manifest(members, where)
    _check_sums(manifest, members, where)
    session = session_from_json(_load(members[SESSION], where))
    entries = _load(members[ARTICLES], where)
    articles = tuple(_extracted(entry, members, where) for entry in _listed(entries, where))
    missing = set(session.articles) - {a.content_hash for a in articles}
    if missing:
        raise BadBundle(f"{where} lacks {len(missing)} of its session's articles")
    return Bundle(manifest, session, articles)


def _members(archive: zipfile.ZipFile, where: str) -> dict[str, bytes]:
    infos = archive.infolist()
    if MANIFEST not in archive.namelist():
        raise BadBundle(f"{where} has no manifest: it is not a .comparer file")
    if sum(i.file_size for i in infos) > MAX_FILE_BYTES * 4:
        raise BadBundle(f"{where} is too large to be a .comparer file")
    return {info.filename: archive.read(info) for info in infos}


def _manifest(members: dict[str, bytes], where: str) -> dict[str, Any]:
    manifest = _load(members[MANIFEST], where)
    if not isinstance(manifest, dict) or manifest.get("app") != "comparer":
        raise BadBundle(f"{where} is not a .comparer file")
    version = manifest.get("format")
    if not isinstance(version, int) or version > FORMAT:
        raise BadBundle(
            f"{where} was written by a newer version of Comparer "
            f"({manifest.get('app_version', '?')}, file format {version!r}); update Comparer"
        )
    return manifest


def _check_sums(manifest: dict[str, Any], members: dict[str, bytes], where: str) -> None:
    listed = manifest.get("files")
    if not isinstance(listed, dict) or {SESSION, ARTICLES} - listed.keys():
        raise BadBundle(f"{where} has a damaged manifest")
    if set(listed) != set(members) - {MANIFEST}:
        raise BadBundle(f"{where} does not hold the files its manifest lists")
    for name, digest in listed.items():
        if _sha256(members[name]) != digest:
            raise BadBundle(f"{where} was altered or damaged: {name} fails its checksum")


def _listed(entries: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise BadBundle(f"{where} has a damaged article list")
    return entries


def _extracted(entry: dict[str, Any], members: dict[str, bytes], where: str) -> Extracted:
    data = members.get(str(entry.get("file")))
    declared = entry.get("content_hash")
    if data is None or _sha256(data) != declared:
        raise BadBundle(f"{where}: an article's bytes do not match its content hash")
    source = str(entry.get("source", ""))
    try:
        extracted = extract_bytes(data, source=source, filename=Path(source).name)
    except ComparerError as error:
        raise BadBundle(f"{where}: an article cannot be imported: {error}") from None
    if extracted.content_hash != declared:
        raise BadBundle(f"{where}: an article's content hash is not the one it declares")
    return extracted


def _load(data: bytes, where: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise BadBundle(f"{where} holds damaged JSON ({error})") from None


def _json(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
