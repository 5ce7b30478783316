"""`comparer import` given a saved session (a ``.comparer`` file) rather than an article:
one line pointing to `comparer session import`, not "a zip archive, not a document"."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from comparer.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    return code, capsys.readouterr().out


def test_a_session_file_points_to_session_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    bundle = tmp_path / "strike.comparer"
    assert _run(capsys, db, "session", "create", "Strike", str(samples[0]), str(samples[1]))[0] == 0
    exported = ("session", "export", "Strike", "--format", "comparer", "-o", str(bundle))
    assert _run(capsys, db, *exported)[0] == 0
    code, out = _run(capsys, db, "import", str(bundle))
    assert code == 1
    assert out.splitlines() == [
        f"failed: {bundle}: a saved session, not an article: use `comparer session import` for it"
    ]


def test_another_zip_archive_is_still_no_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("session.json", "{}")  # one of a session's members is not enough
    code, out = _run(capsys, tmp_path / "library.sqlite3", "import", str(archive))
    assert code == 1
    assert out.strip().endswith("photos.zip: binary file (a zip archive), not a document")
