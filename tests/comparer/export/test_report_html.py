"""The HTML session report, read back with html.parser: sections, highlights, notes, safety."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from comparer.export.html_format import comparison_to_html
from comparer.export.report_html import session_to_html
from comparer.export.report_print import print_layout, session_to_print_html
from comparer.importing import import_one
from comparer.model import Comparison, Kind
from comparer.sessions.anchors import difference_anchors
from comparer.sessions.attach import Attached, attach, begin, compare_session
from comparer.sessions.edit import add_bookmark, add_note, start
from comparer.storage import Library
from tests.comparer.sessions.seed_session import SAMPLES, import_seeds, reviewed

VOID = {"meta", "br"}


class Report(HTMLParser):
    """What a reader of the report sees: headings, table rows, highlighted spans, text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.tables: list[list[list[str]]] = []
        self.spans: list[tuple[dict[str, str | None], str]] = []
        self.items: list[str] = []
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.table_attributes: list[dict[str, str | None]] = []
        self._open: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}
        if tag == "table":
            self.tables.append([])
            self.table_attributes.append(dict(attrs))
        elif tag == "tr":
            self.tables[-1].append([])
        if tag not in VOID:
            self._open.append((tag, dict(attrs), []))

    def handle_endtag(self, tag: str) -> None:
        name, attrs, text = self._open.pop()
        assert name == tag, f"</{tag}> closes <{name}>"
        content = "".join(text)
        for _, _, outer in self._open:
            outer.append(content)
        if tag in ("td", "th"):
            self.tables[-1][-1].append(content)
        elif tag == "h2":
            self.headings.append(content)
        elif tag == "span":
            self.spans.append((attrs, content))
        elif tag == "li":
            self.items.append(content)

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][2].append(data)


@pytest.fixture
def attached(tmp_path: Path) -> Iterator[Attached]:
    """The reviewed seed session over a fresh comparison."""
    with Library.open(tmp_path / "library.sqlite3") as library:
        articles = import_seeds(library)
        session = reviewed(articles)
        yield compare_session(session, articles)


def test_the_report_has_every_section_and_the_provenance(attached: Attached) -> None:
    report = Report(session_to_html(attached, show_minor=True))
    assert report.headings == [
        "Key differences",
        "Articles",
        "Reviewer's notes",
        "Bookmarks",
        "Aligned sentences",
        "Differences",
        "Numbers",
        "Framing summary",
    ]
    provenance = report.tables[0]
    assert provenance[0][:5] == ["Key", "Title", "Outlet", "Published", "Source"]
    for row, compared in zip(provenance[1:], attached.comparison.articles, strict=True):
        article = compared.article
        assert row[0] == compared.key
        assert row[4] == article.source
        assert row[5] == article.imported_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        assert row[6] == article.content_hash
    # seed 001's date; seed 000 carries none here, and says so as its column does
    assert [row[3] for row in provenance[1:]] == ["no date", "2017-11-12"]
    differences = report.tables[2]
    assert len(differences) == 1 + len(attached.comparison.differences)
    numbers = report.tables[3]
    assert len(numbers) == 1 + len(attached.comparison.numbers)


def test_notes_and_review_states_are_shown(attached: Attached) -> None:
    report = Report(session_to_html(attached))
    assert "Overall: B relies on one source « only »." in report.items
    assert any(item.endswith("Dateline disputed.") for item in report.items)
    rows = report.tables[2][1:]
    assert sorted(r[6] for r in rows if r[6] != "open") == ["dismissed", "relevant"]
    (relevant,) = [r for r in rows if r[6] == "relevant"]
    assert relevant[7] == "Check the toll with OCHA."


def test_only_relevant_differences_are_shown_and_highlighted(attached: Attached) -> None:
    report = Report(session_to_html(attached, relevant_only=True))
    (index,) = attached.relevant()
    difference = attached.comparison.differences[index]
    assert difference.kind is Kind.NUMBER
    assert [r[3] for r in report.tables[2][1:]] == [difference.text]
    marks = [(a.get("class"), text) for a, text in report.spans]
    assert marks == [("number", difference.text)]
    ((attrs, _),) = report.spans
    assert "background-color" in (attrs.get("style") or "")


