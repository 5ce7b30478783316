"""An id no article or session can have (past 32 or 64 bits) is "no such" in one line, and a
search limit past them finds what there is.

SQLite refuses a number past 64 bits with a Python ``OverflowError`` and PostgreSQL one past
32 bits with an error of its own: before the check, each was a traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from comparer.cli.main import main
from comparer.storage import Library

HUGE = str(2**70)


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["show", "{}"], "no article"),
        (["edit", "{}", "--title", "x"], "no article"),
        (["edit", "{}", "--removed"], "no article"),
        (["compare", "1", "{}"], "no article"),
        (["session", "show", "{}"], "no session"),
        (["session", "export", "{}", "--format", "json", "-o", "out.json"], "no session"),
    ],
)
def test_an_impossible_id_is_unknown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path],
    command: list[str], words: str,
) -> None:  # fmt: skip
    db = tmp_path / "library.sqlite3"
    assert run(capsys, db, "import", str(samples[0]))[0] == 0
    code, out = run(capsys, db, *(part.format(HUGE) for part in command))
    assert code == 1
    assert words in out and len(out.strip().splitlines()) == 1


def test_removing_an_impossible_id_removes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    run(capsys, db, "import", str(samples[0]))
    code, out = run(capsys, db, "remove", HUGE)
    assert (code, out.strip()) == (1, f"no article #{HUGE}")
    with Library.open(db) as library:
        assert len(library.list()) == 1


def test_a_search_limit_past_64_bits_finds_what_there_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    run(capsys, db, "import", str(samples[0]))
    code, out = run(capsys, db, "search", "coalition", "--limit", HUGE)
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["1"]


def test_a_sqlite_row_numbered_past_32_bits_is_in_reach(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    """SQLite's rowids are 64 bits: a row a hand edit numbered 2**40 opens and removes."""
    db, big = tmp_path / "library.sqlite3", 2**40
    run(capsys, db, "session", "create", "Strike", str(samples[0]), str(samples[1]))
    run(capsys, db, "import", str(samples[2]))  # article 3, in no session
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        for table in ("originals", "sentences", "removed_blocks", "extracted_values"):
            raw.execute(f"UPDATE {table} SET article_id = ? WHERE article_id = 3", (big,))
        raw.execute("UPDATE articles SET id = ? WHERE id = 3", (big,))
        raw.execute("UPDATE sessions SET id = ? WHERE name = 'Strike'", (big,))
    assert run(capsys, db, "session", "show", str(big))[0] == 0
    code, out = run(capsys, db, "show", str(big))
    assert code == 0 and "no article" not in out
    assert run(capsys, db, "show", str(2**63)) == (1, f"comparer: no article {2**63}\n")
    assert run(capsys, db, "remove", str(big))[0] == 0
    with Library.open(db) as library:
        assert sorted(a.id for a in library.list()) == [1, 2]
