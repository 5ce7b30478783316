"""The printed session report: Qt's PDF of seeds 000 + 001, read back with pypdf.

The page bound: the front matter (articles, notes, the aligned rows holding a difference)
fills two pages, and a printed row of the differences table is at most about ten lines of
8 pt text, so a page holds ten rows or more (about twelve measured). A report of ``n``
differences therefore fits in ``2 + ceil(n / 10)`` pages: 12 for the 100 of this session,
where the browser layout printed through Qt took 73.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QApplication

from comparer.export.report_print import print_layout, session_to_print_html
from comparer.sessions.attach import Attached, compare_session
from comparer.storage import Library
from tests.comparer.sessions.seed_session import import_seeds, reviewed
from ui.report_pdf import MARGIN_MM, page_layout, render

NOTES = ("Check the toll with OCHA.", "Dateline disputed.", "Overall: B relies on one source")


@pytest.fixture
def attached(tmp_path: Path) -> Iterator[Attached]:
    """The reviewed seed session over a fresh comparison."""
    with Library.open(tmp_path / "library.sqlite3") as library:
        articles = import_seeds(library)
        yield compare_session(reviewed(articles), articles)


def printed(
    qapp: QApplication,
    attached: Attached,
    folder: Path,
    relevant_only: bool,
    show_minor: bool = True,
) -> list[str]:
    """The text of each page of the printed report, NFKC-normalised (the PDF keeps ligatures)."""
    target = folder / f"{'relevant' if relevant_only else 'full'}-{show_minor}.pdf"
    render(session_to_print_html(attached, relevant_only, show_minor), target)
    pages = pypdf.PdfReader(target).pages
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in pages]


def test_the_printed_report_is_compact_and_keeps_the_content(
    qapp: QApplication, attached: Attached, tmp_path: Path
) -> None:
    pages = printed(qapp, attached, tmp_path, relevant_only=False)
    count = len(attached.comparison.differences)
    assert len(pages) <= 2 + math.ceil(count / 10)
    assert len(pages) < 20
    words = " ".join(" ".join(pages).split())
    squeezed = "".join(words.split())  # highlighted runs may lose or gain a space
    for compared in attached.comparison.articles:
        first_line = compared.article.content_hash[:16]
        assert f" {first_line} " in words  # a whole line of the hash: not squeezed
    assert all(note in words for note in NOTES)
    for difference in attached.comparison.differences:
        assert "".join(difference.text.split()) in squeezed
    assert pages[0].split()[-3:] == ["1", "/", str(len(pages))]
    assert list(tmp_path.glob("*.tmp")) == []


def test_a_report_of_relevant_differences_prints_fewer_pages(
    qapp: QApplication, attached: Attached, tmp_path: Path
) -> None:
    full = printed(qapp, attached, tmp_path, relevant_only=False)
    relevant = printed(qapp, attached, tmp_path, relevant_only=True)
    assert len(relevant) < len(full)
    (index,) = attached.relevant()
    text = " ".join(" ".join(relevant).split())
    assert attached.comparison.differences[index].text in text
    assert "aligned rows without a shown difference are left out" in text


def test_the_printed_report_hides_minor_findings_and_points_at_key_differences(
    qapp: QApplication, attached: Attached, tmp_path: Path
) -> None:
    text = " ".join(" ".join(printed(qapp, attached, tmp_path, False, False)).split())
    diffs = attached.comparison.differences
    hidden = len(diffs) - len(attached.reported(False, False))
    assert hidden and f"{hidden} minor findings are hidden, as in the window" in text
    first = attached.comparison.key_differences[0]
    assert "more than 10" in first.explanation
    numbers = ", ".join(f"#{i + 1} ({diffs[i].article})" for i in sorted(first.differences))
    assert f"{numbers}, row " in text  # the key difference's pointer, pasteable from the PDF
    assert " Row Relation A B " in text  # the row numbers' header fits its column
    assert " Outlet Published Source " in text  # the Published header and its dates fit
    assert all(
        (c.article.meta.published is None) or f" {c.article.meta.published.isoformat()} " in text
        for c in attached.comparison.articles
    )


@pytest.mark.parametrize(
    ("articles", "orientation", "size"),
    [
        (2, QPageLayout.Orientation.Portrait, (595, 842)),
        (3, QPageLayout.Orientation.Landscape, (842, 595)),
        (5, QPageLayout.Orientation.Landscape, (842, 595)),
    ],
)
def test_three_articles_or_more_print_landscape(
    qapp: QApplication,
    tmp_path: Path,
    articles: int,
    orientation: QPageLayout.Orientation,
    size: tuple[int, int],
) -> None:
    html = f"<html><head><style>{print_layout(articles).style}</style></head><body>x</body></html>"
    layout = page_layout(html)
    assert layout.orientation() == orientation
    assert layout.margins(QPageLayout.Unit.Millimeter).left() == pytest.approx(12)
    render(html, tmp_path / "page.pdf")
    box = pypdf.PdfReader(tmp_path / "page.pdf").pages[0].mediabox
    assert (round(box.width), round(box.height)) == size


def test_a_report_without_a_page_rule_is_portrait_with_the_default_margin(
    qapp: QApplication,
) -> None:
    layout = page_layout("<html><body><p>margin:3mm</p></body></html>")
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    assert layout.margins(QPageLayout.Unit.Millimeter).top() == pytest.approx(MARGIN_MM)
