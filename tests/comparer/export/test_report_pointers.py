"""What a journalist pastes from a report: the minor findings hidden as in the window,
each key difference pointing at its finding and aligned row, rows in reading order.

Real engine output on the seed reports 000 and 001 (one strike), and on those two with a
third: seed 001 again with its toll and its day told otherwise, written to a file and
imported like any report. Every report is parsed back with ``html.parser``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest

from comparer.export.report_html import session_to_html
from comparer.export.report_print import session_to_print_html
from comparer.importing import import_all
from comparer.model import Article
from comparer.sessions.attach import Attached, begin, compare_session
from comparer.sessions.edit import add_note, review
from comparer.sessions.model import ReviewState
from comparer.storage import Library
from tests.comparer.export.test_report_html import Report
from tests.comparer.sessions.seed_session import SAMPLES, import_seeds

POINTER = re.compile(r" → (.+)$")
FINDING = re.compile(r"#(\d+) \(([A-Z]+)\)")


@pytest.fixture
def seeds(tmp_path: Path) -> Iterator[list[Article]]:
    with Library.open(tmp_path / "library.sqlite3") as library:
        yield import_seeds(library)


@pytest.fixture
def three(tmp_path: Path) -> Iterator[Attached]:
    """Seeds 000 and 001 and a third report: 001 with "at least 14" and "On Saturday"."""
    second = sorted(SAMPLES.glob("*.txt"))[1].read_text(encoding="utf-8")
    third = second.replace("at least 10 civilians", "at least 14 civilians")
    assert third != second
    path = tmp_path / "third.txt"
    path.write_text(third, encoding="utf-8")
    with Library.open(tmp_path / "library.sqlite3") as library:
        articles = import_seeds(library)
        (outcome,) = import_all(library, [str(path)])
        assert outcome.article_id is not None
        yield begin("Three", [*articles, library.get(outcome.article_id)])


def _showing_line(html: str) -> str:
    found = re.search(r"; (showing [^<]*)\.</p>", html)
    assert found is not None
    return found.group(1)


def test_minor_findings_are_hidden_as_in_the_window_and_the_report_says_so(
    seeds: list[Article],
) -> None:
    attached = begin("Strike", seeds)
    diffs = attached.comparison.differences
    minor = [i for i, d in enumerate(diffs) if d.minor]
    assert minor  # the premise: the seeds have minor findings (case-only wording, ...)
    report = Report(session_to_html(attached))
    listed = [int(row[0]) - 1 for row in report.tables[2][1:]]
    assert listed == [i for i, d in enumerate(diffs) if not d.minor]
    shown, total = len(listed), len(diffs)
    assert _showing_line(session_to_html(attached)) == (
        f"showing {shown} of {total} differences: {total - shown} minor findings are hidden,"
        " as in the window"
    )
    every = session_to_html(attached, show_minor=True)
    assert len(Report(every).tables[2]) == 1 + total
    assert _showing_line(every) == f"showing all {total} differences"
    printed = Report(session_to_print_html(attached))
    assert [int(row[0]) - 1 for row in printed.tables[2][1:]] == listed


def test_a_minor_finding_given_a_verdict_or_a_note_is_reported(seeds: list[Article]) -> None:
    attached = begin("Strike", seeds)
    diffs = attached.comparison.differences
    first, second, *_ = [i for i, d in enumerate(diffs) if d.minor]
    session = review(attached.session, attached.anchors[first], ReviewState.DISMISSED)
    session = add_note(session, attached.anchors[second], "Case only: house style.")
    reviewed = compare_session(session, seeds)
    listed = {int(row[0]) - 1 for row in Report(session_to_html(reviewed)).tables[2][1:]}
    assert {first, second} <= listed
    hidden = sum(d.minor for d in diffs) - 2
    assert f"{hidden} minor findings are hidden" in _showing_line(session_to_html(reviewed))


def _pointers(items: list[str]) -> list[tuple[list[tuple[int, str]], list[int]]]:
    """Each key difference's pointer: its (finding number, column) pairs and its rows."""
    found = []
    for item in items:
        match = POINTER.search(item)
        assert match is not None, item
        pointer = match.group(1)
        findings = [(int(n), key) for n, key in FINDING.findall(pointer)]
        found.append((findings, [int(r) for r in re.findall(r"row (\d+)", pointer)]))
    return found


