"""A web page nested deeper than the HTML parser's default limit (255 elements) keeps its
text; one nested deeper than the parser can go at all is refused in one line.

libxml2 silently drops what lies beyond its depth limit: a page wrapping its body in 300
``<div>`` s was refused as "page furniture only".
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from comparer.ingest import extract_path
from comparer.ingest.formats.deep_markup import parsed_whole

ROOT = Path(__file__).resolve().parents[3]
TITLE = "Where did the harbour money go?"
PARAGRAPHS = [
    f"The harbour fund paid {n} invoices for the sea wall, the council's accounts show, "
    "but only a third of the work has been done."
    for n in range(1, 21)
]


def _nested_page(path: Path, depth: int) -> Path:
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    path.write_text(
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"{'<div>' * depth}{body}{'</div>' * depth}</article></body></html>",
        encoding="utf-8",
    )
    return path


def _comparer(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"}
    command = [sys.executable, "-m", "comparer", "--db", str(db), *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_a_page_nested_300_deep_keeps_every_paragraph_and_its_title(tmp_path: Path) -> None:
    article = extract_path(str(_nested_page(tmp_path / "deep.html", 300)))
    assert article.meta.title == TITLE
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_page_nested_2000_deep_keeps_every_paragraph(tmp_path: Path) -> None:
    article = extract_path(str(_nested_page(tmp_path / "deeper.html", 2000)))
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_page_nested_deeper_than_the_parser_goes_is_refused_in_one_line(
    tmp_path: Path,
) -> None:
    db = tmp_path / "lib.sqlite3"
    kept = _nested_page(tmp_path / "shallow.html", 3)
    assert _comparer(db, "import", str(kept)).returncode == 0
    before = _comparer(db, "list", "--format", "json").stdout
    result = _comparer(db, "import", str(_nested_page(tmp_path / "abyss.html", 20000)))
    assert result.returncode == 1
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"failed: {tmp_path / 'abyss.html'}: web page nests its markup more than 2,047"
        " elements deep, so its text cannot all be read"
    ]
    assert _comparer(db, "list", "--format", "json").stdout == before


def test_the_depth_of_a_page_of_many_deep_paragraphs_is_read_in_one_walk(
    tmp_path: Path,
) -> None:
    """Counting every element's ancestors took 1.6 s of CPU for 100,000 paragraphs."""
    paragraphs = "<p>x</p>" * 100_000
    html = f"<html><body>{'<div>' * 2000}{paragraphs}{'</div>' * 2000}</body></html>"
    started = time.process_time()
    tree = parsed_whole(html)
    assert time.process_time() - started < 1
    assert len(tree.xpath("//p")) == 100_000
