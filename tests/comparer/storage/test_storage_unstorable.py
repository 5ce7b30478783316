"""Text PostgreSQL (or any driver) cannot store is mended at the storage edge, on both
backends alike: NUL and lone surrogates become U+FFFD with every offset kept, and a value
too long for a bounded column is cut or dropped, instead of a failed write."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from comparer.cli.main import main
from comparer.model import Extracted
from comparer.storage import Library
from comparer.storage.column_types import fitted, storable
from comparer.storage.listing import Listing, ListQuery

MakeArticle = Callable[..., Extracted]
NUL, LONE, MENDED = "\x00", "\ud800", "\ufffd"


@pytest.mark.parametrize(
    ("value", "length", "fallback", "expected"),
    [
        ("en", 64, "", "en"),
        ("x" * 65, 64, "", ""),
        ("x" * 65, 64, None, "x" * 63 + "…"),
        ("a\x00b\udcffc", 64, None, "a\ufffdb\ufffdc"),
        ("x" * 64, 64, None, "x" * 64),
    ],
)
def test_fitted_values(value: str, length: int, fallback: str | None, expected: str) -> None:
    assert fitted(value, length, fallback) == expected


def test_storable_keeps_length_and_valid_text() -> None:
    text = "Ünïcode 😀 stays\x01; only \x00 and \udc80 go"
    mended = storable(text)
    assert len(mended) == len(text)
    assert mended == "Ünïcode 😀 stays\x01; only \ufffd and \ufffd go"


def _hostile(value: str) -> str:
    """``value`` with each ¤ made a NUL and each § a lone surrogate."""
    return value.replace("¤", NUL).replace("§", LONE)


def _mended(value: str) -> str:
    return value.replace("¤", MENDED).replace("§", MENDED)


def test_nul_and_lone_surrogates_are_stored_with_offsets_kept(
    library: Library, make_article: MakeArticle
) -> None:
    sentences = ("Convoy¤ reached the border town.", "Aid§ trucks waited there.")
    built = make_article(sentences, title="Aid¤convoy§", author="Ann§")
    hostile = dataclasses.replace(
        built,
        source=_hostile("/imports/c§nvoy.txt"),
        text=_hostile(built.text),
        sentences=tuple(dataclasses.replace(s, text=_hostile(s.text)) for s in built.sentences),
        meta=dataclasses.replace(
            built.meta, title=_hostile("Aid¤convoy§"), author=_hostile("Ann§")
        ),
    )
    stored = library.get(library.add(hostile).article_id)
    assert stored.text == _mended(" ".join(sentences))
    assert [s.text for s in stored.sentences] == [_mended(s) for s in sentences]
    assert (stored.meta.title, stored.meta.author) == (_mended("Aid¤convoy§"), _mended("Ann§"))
    assert stored.source == _mended("/imports/c§nvoy.txt")
    assert [h.article_id for h in library.search("trucks")] == [stored.id]


def test_a_declared_language_or_media_type_too_long_for_its_column(
    library: Library, make_article: MakeArticle
) -> None:
    page = make_article(("A page that declares absurd things.",), language="en-" + "x" * 200)
    page = dataclasses.replace(page, media_type="text/html; charset=" + "x" * 400)
    stored = library.get(library.add(page).article_id)
    assert stored.meta.language == ""  # no language tag is that long: unknown
    assert len(stored.media_type) == 255
    assert stored.media_type.startswith("text/html; charset=xx") and stored.media_type[-1] == "…"


def test_an_edit_holding_a_lone_surrogate_is_stored(
    library_location: str, make_article: MakeArticle, capsys: pytest.CaptureFixture[str]
) -> None:
    # A title typed in a terminal that is not UTF-8 reaches argv as lone surrogates.
    with Library.open(library_location) as library:
        article_id = library.add(make_article(("Strike hit the market.",))).article_id
    title = "Frapp\udce9 au march\udce9"
    assert main(["--db", library_location, "edit", str(article_id), "--title", title]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "Traceback" not in out
    with Library.open(library_location) as library:
        assert library.get(article_id).meta.title == "Frapp\ufffd au march\ufffd"


def test_a_sqlite_library_holding_nul_copies_into_postgresql(
    tmp_path: Path, pg_url: str, make_article: MakeArticle, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite keeps a NUL and an over-long language: a library written before this check.
    personal = tmp_path / "personal.sqlite3"
    with Library.open(personal) as library:
        article_id = library.add(make_article(("Shelling near the river.",))).article_id
    with sqlite3.connect(personal) as raw:
        raw.execute(
            "UPDATE articles SET text = ?, title = ?, language = ? WHERE id = ?",
            (f"Shelling{NUL}near the river.", f"Shel{NUL}ling", "x" * 100, article_id),
        )
    assert main(["--db", str(personal), "library", "copy", "--to", pg_url]) == 0
    capsys.readouterr()
    with Library.open(pg_url) as server:
        (copied,) = [server.get(s.id) for s in server.list()]
    assert (copied.text, copied.meta.title) == (
        f"Shelling{MENDED}near the river.",
        "Shel\ufffdling",
    )
    assert copied.meta.language == ""


@pytest.mark.parametrize(
    ("word", "count"),
    [("a\x00b", 0), ("vote\udcffs", 0), ("50%", 1), ("5_%", 0), ("\\", 1), ("votes_c", 1)],
)
def test_the_list_filter_takes_any_typed_word_as_text(
    library: Library, make_article: MakeArticle, word: str, count: int
) -> None:
    # A NUL or lone surrogate pasted into the filter box raised on PostgreSQL (or both).
    library.add(make_article(("Counting went on.",), title="50% of votes_counted \\ here"))
    assert Listing(library).count(ListQuery(words=(word,))) == count
