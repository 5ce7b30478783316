"""Backups under the current and the former names: named when a library is damaged, and
the unfinished ones swept, each library only its own. Real files in a real folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from comparer.errors import LibraryError
from comparer.importing import import_one
from comparer.storage import Library
from comparer.storage.health import damaged, forget_checks
from comparer.storage.migrate import backup
from tests.comparer.storage.damage import damage_a_table

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
OLD = "library.backup-0008-20261201T000000Z.sqlite3"
NEW = "library.sqlite3.backup-0009-20261202T000000Z.sqlite3"


def _library(path: Path) -> Path:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE t (x)")
    raw.close()
    return path


def _files(folder: Path, *names: str) -> list[Path]:
    made = [folder / name for name in names]
    for path in made:
        path.write_bytes(b"a backup copy")
    return made


def test_a_damaged_library_names_its_former_style_backup(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    samples = sorted(SAMPLES.glob("*.txt"))
    with Library.open(db) as library:
        for sample in samples[:2]:
            import_one(library, str(sample))
    damage_a_table(db, "sentences")
    forget_checks()  # this process checked the file before it was damaged
    _files(tmp_path, OLD)
    with Library.open(db) as library, pytest.raises(LibraryError) as refused:
        import_one(library, str(samples[2])).article_id  # noqa: B018
        library.check_writable()
    assert f"({OLD})" in str(refused.value)


def test_the_newest_backup_of_either_style_is_named(tmp_path: Path) -> None:
    db = _library(tmp_path / "library.sqlite3")
    _files(tmp_path, OLD, "library.sqlite3.backup-0007-20261101T000000Z.sqlite3")
    assert f"({OLD})" in damaged(str(db), "malformed")
    _files(tmp_path, NEW)
    assert f"({NEW})" in damaged(str(db), "malformed")


def test_without_a_backup_the_pattern_is_named(tmp_path: Path) -> None:
    db = _library(tmp_path / "library.sqlite3")
    _files(tmp_path, f"{OLD}.partial", "library.sqlite3.backup-0009-x.sqlite3")
    assert "(library.sqlite3.backup-*.sqlite3)" in damaged(str(db), "malformed")


def test_another_librarys_former_style_backup_is_not_named(tmp_path: Path) -> None:
    """``library.db`` beside ``library.sqlite3`` shared the former names: neither claims them."""
    db = _library(tmp_path / "library.sqlite3")
    _library(tmp_path / "library.db")
    _files(tmp_path, OLD)
    assert OLD not in damaged(str(db), "malformed")


def test_former_style_leftovers_of_a_cut_backup_are_swept(tmp_path: Path) -> None:
    db = _library(tmp_path / "news.sqlite3")
    left = _files(
        tmp_path,
        "news.backup-0004-20250101T000000Z.sqlite3.partial",
        "news.backup-0004-20250101T000000Z.sqlite3.partial-journal",
        "news.sqlite3.backup-0005-20250102T000000Z.sqlite3.partial",
    )
    kept = _files(
        tmp_path,
        "news.backup-0004-20250101T000000Z.sqlite3",  # a whole backup stays
        # a backup opened as a library: its own unfinished copies are not news.sqlite3's
        "news.sqlite3.backup-0008-20260101T000000Z.sqlite3.backup-0009-20260102T000000Z"
        ".sqlite3.partial",
        "news.backup-0008-20260101T000000Z.backup-0009-20260102T000000Z.sqlite3.partial",
    )
    made = backup(db, "0009")
    assert [path.exists() for path in left] == [False] * len(left)
    assert [path.exists() for path in kept] == [True] * len(kept)
    assert made.exists() and not made.with_name(made.name + ".partial").exists()


def test_former_style_leftovers_stay_when_another_library_shares_the_stem(
    tmp_path: Path,
) -> None:
    db = _library(tmp_path / "news.sqlite3")
    _library(tmp_path / "news.db")
    (theirs,) = _files(tmp_path, "news.backup-0004-20250101T000000Z.sqlite3.partial")
    backup(db, "0009")
    assert theirs.exists()


def test_a_library_opened_from_a_backup_sweeps_only_its_own(tmp_path: Path) -> None:
    db = _library(tmp_path / "news.sqlite3.backup-0008-20260101T000000Z.sqlite3")
    (own,) = _files(tmp_path, f"{db.name}.backup-0009-20260102T000000Z.sqlite3.partial")
    (original,) = _files(tmp_path, "news.sqlite3.backup-0009-20260103T000000Z.sqlite3.partial")
    backup(db, "0009")
    assert not own.exists()
    assert original.exists()
