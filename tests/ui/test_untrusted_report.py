"""Titles and file names that look like markup stay text in the report and the window.

Seeds 000 and 001 saved under file names carrying ``<b>`` and ``&amp;``, their headlines
changed to ``<b>Coalition</b> &amp; <script>alert(1)</script> attacks: Damascus`` and
``<i>Coalition</i> could be &amp;amp; helping ISIS``: the engine finds the headlines differ
and quotes both in a key difference. The HTML report (read back with ``html.parser``), the
PDF (read back with pypdf) and the Summary, headline row and column headers of a real
window must show every string literally.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from comparer.export.report_html import session_to_html
from comparer.export.report_print import session_to_print_html
from comparer.importing import import_all
from comparer.sessions.attach import Attached, begin
from comparer.storage import Library
from tests.comparer.export.test_report_html import Report
from tests.ui.conftest import shown_text
from ui.compare.area import ComparisonArea
from ui.report_pdf import render

FIRST = "<b>Coalition</b> &amp; <script>alert(1)</script> attacks: Damascus"
SECOND = "<i>Coalition</i> could be &amp;amp; helping ISIS"
NAMES = ("<b>one &amp; 0.txt", "<script>two.txt")  # a file name holds no "/"
ESCAPED = FIRST.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
OLD_TITLE = "U.S.-Led Coalition Attacks Aim at Derailing Syrian Army Victories: Damascus"


@pytest.fixture
def attached(tmp_path: Path, samples: list[Path]) -> Iterator[Attached]:
    """The seeds under hostile headlines and file names, compared by the engine."""
    first, second = (p.read_text(encoding="utf-8") for p in samples[:2])
    texts = (
        first.replace(OLD_TITLE, FIRST),
        second.replace("International coalition could be helping ISIS", SECOND),
    )  # fmt: skip
    paths = []
    for name, text in zip(NAMES, texts, strict=True):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    with Library.open(tmp_path / "library.sqlite3") as library:
        articles = [library.get(o.article_id) for o in import_all(library, paths) if o.article_id]
        assert [a.meta.title for a in articles] == [FIRST, f"“{SECOND}” – Syria"]
        yield begin(f"Session {FIRST}", articles)


def _headline_key(attached: Attached) -> str:
    (line,) = [k.explanation for k in attached.comparison.key_differences if k.kind == "headline"]
    assert FIRST in line and SECOND in line
    return line


def test_the_html_report_shows_titles_and_file_names_as_text(attached: Attached) -> None:
    html = session_to_html(attached)
    report = Report(html)
    assert not report.tags & {"script", "i"}
    assert report.tags & {"b"}  # the report's own bold headlines, and only those:
    assert "<b>Coalition</b>" not in html and "&lt;b&gt;Coalition&lt;/b&gt;" in html
    assert any(item.startswith(_headline_key(attached)) for item in report.items)
    provenance = report.tables[0][1:]
    titles = [c.article.meta.title for c in attached.comparison.articles]
    assert [row[1] for row in provenance] == titles
    assert [Path(row[4]).name for row in provenance] == list(NAMES)
    assert f"<title>Session {ESCAPED}</title>" in html


def test_the_pdf_report_prints_titles_and_file_names_as_text(
    qapp: object, attached: Attached, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    render(session_to_print_html(attached), target)
    pages = pypdf.PdfReader(target).pages
    text = unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in pages))
    words = "".join(text.split())  # cells break lines anywhere
    for literal in (FIRST, SECOND, *NAMES):
        assert "".join(literal.split()) in words, literal


def test_the_window_shows_titles_as_text(qtbot: QtBot, attached: Attached) -> None:
    area = ComparisonArea()
    qtbot.addWidget(area)
    area.show_comparison(attached.comparison)
    line = _headline_key(attached)
    row = next(n for n, text in enumerate(area.summary.lines()) if text.endswith(line))
    assert shown_text(area.summary.list.item(row).toolTip()) == line
    titles = [c.article.meta.title for c in attached.comparison.articles]
    assert [pane.headline.toPlainText() for pane in area.view.panes] == titles
    for pane, title in zip(area.view.panes, titles, strict=True):
        assert pane.header.title.textFormat() == Qt.TextFormat.PlainText
        assert pane.header.full_title == title
    area.summary.choose(row)  # the headlines, marked: still their text
    assert [pane.headline.toPlainText() for pane in area.view.panes] == titles