def test_all_differences_are_highlighted_inside_the_aligned_sentences(attached: Attached) -> None:
    report = Report(session_to_html(attached))
    shown = {text for _, text in report.spans}
    texts = {d.text for d in attached.comparison.differences}
    assert shown and all(any(piece in t for t in texts) for piece in shown)
    assert {a.get("class") for a, _ in report.spans} <= {k.value for k in Kind}


def test_the_report_is_self_contained_and_escapes_article_text(comparison: Comparison) -> None:
    session = add_note(start("<Strike> & co", comparison), None, "<script>alert(1)</script>")
    html = session_to_html(attach(session, comparison))
    report = Report(html)
    assert report.tags <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p",
                           "table", "thead", "tr", "th", "td", "span", "ul", "ol", "li", "code",
                           "br", "b"}  # fmt: skip
    assert not report.attributes & {"src", "href", "onload", "onclick"}
    aligned = report.tables[1]
    assert any("The mayor promised <b>compensation</b> & help" in cell for row in aligned
               for cell in row)  # fmt: skip
    assert "<script>alert(1)</script>" in report.items


def test_differences_inside_longer_ones_stay_highlighted(attached: Attached) -> None:
    report = Report(session_to_html(attached, show_minor=True))
    marks = {(a.get("class"), text) for a, text in report.spans}
    numbers = [d for d in attached.comparison.differences if d.kind is Kind.NUMBER]
    wording = [d for d in attached.comparison.differences if d.kind is Kind.WORDING]
    inside = [n for n in numbers if any(w.start <= n.start and n.end <= w.end for w in wording
                                        if w.article == n.article)]  # fmt: skip
    assert inside  # "at least 10 civilians" lies in a reworded sentence of B
    assert all(("number", n.text) in marks for n in numbers)


def test_the_print_variant_has_the_same_sections_in_full_width_tables(attached: Attached) -> None:
    screen, printed = Report(session_to_html(attached)), Report(session_to_print_html(attached))
    assert printed.headings == screen.headings
    assert all(t.get("width") == "100%" for t in printed.table_attributes)
    assert printed.tables[0] == screen.tables[0]  # the hash is broken into lines, not cut
    assert len(printed.tables[2]) == len(screen.tables[2])
    assert [r[3] for r in printed.tables[2]] == [r[3] for r in screen.tables[2]]
    assert [r[6:] for r in printed.tables[2]] == [r[6:] for r in screen.tables[2]]
    clip = print_layout(2).clip
    assert clip is not None
    assert max(len(r[4]) for r in printed.tables[2][1:]) <= len("A: ") + clip + 1
    assert max(len(r[4]) for r in screen.tables[2][1:]) > len("A: ") + clip + 1


def test_the_print_variant_keeps_only_aligned_rows_with_a_shown_difference(
    attached: Attached,
) -> None:
    full = Report(session_to_print_html(attached))
    relevant = Report(session_to_print_html(attached, relevant_only=True))
    (index,) = attached.relevant()
    text = attached.comparison.differences[index].text
    headline, *rows = relevant.tables[1][1:]  # the headline row always opens the table
    assert headline[:2] == ["1", headline[1]] and headline[1].startswith("headline (")
    assert len(rows) == 1 and any(text in cell for cell in rows[0])
    assert len(rows) < len(full.tables[1]) - 2
    assert len(relevant.tables[2]) == 2 < len(full.tables[2])


@pytest.mark.parametrize(("articles", "orientation"), [(2, "portrait"), (3, "landscape")])
def test_the_print_variant_asks_for_landscape_from_three_articles(
    articles: int, orientation: str
) -> None:
    assert f"@page{{size:A4 {orientation};" in print_layout(articles).style


