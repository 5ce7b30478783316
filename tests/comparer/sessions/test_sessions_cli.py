"""The ``comparer session`` commands, run through the real command line in-process."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import unicodedata
from pathlib import Path

import pypdf
import pytest

from comparer.cli.main import main


def run(capsys: pytest.CaptureFixture[str], db: str | Path, *args: str | Path) -> tuple[int, str]:
    code = main(["--db", str(db), *map(str, args)])
    return code, capsys.readouterr().out


@pytest.fixture
def db(library_location: str, capsys: pytest.CaptureFixture[str], samples: list[Path]) -> str:
    """A library (SQLite file or PostgreSQL database) with a session "Strike" on seeds 000, 001."""
    path = library_location
    code, out = run(capsys, path, "session", "create", "Strike", str(samples[0]), str(samples[1]))
    assert code == 0 and out.startswith("created: Strike (2 articles, ")
    return path


def test_a_session_is_listed_and_shown(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out = run(capsys, db, "session", "list", "--format", "json")
    assert code == 0
    assert [(s["name"], s["articles"], s["revision"]) for s in json.loads(out)] == [
        ("Strike", 2, 1)
    ]
    code, out = run(capsys, db, "session", "show", "Strike", "--format", "json")
    shown = json.loads(out)
    assert (shown["name"], shown["articles"], shown["orphans"]) == ("Strike", [1, 2], 0)
    assert shown["reviewed"]["open"] == shown["differences"] > 0
    assert shown["session"]["name"] == "Strike"
    code, out = run(capsys, db, "session", "show", "Strike")
    assert code == 0 and out.startswith("Session: Strike (revision 1)\n  A: #1 ")


def test_reports_are_written_in_each_format(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    paths = {kind: tmp_path / f"report.{kind}" for kind in ("html", "csv", "json")}
    for kind, path in paths.items():
        code, out = run(
            capsys, db, "session", "export", "Strike", "--format", kind, "-o", str(path)
        )
        assert (code, out) == (0, f"written: {path}\n")
    document = json.loads(paths["json"].read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO(paths["csv"].read_text(encoding="utf-8"), newline="")))
    assert len(rows) == len(document["differences"]) > 0
    assert paths["html"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_an_html_report_hides_minor_findings_unless_asked(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    hidden, shown = tmp_path / "hidden.html", tmp_path / "shown.html"
    run(capsys, db, "session", "export", "Strike", "--format", "html", "-o", hidden)
    run(capsys, db, "session", "export", "Strike", "--format", "html", "-o", shown, "--show-minor")
    data = tmp_path / "all.json"
    run(capsys, db, "session", "export", "Strike", "--format", "json", "-o", data)
    minor = sum(d["minor"] for d in json.loads(data.read_text(encoding="utf-8"))["differences"])
    assert minor > 0
    assert f"{minor} minor findings are hidden, as in the window" in hidden.read_text("utf-8")
    assert "minor findings are hidden" not in shown.read_text("utf-8")


def test_a_pdf_report_has_pages_and_text(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    code, _ = run(capsys, db, "session", "export", "Strike", "--format", "pdf", "-o", str(target))
    assert code == 0
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) >= 2
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages))
    words = " ".join(text.split())  # the PDF keeps ligatures ("ﬀ") and tabs between words
    for expected in ("Strike", "Aligned sentences", "Differences", "Framing summary", "Fort Russ"):
        assert expected in words
    assert list(tmp_path.glob("*.tmp")) == []


def test_a_bundle_moves_the_session_to_another_library(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    bundle = tmp_path / "strike.comparer"
    run(capsys, db, "session", "export", "Strike", "--format", "comparer", "-o", str(bundle))
    other = tmp_path / "other.sqlite3"
    code, out = run(capsys, other, "session", "import", str(bundle))
    assert (code, out) == (0, "imported: Strike (2 articles)\n")
    _, out = run(capsys, other, "list", "--format", "json")
    assert len(json.loads(out)) == 2


def test_failures_are_reported(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    assert main(["--db", str(db), "session", "show", "Nothing"]) == 1
    assert "no session Nothing" in capsys.readouterr().err
    odd = tmp_path / "odd.comparer"
    odd.write_bytes(b"not a zip")
    assert main(["--db", str(db), "session", "import", str(odd)]) == 1
    assert "not a readable .comparer file" in capsys.readouterr().err
    assert main(["--db", str(db), "session", "create", "Solo", "1"]) == 2


def test_a_session_is_named_by_its_listed_id_or_its_name(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, samples: list[Path]
) -> None:
    code, out = run(capsys, db, "session", "list")
    listed_id = out.splitlines()[1].split()[0]  # the ID column, as a user reads it
    for name in (listed_id, f"#{listed_id}", "Strike"):
        code, out = run(capsys, db, "session", "show", name)
        assert code == 0 and out.startswith("Session: Strike (revision 1)"), name
    output = tmp_path / "by-id.comparer"
    assert (
        run(capsys, db, "session", "export", listed_id, "--format", "comparer", "-o", output)[0]
        == 0
    )
    assert output.stat().st_size > 0
    # A name wins over an id: a session may well be called "1".
    run(capsys, db, "session", "create", listed_id, str(samples[2]), str(samples[3]))
    code, out = run(capsys, db, "session", "show", listed_id, "--format", "json")
    assert json.loads(out)["articles"] == [3, 4]


def test_an_unknown_session_id_says_what_was_looked_for(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    assert main(["--db", str(db), "session", "show", "42"]) == 1
    assert capsys.readouterr().err == "comparer: no session named '42' or with id 42\n"


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_every_export_gets_the_permissions_the_umask_gives(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, umask: int
) -> None:
    previous = os.umask(umask)
    try:
        for kind in ("html", "csv", "json", "comparer", "pdf"):
            path = tmp_path / f"report.{kind}"
            code, _ = run(capsys, db, "session", "export", "Strike", "--format", kind, "-o", path)
            assert code == 0
            assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, kind
    finally:
        os.umask(previous)
