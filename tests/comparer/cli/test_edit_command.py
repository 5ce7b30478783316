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
        (["edit", "1", "--title", "y" * 100_000], 1, "title is 100,000 characters long"),
        (["edit", "1", "--author", "a" * 10_001], 1, "at most 10,000 are kept"),
        (["edit", "1", "--language", "klingon-xx-123"], 1, "language must be a code"),
        (["edit", "1", "--language", "en" + "-abc" * 20], 1, "language must be a code"),
        (["edit", "1", "--language", "<b>fr</b>"], 1, "language must be a code"),
        (["edit", "1", "--language", "e\x1bn"], 1, "language must be a code"),
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
    assert run(capsys, db, "edit", "1", *edits)[0] == 0
    with Library.open(db) as library:
        meta = library.get(1).meta
    assert (meta.title, meta.outlet) == ("Two lines [31mred", "Wire copy")
    code, listing = run(capsys, db, "list")
    assert code == 0 and "\x1b" not in listing


def test_language_tags_and_long_titles_within_the_rule_are_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    run(capsys, db, "import", str(samples[0]))
    for tag in ("pt-BR", "zh-Hant-TW", "fil", ""):
        assert run(capsys, db, "edit", "1", "--language", tag)[0] == 0
    assert run(capsys, db, "edit", "1", "--title", "t" * 10_000)[0] == 0
    assert run(capsys, db, "edit", "1", "--title", "u" * 10_001, "--language", "de")[0] == 1
    with Library.open(db) as library:
        meta = library.get(1).meta
    assert (meta.title, meta.language) == ("t" * 10_000, "")


def test_import_keeps_at_most_as_long_a_title_as_edit_accepts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mail = tmp_path / "long.eml"
    body = "Police arrested a man in Leeds on Friday after a long search. " * 12
    mail.write_text(
        "From: desk@example.org\nTo: news@example.org\nDate: Mon, 4 Dec 2017 10:00:00 +0000\n"
        f"Subject: {'S' * 50_000}\nContent-Type: text/plain\n\n{body}\n",
        encoding="utf-8",
    )
    db = tmp_path / "library.sqlite3"
    assert run(capsys, db, "import", str(mail))[0] == 0
    with Library.open(db) as library:
        assert library.get(1).meta.title == "S" * 10_000


def test_show_says_what_was_corrected_and_what_import_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``comparer show`` printed a corrected value as if the file had given it, and a cleared
    one not at all; the window said what import read, the terminal did not."""
    report = tmp_path / "bomb.txt"
    report.write_text(
        "Police Arrest Suspect In Mail Bomb Case\nBy Jane Doe, The Associated Press\n"
        "October 26, 2018\n\nFederal authorities made an arrest on Friday, officials said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "library.sqlite3"
    assert run(capsys, db, "import", str(report))[0] == 0
    assert run(capsys, db, "edit", "1", "--outlet", "AP", "--author", "")[0] == 0
    code, out = run(capsys, db, "show", "1")
    assert code == 0
    head = out.split("\n\n")[0].splitlines()
    assert head[:5] == [
        "Title: Police Arrest Suspect In Mail Bomb Case",
        "Outlet: AP (corrected; import read “The Associated Press”)",
        "Author: (cleared; import read “Jane Doe”)",
        "Published: 2018-10-26",
        "Language: en",
    ]
    shown = json.loads(run(capsys, db, "show", "1", "--format", "json")[1])
    assert shown["extracted"] == {"outlet": "The Associated Press", "author": "Jane Doe"}
    assert run(capsys, db, "edit", "1", "--outlet", "The Associated Press")[0] == 0
    assert "Outlet: The Associated Press\n" in run(capsys, db, "show", "1")[1]
