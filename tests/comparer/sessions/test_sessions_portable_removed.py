"""A .comparer file carries each article's removed furniture and the blocks put back."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from comparer.errors import ComparerError
from comparer.export.bundle import export_session, import_bundle
from comparer.importing import import_all
from comparer.ingest.kept import keep_removed
from comparer.sessions.attach import begin
from comparer.storage import Library, SessionStore
from tests.comparer.sessions.test_sessions_portable import _rewrite

HEADLINE = "Bridge closes"
RELATED = "Related: Council approves the new harbour budget"
APP = "CLICK HERE TO GET THE FOX NEWS APP"
PARAGRAPHS = (
    "The old river bridge will close to lorries from next month, the city council decided "
    "on Tuesday after engineers found cracks in two of its stone piers.",
    "Buses may still cross at walking pace, and the mayor said a new bridge would be built "
    "within five years if the money could be found.",
    "Residents of both banks have asked for a ferry while the bridge is closed, saying the "
    "detour adds half an hour to every journey into the centre.",
)


def _page(outlet: str) -> str:
    body = f"<p>{PARAGRAPHS[0]}</p><p>{RELATED}</p><p>{PARAGRAPHS[1]}</p><p>{APP}</p>"
    body += f"<p>{PARAGRAPHS[2]} ({outlet})</p>"
    return (
        f"<html><head><title>Bridge closes | {outlet}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{HEADLINE}</h1>{body}</article>"
        "<footer>Contact us</footer></body></html>"
    )


@pytest.fixture
def exported(tmp_path: Path) -> Iterator[tuple[Library, Path]]:
    """A library with two pages, a block of the first put back, and its .comparer file."""
    paths = []
    for outlet in ("City Times", "River Post"):
        path = tmp_path / f"{outlet}.html"
        path.write_text(_page(outlet), "utf-8")
        paths.append(str(path))
    with Library.open(tmp_path / "library.sqlite3") as library:
        ids = [o.article_id for o in import_all(library, paths) if o.article_id is not None]
        first = library.get(ids[0])
        assert [block.text for block in first.removed] == [HEADLINE, RELATED, APP]
        library.rewrite_text(ids[0], lambda article: keep_removed(article, {1}))
        articles = [library.get(n) for n in ids]
        SessionStore(library).create(begin("Bridge", articles).session)
        target = tmp_path / "bridge.comparer"
        export_session(library, "Bridge", target)
        yield library, target


def _moved(target: Path, tmp_path: Path) -> list[tuple[str, list[tuple[str, bool]]]]:
    with Library.open(tmp_path / "other.sqlite3") as other:
        session = import_bundle(other, target)
        moved = SessionStore(other).articles(session)
        return [(a.text, [(b.text, b.kept) for b in a.removed]) for a in moved]


def test_removed_blocks_and_the_ones_put_back_travel(
    exported: tuple[Library, Path], tmp_path: Path
) -> None:
    library, target = exported
    here = [library.get(s.id) for s in library.list()]
    there = _moved(target, tmp_path)
    assert there == [(a.text, [(b.text, b.kept) for b in a.removed]) for a in here]
    assert RELATED in there[0][0] and there[0][1][1:] == [(RELATED, True), (APP, False)]
    assert RELATED not in there[1][0] and there[1][1][1:] == [(RELATED, False), (APP, False)]


def _articles_json(
    change: Callable[[dict[str, Any]], object],
) -> Callable[[dict[str, bytes]], None]:
    def rewrite(members: dict[str, bytes]) -> None:
        entries = json.loads(members["articles.json"])
        for entry in entries:
            change(entry)
        members["articles.json"] = json.dumps(entries).encode()

    return rewrite


def test_a_file_from_before_removed_blocks_travelled_still_imports(
    exported: tuple[Library, Path], tmp_path: Path
) -> None:
    _, target = exported
    _rewrite(target, _articles_json(lambda entry: entry.pop("removed")), sums=True)
    there = _moved(target, tmp_path)
    assert [blocks[1:] for _, blocks in there] == [[(RELATED, False), (APP, False)]] * 2


@pytest.mark.parametrize("damaged", ["none", [{"text": RELATED, "reason": "read_more"}], [1]])
def test_a_damaged_list_of_removed_blocks_is_refused_whole(
    exported: tuple[Library, Path], tmp_path: Path, damaged: object
) -> None:
    _, target = exported
    _rewrite(target, _articles_json(lambda entry: entry.update(removed=damaged)), sums=True)
    with Library.open(tmp_path / "other.sqlite3") as other:
        with pytest.raises(ComparerError, match="damaged list of removed blocks"):
            import_bundle(other, target)
        assert other.list() == [] and SessionStore(other).list() == []
    with zipfile.ZipFile(target) as archive:
        assert "articles.json" in archive.namelist()
