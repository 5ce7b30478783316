"""A session row whose stored body is damaged (cut short by a disk or a hand edit): opening
it is one line, the other sessions still open, and ``library copy`` carries it over as it
is, with everything else, rather than stopping at a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from comparer.cli.main import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    said = capsys.readouterr()
    return code, said.out, said.err


def test_a_damaged_session_row_is_one_line_and_copied_as_it_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db, copy = tmp_path / "library.sqlite3", tmp_path / "copy.sqlite3"
    assert run(capsys, db, "session", "create", "Cut", str(samples[0]), str(samples[1]))[0] == 0
    assert run(capsys, db, "session", "create", "Whole", str(samples[2]), str(samples[3]))[0] == 0
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE sessions SET body = substr(body, 1, 50) WHERE name = 'Cut'")
        cut = raw.execute("SELECT body FROM sessions WHERE name = 'Cut'").fetchone()[0]
    code, _out, err = run(capsys, db, "session", "show", "Cut")
    assert (code, err.count("\n")) == (1, 1) and "session Cut is damaged (JSONDecodeError: " in err
    assert run(capsys, db, "session", "show", "Whole")[0] == 0
    code, out, _err = run(capsys, db, "library", "copy", "--to", str(copy))
    assert code == 0 and out.endswith("sessions: 2 copied, 0 already there\n")
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT body FROM sessions WHERE name = 'Cut'").fetchone()[0] == cut
    assert run(capsys, copy, "library", "copy", "--to", str(db))[1].endswith(
        "sessions: 0 copied, 2 already there\n"
    )
