"""CSV injection: reports of articles whose text, outlet and notes start like formulas.

Two real HTML pages are imported and compared through the command line, notes starting
with a tab and a carriage return are added, the CSV report is written by ``comparer
session export`` and read back with the :mod:`csv` module, as a spreadsheet would.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from comparer.cli.main import main
from comparer.sessions.attach import Attached, compare_session
from comparer.sessions.edit import add_note
from comparer.storage import Library, SessionStore

PAGE = """<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:site_name" content="{outlet}"></head>
<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"""

FIRST = (
    "Officials said twelve people died in the strike on the market in Idlib on Monday.",
    "=1+2 was painted on the wall of the bakery near the market, witnesses said.",
    "+44 20 7946 0000 is the number the caller used to claim the attack, police said.",
    "@everyone was the start of the message posted by the group after the strike.",
)
SECOND = (
    "Officials said fifteen people died in the strike on the market in Idlib on Monday.",
    "-10 degrees was the temperature that night, according to the weather service.",
)
NOTES = ("\t=cmd|' /C calc'!A0", '\r=HYPERLINK("http://evil.example")', "=1+1", "plain note")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def _page(path: Path, title: str, outlet: str, paragraphs: tuple[str, ...]) -> Path:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(PAGE.format(title=title, outlet=outlet, paragraphs=body), encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A library with a session "Hostile" on two pages, noted with formula-like notes."""
    first = _page(tmp_path / "a.html", '=HYPERLINK("http://evil.example")', "=Cmd News", FIRST)
    second = _page(tmp_path / "b.html", "-Second report", "+Plus News", SECOND)
    path = tmp_path / "library.sqlite3"
    assert main(["--db", str(path), "session", "create", "Hostile", str(first), str(second)]) == 0
    with Library.open(path) as library:
        store = SessionStore(library)
        session = store.get("Hostile")
        attached = compare_session(session, store.articles(session))
        for i, text in enumerate(NOTES):
            session = add_note(session, attached.anchors[i], text)
        store.save(session)
    return path


def _stored(db: Path) -> Attached:
    with Library.open(db) as library:
        store = SessionStore(library)
        session = store.get("Hostile")
        return compare_session(session, store.articles(session))


def _expected(value: str) -> str:
    return "'" + value if value.startswith(DANGEROUS) else value


def test_formula_cells_are_neutralised_and_the_rest_left_alone(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.csv"
    args = ["--db", str(db), "session", "export", "Hostile", "--format", "csv", "-o", str(target)]
    assert main(args) == 0
    capsys.readouterr()
    with target.open(encoding="utf-8", newline="") as stream:  # keeps a cell's "\r"
        rows = list(csv.DictReader(stream))
    attached = _stored(db)
    outlets = {c.key: c.article.meta.outlet for c in attached.comparison.articles}
    assert set(outlets.values()) == {"=Cmd News", "+Plus News"}  # the test's premise: hostile data
    assert len(rows) == len(attached.comparison.differences)
    for row, d in zip(rows, attached.comparison.differences, strict=True):
        notes = " | ".join(n.text for n in attached.notes_on(int(row["number"]) - 1))
        other = d.counterpart.text if d.counterpart else ""
        assert row["outlet"] == _expected(outlets[d.article])
        assert (row["text"], row["counterpart_text"]) == (_expected(d.text), _expected(other))
        assert (row["explanation"], row["notes"]) == (_expected(d.explanation), _expected(notes))
        assert (int(row["start"]), int(row["end"])) == (d.start, d.end)
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c.startswith(DANGEROUS)]
    texts = {row["text"] for row in rows}
    assert {"'" + s for s in FIRST[1:]} <= texts  # each formula sentence is an omission
    assert "'" + SECOND[1] in texts
    assert [row["notes"] for row in rows[: len(NOTES)]] == [
        "'\t=cmd|' /C calc'!A0",
        '\'\r=HYPERLINK("http://evil.example")',
        "'=1+1",
        "plain note",
    ]
