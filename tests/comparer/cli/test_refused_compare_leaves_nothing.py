"""A compare (or a session) refused for an article given twice makes no library and imports
nothing: the inputs are checked before the library is opened."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from comparer.cli.main import main

COMMANDS = [["compare"], ["session", "create", "Self"]]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_given_twice_makes_no_library(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path], command: list[str]
) -> None:
    db = tmp_path / "new" / "lib.sqlite3"
    assert main(["--db", str(db), *command, str(samples[0]), str(samples[0])]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    same = f"{samples[0]} and {samples[0]} are the same article"
    assert captured.err == f"comparer: {same}: compare it with another report\n"
    assert list(tmp_path.iterdir()) == []  # neither the file nor its folder


def test_two_files_of_the_same_content_are_one_article_given_twice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copyfile(samples[1], copy)
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "compare", str(samples[1]), str(copy)]) == 2
    assert f"{samples[1]} and {copy} are the same article" in capsys.readouterr().err
    assert not db.exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_refused_compare_imports_nothing_into_a_library_already_there(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path], command: list[str]
) -> None:
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--db", db, "import", str(samples[0])]) == 0
    assert main(["--db", db, *command, str(samples[2]), str(samples[2])]) == 2
    capsys.readouterr()
    assert main(["--db", db, "list", "--format", "json"]) == 0
    assert [a["id"] for a in json.loads(capsys.readouterr().out)] == [1]


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unknown_id_after_a_new_file_imports_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path], command: list[str]
) -> None:
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--db", db, "import", str(samples[0])]) == 0
    assert main(["--db", db, *command, str(samples[2]), "999"]) == 1
    assert "no article 999" in capsys.readouterr().err
    assert main(["--db", db, "list", "--format", "json"]) == 0
    assert [a["id"] for a in json.loads(capsys.readouterr().out)] == [1]
