"""``comparer edit``: metadata corrected from the command line, the extracted value kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from comparer.cli.main import main
from comparer.storage import Library


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_edit_keeps_the_first_extracted_value(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    assert run(capsys, db, "import", str(samples[0]))[0] == 0
    with Library.open(db) as library:
        first = library.get(1).meta
    assert (
        run(capsys, db, "edit", "1", "--outlet", "Wire copy", "--published", "2017-11-12")[0] == 0
    )
    code, out = run(capsys, db, "edit", "1", "--outlet", "Reuters", "--format", "json")
    shown = json.loads(out)
    assert code == 0
    assert (shown["outlet"], shown["published"]) == ("Reuters", "2017-11-12")
    assert shown["extracted"]["outlet"] == first.outlet
    with Library.open(db) as library:
        assert library.get(1).meta.outlet == "Reuters"
        assert library.extracted_values(1)["outlet"] == first.outlet


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["edit", "1", "--published", "12/11/2017"], 1, "YYYY-MM-DD"),
        (["edit", "7", "--title", "x"], 1, "no article 7"),
        (["edit", "1"], 2, "nothing to edit"),
    ],
)
def test_bad_edits_say_why_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path],
    args: list[str], code: int, words: str,
) -> None:  # fmt: skip
    db = tmp_path / "library.sqlite3"
    run(capsys, db, "import", str(samples[0]))
    got, out = run(capsys, db, *args)
    assert got == code
    assert words in out and len(out.strip().splitlines()) == 1


def test_an_edited_field_keeps_no_control_character(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    # As import does: a title is one line in tables, menus and terminals (no escape codes).
    db = tmp_path / "library.sqlite3"
    run(capsys, db, "import", str(samples[0]))
    edits = ["--title", "Two\nlines \x1b[31mred", "--outlet", "Wire\x00copy"]
    assert run(capsys, db, "edit", "1", *edits, "--language", "e\x1bn")[0] == 0
    with Library.open(db) as library:
        meta = library.get(1).meta
    assert (meta.title, meta.outlet, meta.language) == ("Two lines [31mred", "Wire copy", "e n")
    code, listing = run(capsys, db, "list")
    assert code == 0 and "\x1b" not in listing
