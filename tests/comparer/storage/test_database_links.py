"""A link to a library's file is that file: a ``notes.txt`` pointing at a library's
write-ahead log, or a ``.comparer`` name pointing at the library, is refused like the file
itself, never opened as a plain file (which would drop this process's locks on it)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from comparer.database_files import companion_of, database_behind
from comparer.export.bundle import BadBundle, read_bundle
from comparer.ingest.limits import read_capped_file
from comparer.ingest.refusal import Refusal


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Path]:
    """A real library in write-ahead mode, held open so its ``-wal`` and ``-shm`` exist."""
    db = tmp_path / "library.sqlite3"
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    connection.commit()
    assert Path(f"{db}-wal").exists()
    yield db
    connection.close()


def linked(folder: Path, name: str, target: Path) -> Path:
    link = folder / name
    link.symlink_to(target)
    return link


def test_a_link_to_a_companion_file_is_the_companion(library: Path) -> None:
    real = library.resolve()
    for name, suffix in [("notes.txt", "-wal"), ("memo.md", "-shm")]:
        link = linked(library.parent, name, Path(f"{library}{suffix}"))
        assert companion_of(link) == real
        assert database_behind(link) == real
        with pytest.raises(Refusal, match="a file SQLite keeps beside the database library"):
            read_capped_file(link)


def test_a_link_to_the_library_is_the_library(library: Path) -> None:
    link = linked(library.parent, "story.txt", library)
    assert database_behind(link) == library.resolve()
    with pytest.raises(Refusal, match=r"a database \(a Comparer library\?\), not a document"):
        read_capped_file(link)
    bundle = linked(library.parent, "saved.comparer", Path(f"{library}-wal"))
    with pytest.raises(BadBundle, match=r"saved\.comparer is a database"):
        read_bundle(bundle)


def test_a_link_to_an_ordinary_file_is_read(library: Path) -> None:
    text = library.parent / "article.txt"
    text.write_text("An ordinary article.", encoding="utf-8")
    link = linked(library.parent, "library.sqlite3-journal", text)  # named like one, is not
    assert database_behind(link) is None
    assert read_capped_file(link) == b"An ordinary article."