def test_bookmarks_are_listed_with_what_they_mark(attached: Attached) -> None:
    report = Report(session_to_html(attached))
    (index,) = attached.relevant()
    text = attached.comparison.differences[index].text
    assert f"★ toll: difference #{index + 1} (A, “{text}”)" in report.items


def test_reports_of_several_events_carry_the_events_warning(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        articles = import_seeds(library)
        outcome = import_one(library, str(sorted(SAMPLES.glob("*.txt"))[4]))
        assert outcome.article_id is not None
        mixed = [*articles, library.get(outcome.article_id)]
    attached = begin("Mixed", mixed)
    events = attached.comparison.events
    assert len(events) == 2
    html = session_to_html(attached)
    assert "These reports cover 2 different events" in html
    assert "compare within each event" in html
    single = Report(session_to_html(begin("Strike", articles)))
    assert "different events" not in "".join(single.items)


def test_the_aligned_table_opens_with_the_headlines(attached: Attached) -> None:
    html = session_to_html(attached)
    table = Report(html).tables[1]
    assert table[1][0] == "1" and table[1][1].startswith("headline (")
    assert "“International coalition could be helping ISIS” – Syria" in table[1][3]
    # The seeds' headlines share little ("related"): shown unmarked, as in the window.
    assert attached.comparison.headline is not None
    assert not attached.comparison.headline.marks_words
    assert ">helping ISIS</b>" not in html


def test_close_headlines_have_their_own_words_on_the_wording_colour(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        first, second = import_seeds(library)
    close = "U.S.-Led Coalition Strikes Aim at Derailing Syrian Army Gains, Damascus Says"
    second = replace(second, meta=replace(second.meta, title=close))
    html = session_to_html(begin("Close", [first, second]))
    assert '<b style="background-color:' in html
    assert ">Strikes</b>" in html and ">Gains</b>" in html
    assert ">Coalition</b>" not in html  # both headlines have it


def test_headlines_that_share_little_have_only_their_telling_words_marked(
    tmp_path: Path,
) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        first, second = import_seeds(library)
    telling = "Damascus slams Washington over new massacre of villagers"
    second = replace(second, meta=replace(second.meta, title=telling))
    attached = begin("Telling", [first, second])
    assert attached.comparison.headline is not None
    assert not attached.comparison.headline.marks_words  # merely related, as in the window
    html = session_to_html(attached)
    assert ">slams</b>" in html and ">massacre</b>" in html
    assert ">Washington</b>" not in html and ">villagers</b>" not in html


def test_the_plain_html_export_marks_headlines_as_the_report_does(tmp_path: Path) -> None:
    with Library.open(tmp_path / "library.sqlite3") as library:
        first, second = import_seeds(library)
    telling = "Damascus slams Washington over new massacre of villagers"
    second = replace(second, meta=replace(second.meta, title=telling))
    page = comparison_to_html(begin("Telling", [first, second]).comparison)
    assert ">slams</mark>" in page and ">massacre</mark>" in page
    assert ">Washington</mark>" not in page and ">villagers</mark>" not in page


def test_a_note_and_a_bookmark_name_their_own_difference_when_an_equal_one_precedes(
    attached: Attached,
) -> None:
    """Two equal differences: the one noted and bookmarked is numbered by its own place,
    not by the first equal one's."""
    differences = attached.comparison.differences
    (index,) = attached.relevant()
    twice = (*differences[: index + 1], differences[index], *differences[index + 1 :])
    comparison = replace(attached.comparison, differences=twice)
    anchor = difference_anchors(comparison)[index + 1]
    session = add_bookmark(add_note(attached.session, anchor, "The second one."), anchor, "again")
    report = Report(session_to_html(attach(session, comparison)))
    text = differences[index].text
    assert f"On difference #{index + 2} (A, “{text}”): The second one." in report.items
    assert f"★ again: difference #{index + 2} (A, “{text}”)" in report.items