def test_every_key_difference_points_at_its_findings_and_their_row(
    seeds: list[Article],
) -> None:
    attached = begin("Strike", seeds)
    c = attached.comparison
    report = Report(session_to_html(attached))
    keys = report.items[: len(c.key_differences)]
    assert all(POINTER.search(item) for item in keys), keys
    aligned = {row[0]: row for row in report.tables[1][1:]}
    columns = {key: 2 + n for n, key in enumerate(a.key for a in c.articles)}
    differences = {row[0]: row for row in report.tables[2][1:]}
    qualifier = next(k for k in keys if "“more than 10 civilians”" in k)
    assert re.search(r" → #\d+ \(A\), #\d+ \(B\), row \d+$", qualifier)  # one row holds both
    for item, key in zip(keys, c.key_differences, strict=True):
        pointer = POINTER.search(item)
        assert pointer is not None
        if not key.differences:  # the headlines: the table's first row
            assert pointer.group(1) == "row 1" and aligned["1"][1].startswith("headline")
            continue
        for part in pointer.group(1).split("; "):
            row = re.search(r"row (\d+)$", part)
            assert row is not None, item
            for number, column in FINDING.findall(part):
                finding = c.differences[int(number) - 1]
                assert (finding.article, differences[number][3]) == (column, finding.text)
                cell = aligned[row.group(1)][columns[column]]
                assert " ".join(finding.text.split())[:40] in " ".join(cell.split()), item


def _aligned_cells(html: str) -> list[list[str]]:
    """The aligned table's body rows as plain text cells (tags cut out, text unescaped)."""
    table = html.split("<h2>Aligned sentences</h2>")[1].split("</table>")[0]
    rows = table.split("<tr>")[2:]  # after the header row
    return [
        [" ".join(unescape(re.sub(r"<[^>]+>", "", cell)).split()) for cell in row.split("<td>")[1:]]
        for row in rows
    ]


def _order(html: str, column: int, article: Article) -> list[int]:
    """Where each sentence of ``article`` first shows in the aligned table's ``column``."""
    cells = [row[column] for row in _aligned_cells(html)[1:]]  # after the headlines
    places = []
    for sentence in article.sentences:
        text = " ".join(sentence.text.split())[:50]
        places.append(next(n for n, cell in enumerate(cells) if text in cell))
    return places


def test_the_aligned_rows_are_numbered_in_each_reports_reading_order(
    seeds: list[Article], three: Attached
) -> None:
    reversed_seeds = begin("Strike", seeds[::-1])  # what only 000 tells, in column B
    assert reversed_seeds.comparison.unmatched["B"]
    for attached in (begin("Strike", seeds), reversed_seeds, three):
        html = session_to_html(attached)
        numbers = [row[0] for row in Report(html).tables[1][1:]]
        assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
        first, *others = attached.comparison.articles
        places = _order(html, 2, first.article)
        assert places == sorted(places)
        # Reports reorder facts, so a later report cannot keep its order everywhere; but
        # what only it tells stands after its sentence before, not at the table's end.
        for n, compared in enumerate(others, start=1):
            places = _order(html, 2 + n, compared.article)
            alone = attached.comparison.unmatched[compared.key]
            assert all(places[i - 1] < places[i] for i in alone if i), compared.key


def test_the_printed_report_keeps_the_row_numbers_of_the_full_one(seeds: list[Article]) -> None:
    attached = begin("Strike", seeds)
    diffs = attached.comparison.differences
    last = max(i for i, d in enumerate(diffs) if d.article == "A" and not d.minor)
    session = review(attached.session, attached.anchors[last], ReviewState.RELEVANT)
    reviewed = compare_session(session, seeds)
    full = {row[0]: row for row in Report(session_to_html(reviewed)).tables[1][1:]}
    printed = Report(session_to_print_html(reviewed, relevant_only=True)).tables[1][1:]
    assert [row[0] for row in printed] == ["1", printed[1][0]]
    assert int(printed[1][0]) > 2  # not renumbered from the rows left out
    text = {row[0]: row for row in _aligned_cells(session_to_html(reviewed))}
    printed_text = _aligned_cells(session_to_print_html(reviewed, relevant_only=True))
    assert all(text[row[0]] == row for row in printed_text)
    assert all(full[row[0]][1] == row[1] for row in printed)


def test_with_three_reports_a_key_difference_names_the_third_column(three: Attached) -> None:
    c = three.comparison
    items = Report(session_to_html(three)).items[: len(c.key_differences)]
    swaps = [
        (item, pointer)
        for item, pointer, key in zip(items, _pointers(items), c.key_differences, strict=True)
        if len(key.articles) == 3 and key.differences
    ]
    assert swaps, [k.explanation for k in c.key_differences]
    for item, (findings, rows) in swaps:
        assert {column for _, column in findings} == {"A", "B", "C"}, item
        assert rows
