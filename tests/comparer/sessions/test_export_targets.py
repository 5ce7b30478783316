"""Where ``comparer session export -o`` writes: a folder or a missing folder is one line and
nothing written, a link is written through (it stays a link), and something that is no file
to replace (a pipe, ``/dev/stdout``) is written into, never replaced by a file.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from comparer.cli.main import main

FORMATS = ("html", "csv", "json", "comparer", "pdf")


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str | Path) -> tuple[int, str]:
    code = main(["--db", str(db), *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]) -> Path:
    path = tmp_path / "library.sqlite3"
    assert run(capsys, path, "session", "create", "Strike", samples[0], samples[1])[0] == 0
    return path


def export(
    capsys: pytest.CaptureFixture[str], db: Path, kind: str, target: Path
) -> tuple[int, str]:
    return run(capsys, db, "session", "export", "Strike", "--format", kind, "-o", target)


@pytest.mark.parametrize("kind", FORMATS)
def test_a_folder_or_a_missing_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    code, out = export(capsys, db, kind, folder)
    assert (code, len(out.strip().splitlines())) == (1, 1)
    assert f"{folder} is a folder" in out
    code, out = export(capsys, db, kind, tmp_path / "missing" / f"report.{kind}")
    assert (code, len(out.strip().splitlines())) == (1, 1)
    assert "No such file or directory" in out
    assert list(folder.iterdir()) == [] and not (tmp_path / "missing").exists()


@pytest.mark.parametrize("kind", FORMATS)
def test_a_link_is_written_through(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, kind: str
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    link = tmp_path / f"report.{kind}"
    link.symlink_to(shared / f"report.{kind}")
    assert export(capsys, db, kind, link)[0] == 0
    assert link.is_symlink() and (shared / f"report.{kind}").stat().st_size > 0
    assert [p.name for p in shared.iterdir()] == [f"report.{kind}"]


@pytest.mark.parametrize("kind", FORMATS)
def test_a_pipe_is_written_into_and_stays_a_pipe(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, kind: str
) -> None:
    pipe = tmp_path / f"report.{kind}"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    assert export(capsys, db, kind, pipe)[0] == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert len(received[0]) > 100
