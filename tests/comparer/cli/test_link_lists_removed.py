"""A list of links cut from a web page is kept as a removed "read more" block: ``comparer
edit ID --removed`` lists it, and ``--keep-removed`` puts its lines back in the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.cli.main import main
from comparer.storage import Library

_STORY = (
    "<p>The Senate voted 52 to 48 on Tuesday to confirm the nominee, ending a weeks-long "
    "fight.</p><p>Republicans praised the outcome while Democrats warned of consequences for "
    "the court.</p><p>The vote followed hours of debate in which senators traded accusations "
    "on the floor.</p>"
)
_MORE = (
    "<p>More on this story</p><ul>"
    "<li><a href='https://example.org/a'>Who the nominee is and what the court now looks "
    "like</a></li>"
    "<li><a href='https://example.org/b'>How each senator voted on the nominee this week</a></li>"
    "<li><a href='https://example.org/c'>What the confirmation means for the next term</a></li>"
    "</ul>"
)
_AFTER = (
    "<p>Majority Leader Mitch McConnell called it a historic day for the country and the "
    "court.</p><p>Minority Leader Chuck Schumer said the process had been rushed and deeply "
    "unfair today.</p><p>Protesters gathered outside the Capitol as the result was announced "
    "late in the day.</p>"
)


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    assert main(["--db", str(db), *args]) == 0
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_a_cut_link_list_is_listed_and_can_be_put_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "senate.html"
    page.write_text(
        "<html><head><title>Senate confirms nominee</title></head><body><article>"
        f"<h1>Senate confirms nominee after bitter fight</h1>{_STORY}{_MORE}{_AFTER}"
        "</article></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "library.sqlite3"
    _run(capsys, db, "import", str(page))
    text = Library.open(db).get(1).text
    assert "How each senator voted" not in text
    assert "announced late in the day" in text
    listed = _run(capsys, db, "edit", "1", "--removed")
    line = next(row for row in listed.splitlines() if "Who the nominee is" in row)
    number = line.split()[0]
    assert line.split()[1:4] == ["removed", "read", "more"]
    _run(capsys, db, "edit", "1", "--keep-removed", number)
    text = Library.open(db).get(1).text
    assert "How each senator voted on the nominee this week" in text
    assert text.endswith("What the confirmation means for the next term")  # after its paragraph


def test_a_list_the_article_announces_stays_in_its_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sources = (
        "<p>The documents released by the Senate on Tuesday include:</p><ul>"
        "<li><a href='https://senate.gov/doc0'>The text of the bill as passed by the Senate "
        "on Tuesday evening</a></li>"
        "<li><a href='https://senate.gov/doc1'>The roll call vote showing how each senator "
        "voted on the nominee</a></li>"
        "<li><a href='https://senate.gov/doc2'>The nominee's written answers to the Judiciary "
        "Committee questions</a></li></ul>"
    )
    page = tmp_path / "senate.html"
    page.write_text(
        "<html><head><title>Senate confirms nominee</title></head><body><article>"
        f"<h1>Senate confirms nominee after bitter fight</h1>{_STORY}{sources}{_AFTER}"
        "</article></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "library.sqlite3"
    _run(capsys, db, "import", str(page))
    text = Library.open(db).get(1).text
    assert "The roll call vote showing how each senator voted on the nominee" in text
    assert "answers to the Judiciary Committee questions" in text
