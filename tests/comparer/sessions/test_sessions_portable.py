"""The .comparer file: a session travels to an empty library; bad files change nothing."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from comparer.errors import ComparerError
from comparer.export.bundle import export_session, import_bundle
from comparer.model import Article
from comparer.sessions.attach import compare_session
from comparer.storage import Library, SessionStore
from tests.comparer.sessions.seed_session import reviewed


@pytest.fixture
def bundle(library: Library, articles: list[Article], tmp_path: Path) -> Path:
    """A .comparer file of a reviewed session on the two seeds."""
    SessionStore(library).create(reviewed(articles))
    target = tmp_path / "strike.comparer"
    export_session(library, "Strike", target)
    return target


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Library]:
    """A second, empty library (another machine)."""
    with Library.open(tmp_path / "other" / "library.sqlite3") as opened:
        yield opened


def _bare(session: object) -> object:
    return replace(session, id=None, revision=0, created=None, modified=None)  # type: ignore[type-var]


def test_a_session_moves_intact_to_an_empty_library(
    bundle: Path, library: Library, other: Library
) -> None:
    original = SessionStore(library).get("Strike")
    imported = import_bundle(other, bundle)

    store = SessionStore(other)
    assert _bare(store.get("Strike")) == _bare(original) == _bare(imported)
    moved = store.articles(imported)
    assert [a.content_hash for a in moved] == list(original.articles)
    assert [other.original(a.id) for a in moved] == [
        library.original(library.find_by_hash(h) or 0) for h in original.articles
    ]
    here = compare_session(original, SessionStore(library).articles(original))
    there = compare_session(imported, moved)
    assert there.orphans == ()
    assert there.states == here.states
    assert there.anchors == here.anchors


def test_importing_twice_reuses_the_articles_and_renames_the_session(
    bundle: Path, library: Library
) -> None:
    again = import_bundle(library, bundle)
    assert again.name == "Strike (2)"
    assert len(library.list()) == 2
    assert [s.name for s in SessionStore(library).list()] == ["Strike (2)", "Strike"]


def _rewrite(path: Path, change: Callable[[dict[str, bytes]], None], sums: bool) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    if sums:
        manifest = json.loads(members["manifest.json"])
        manifest["files"] = {
            n: hashlib.sha256(d).hexdigest() for n, d in members.items() if n != "manifest.json"
        }
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _newer(members: dict[str, bytes]) -> None:
    manifest = json.loads(members["manifest.json"])
    members["manifest.json"] = json.dumps(manifest | {"format": 2}).encode()


def _edit_session(members: dict[str, bytes]) -> None:
    members["session.json"] = members["session.json"].replace(b"Check the toll", b"Ignore")


def _edit_article(members: dict[str, bytes]) -> None:
    members["articles/0.bin"] = members["articles/0.bin"].replace(b"a", b"e", 1)


def _drop_article(members: dict[str, bytes]) -> None:
    del members["articles/1.bin"]


def _newer_session(members: dict[str, bytes]) -> None:
    document = json.loads(members["session.json"])
    members["session.json"] = json.dumps(document | {"format": 7}).encode()


def _extra(members: dict[str, bytes]) -> None:
    members["payload.exe"] = b"MZ"


def _no_manifest(members: dict[str, bytes]) -> None:
    del members["manifest.json"]


CASES = [
    ("truncated", None, False, "not a readable .comparer file"),
    ("newer file", _newer, False, "newer version of Comparer"),
    ("newer session", _newer_session, True, "newer version of Comparer"),
    ("session edited", _edit_session, False, "fails its checksum"),
    ("article edited", _edit_article, False, "fails its checksum"),
    ("article edited, sums redone", _edit_article, True, "do not match its content hash"),
    ("article missing", _drop_article, False, "does not hold the files"),
    ("article missing, sums redone", _drop_article, True, "do not match its content hash"),
    ("extra file", _extra, False, "manifest does not list"),
    ("no manifest", _no_manifest, False, "no manifest"),
]


@pytest.mark.parametrize(
    ("change", "sums", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_bad_file_is_refused_and_changes_nothing(
    bundle: Path,
    other: Library,
    change: Callable[[dict[str, bytes]], None] | None,
    sums: bool,
    message: str,
) -> None:
    if change is None:
        bundle.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    else:
        _rewrite(bundle, change, sums)
    with pytest.raises(ComparerError, match=message):
        import_bundle(other, bundle)
    assert other.list() == []
    assert SessionStore(other).list() == []


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04garbage"])
def test_a_file_that_is_not_a_bundle_is_refused(
    tmp_path: Path, other: Library, content: bytes
) -> None:
    path = tmp_path / "odd.comparer"
    path.write_bytes(content)
    with pytest.raises(ComparerError, match=r"not a readable \.comparer file"):
        import_bundle(other, path)
    assert other.list() == []
