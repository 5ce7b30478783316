"""The ``comparer`` library commands, run as a user would, against a real library file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from comparer.cli.main import main


def run(capsys: pytest.CaptureFixture[str], db: str | Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    return code, capsys.readouterr().out


@pytest.fixture
def db(library_location: str) -> str:
    """The library the commands work on: a SQLite file, or a PostgreSQL database."""
    return library_location


def test_import_reports_each_input_and_fails_when_one_fails(
    capsys: pytest.CaptureFixture[str], db: str, samples: list[Path], tmp_path: Path
) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    code, out = run(capsys, db, "import", str(samples[0]), str(binary), str(samples[1]))
    lines = out.strip().splitlines()
    assert code == 1
    assert lines[0].startswith("new: #")
    assert lines[1].startswith(f"failed: {binary}: ")
    assert lines[1].count("photo.txt") == 1  # the input is named once, then the reason
    assert lines[2].startswith("new: #")
    code, out = run(capsys, db, "import", str(samples[0]))
    assert code == 0
    assert out.startswith("already in library: #")


def test_import_of_a_folder_takes_every_article_file(
    capsys: pytest.CaptureFixture[str], db: str, samples: list[Path]
) -> None:
    code, out = run(capsys, db, "import", str(samples[0].parent))
    assert code == 0
    assert out.count("new: #") == len(samples)


def test_a_folder_import_takes_its_articles_not_the_library_data_or_hidden_files(
    capsys: pytest.CaptureFixture[str], samples: list[Path], tmp_path: Path
) -> None:
    """The library kept in the folder gave a "failed:" line per database file (exit 1), and
    a research folder's JSON became articles titled "{": the window's rule, one summary line."""
    folder = tmp_path / "basil"
    (folder / "saved").mkdir(parents=True)
    (folder / "saved" / "report.TXT").write_bytes(samples[0].read_bytes())
    (folder / "other.md").write_bytes(samples[1].read_bytes())
    (folder / "report.json").write_text('{\n "title": "Strike"\n}\n', "utf-8")
    (folder / ".hidden.txt").write_bytes(samples[2].read_bytes())
    (folder / ".cache").mkdir()
    (folder / ".cache" / "copy.txt").write_bytes(samples[3].read_bytes())
    db = folder / "library.sqlite3"
    assert run(capsys, db, "import", str(samples[4]))[0] == 0  # the library and its WAL
    code, out = run(capsys, db, "import", str(folder))
    lines = out.strip().splitlines()
    assert code == 0, out
    assert [line.split(" #")[0] for line in lines[:-1]] == ["new:", "new:"]
    assert (
        lines[-1].startswith(f"skipped in {folder}: ") and "2 hidden files or folders" in lines[-1]
    )
    assert ".json" in lines[-1] and ".sqlite3" in lines[-1] and "{" not in out
    assert run(capsys, db, "import", str(folder / "report.json"))[1].startswith("new: #")


def test_list_and_show_as_json(
    capsys: pytest.CaptureFixture[str], db: str, samples: list[Path]
) -> None:
    run(capsys, db, "import", *map(str, samples))
    _, out = run(capsys, db, "list", "--format", "json")
    listing = json.loads(out)
    assert len(listing) == 5
    assert {"id", "title", "outlet", "published", "source"} <= set(listing[0])
    fort_russ = next(a for a in listing if a["source"].endswith(samples[1].name))
    assert fort_russ["published"] == "2017-11-12"
    _, out = run(capsys, db, "show", str(fort_russ["id"]), "--format", "json")
    article = json.loads(out)
    for sentence in article["sentences"]:
        assert article["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    assert any("Subscribe to our newsletter" in r["text"] for r in article["removed"])
    assert "Subscribe" not in article["text"]


def test_search_finds_words_in_the_body(
    capsys: pytest.CaptureFixture[str], db: str, samples: list[Path]
) -> None:
    run(capsys, db, "import", *map(str, samples))
    code, out = run(capsys, db, "search", "Guterres", "--format", "json")
    hits = json.loads(out)
    assert code == 0
    assert len(hits) == 1
    assert "Guterres" in hits[0]["snippet"]


def test_remove_deletes_and_reports_missing(
    capsys: pytest.CaptureFixture[str], db: str, samples: list[Path]
) -> None:
    run(capsys, db, "import", str(samples[0]))
    _, out = run(capsys, db, "list", "--format", "json")
    article_id = json.loads(out)[0]["id"]
    assert run(capsys, db, "remove", str(article_id))[0] == 0
    assert run(capsys, db, "remove", str(article_id))[0] == 1
    assert json.loads(run(capsys, db, "list", "--format", "json")[1]) == []


def test_a_corrupt_library_is_refused_with_one_line_and_left_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "library.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    before = db.read_bytes()
    code = main(["--db", str(db), "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("comparer: ") and err.count("\n") == 1
    assert db.read_bytes() == before


def test_installed_command_has_help_everywhere() -> None:
    for args in ([], ["import"], ["list"], ["show"], ["search"], ["remove"], ["compare"]):
        result = subprocess.run(
            [sys.executable, "-m", "comparer", *args, "--help"], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        assert "usage:" in result.stdout


def test_a_large_folder_is_imported_in_batches_with_one_line_per_file(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(450):
        (folder / f"{n:03d}.txt").write_text(f"Report {n}\n\nThe strike killed {n} people.\n")
    (folder / "450.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "451.txt").write_text("Report 0\n\nThe strike killed 0 people.\n")
    code, out = run(capsys, db, "import", str(folder))
    lines = out.strip().splitlines()
    assert code == 1
    assert len(lines) == 452
    assert all(line.startswith("new: #") for line in lines[:450])
    assert lines[450].startswith(f"failed: {folder / '450.txt'}: ")
    assert lines[451].startswith("already in library: #1 ")
    code, out = run(capsys, db, "list", "--format", "json")
    assert len(json.loads(out)) == 450


LIST_THEN_PRINT_MODULES = """
import json, sys
from comparer.cli.main import main
code = main(["--db", sys.argv[1], "list", "--format", "json"])
print(json.dumps(sorted(sys.modules)))
"""


def test_list_loads_no_importer_engine_or_migration(db: Path, samples: list[Path]) -> None:
    assert main(["--db", str(db), "import", str(samples[0])]) == 0
    done = subprocess.run(
        [sys.executable, "-c", LIST_THEN_PRINT_MODULES, str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    heavy = ("comparer.ingest", "comparer.align.alignment", "comparer.analysis", "alembic")
    heavy += ("trafilatura", "pypdf", "docx", "numpy", "rapidfuzz")
    if "://" not in str(db):  # a SQLite file is listed through the standard sqlite3 module
        heavy += ("sqlalchemy",)
    assert [m for m in modules if m.startswith(heavy)] == []


def test_an_article_a_saved_session_compares_is_removed_only_when_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    assert run(capsys, db, "session", "create", "Strike", str(samples[0]), str(samples[1]))[0] == 0
    assert run(capsys, db, "import", str(samples[2]))[0] == 0
    code = main(["--db", str(db), "remove", "2"])
    said = capsys.readouterr()
    assert (code, said.out) == (1, "") and len(said.err.strip().splitlines()) == 1
    assert "comparer: article #2 is compared in the saved session 'Strike'" in said.err
    assert run(capsys, db, "session", "show", "Strike")[0] == 0  # the review still opens
    assert run(capsys, db, "remove", "3") == (0, "removed: #3\n")  # in no session
    assert run(capsys, db, "remove", "2", "--force") == (0, "removed: #2\n")


@pytest.mark.parametrize(
    "command",
    [["list"], ["show", "1"], ["search", "strike"], ["remove", "1"], ["session", "list"]],
)
def test_a_mistyped_library_is_refused_not_made_anew(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    """A command that only reads or changes what is there never creates the file --db names:
    an empty new library would look like lost work."""
    typo = tmp_path / "Comparer" / "librray.db"
    assert main(["--db", str(typo), *command]) == 1
    assert capsys.readouterr().err == (
        f"comparer: no library at {typo}: check --db, or import into it first\n"
    )
    assert not typo.parent.exists()


def test_import_still_makes_the_library_it_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path]
) -> None:
    new = tmp_path / "Comparer" / "library.db"
    assert run(capsys, new, "import", str(samples[0]))[0] == 0
    assert new.is_file()
    assert run(capsys, new, "list")[1].count("\n") == 2  # the header and the article


@pytest.mark.parametrize(
    "command",
    [
        ["session", "import", "{library}"],
        ["session", "import", "{broken}"],
        ["session", "create", "Flynn", "1", "2"],
        ["compare", "{article}", "2"],
    ],
)
def test_a_command_that_may_make_the_library_makes_none_when_it_refuses(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: list[Path], command: list[str]
) -> None:
    """A refused ``session import`` (a library given for a .comparer file, a broken one) or
    a comparison of ids left an empty library at --db."""
    other = tmp_path / "other.sqlite3"
    assert run(capsys, other, "import", str(samples[0]))[0] == 0
    broken = tmp_path / "broken.comparer"
    broken.write_bytes(b"PK\x03\x04" + bytes(100))
    names = {"library": str(other), "broken": str(broken), "article": str(samples[0])}
    typo = tmp_path / "Comparer" / "librray.db"
    assert main(["--db", str(typo), *(part.format(**names) for part in command)]) == 1
    said = capsys.readouterr().err
    assert said.startswith("comparer: ") and said.count("\n") == 1, said
    assert not typo.parent.exists()


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["import", "missing.txt"], ("failed: missing.txt: file not found\n", "")),
        (["import", "missing.txt", "gone.html"], ("failed: missing.txt: ", "")),
        (["compare", "missing1", "missing2"], ("", "comparer: missing1: file not found\n")),
        (["session", "create", "Flynn", "missing1", "missing2"], ("", "comparer: missing1: ")),
    ],
)
def test_a_command_whose_inputs_all_fail_makes_no_library(
    tmp_path: Path, command: list[str], said: tuple[str, str]
) -> None:
    """Run as a user would, in a process of its own: an import or a comparison of files
    that are not there is refused, and the library --db names is not made, empty."""
    typo = tmp_path / "Comparer" / "librray.db"
    done = subprocess.run(
        [sys.executable, "-m", "comparer", "--db", str(typo), *command],
        capture_output=True, text=True, cwd=tmp_path, env=_env(),
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stdout.startswith(said[0]) and done.stderr.startswith(said[1])
    failed = len(command) - 1 if command[0] == "import" else 1  # a line an input, or the first
    assert len((done.stdout + done.stderr).splitlines()) == failed
    assert not typo.parent.exists()


def test_an_import_with_one_article_to_keep_still_makes_the_library(tmp_path: Path) -> None:
    (tmp_path / "strike.txt").write_text("Workers walked out on Monday. The strike goes on.")
    typo = tmp_path / "library.db"
    done = subprocess.run(
        [sys.executable, "-m", "comparer", "--db", str(typo), "import", "missing.txt",
         "strike.txt"],
        capture_output=True, text=True, cwd=tmp_path, env=_env(),
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == "failed: missing.txt: file not found"
    assert done.stdout.splitlines()[1].startswith("new: #1 ")
    assert typo.is_file()


def _env() -> dict[str, str]:
    """This process's environment with this checkout first on the path."""
    root = str(Path(__file__).resolve().parents[3])
    return {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}


def test_remove_help_names_drafts_as_well_as_saved_sessions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--force`` also overrides a window's unsaved drafts; its help said sessions only."""
    with pytest.raises(SystemExit):
        main(["remove", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "saved sessions or a window's unsaved drafts compare it" in shown
