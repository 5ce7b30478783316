"""The CSV and JSON exports of a session, read back with the csv and json modules."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from comparer.export.report_csv import HEADERS, session_to_csv
from comparer.export.report_json import session_to_json_report
from comparer.importing import import_one
from comparer.model import Comparison
from comparer.sessions.attach import Attached, attach, begin, compare_session
from comparer.sessions.edit import add_note, review, start
from comparer.sessions.model import ReviewState
from comparer.storage import Library
from tests.comparer.sessions.seed_session import SAMPLES, import_seeds, reviewed


@pytest.fixture
def attached(tmp_path: Path) -> Iterator[Attached]:
    """The reviewed seed session over a fresh comparison."""
    with Library.open(tmp_path / "library.sqlite3") as library:
        articles = import_seeds(library)
        yield compare_session(reviewed(articles), articles)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_csv_has_one_row_per_difference(attached: Attached) -> None:
    text = session_to_csv(attached)
    assert next(csv.reader(io.StringIO(text))) == list(HEADERS)
    rows = _rows(text)
    differences = attached.comparison.differences
    assert len(rows) == len(differences)
    for row, d in zip(rows, differences, strict=True):
        assert (row["article"], row["kind"], row["type"], row["text"], row["explanation"]) == (
            d.article, d.kind.value, d.type, d.text, d.explanation
        )  # fmt: skip
        assert (int(row["start"]), int(row["end"])) == (d.start, d.end)
    assert sorted(r["review"] for r in rows if r["review"] != "open") == ["dismissed", "relevant"]


def test_the_relevant_only_csv_keeps_the_reviewer_notes(attached: Attached) -> None:
    (row,) = _rows(session_to_csv(attached, relevant_only=True))
    assert (row["review"], row["notes"], row["kind"]) == (
        "relevant",
        "Check the toll with OCHA.",
        "number",
    )


def test_awkward_text_stays_in_its_cell(comparison: Comparison) -> None:
    session = start("Strike", comparison)
    attached = attach(session, comparison)
    session = review(session, attached.anchors[0], ReviewState.RELEVANT)
    session = add_note(session, attached.anchors[0], 'He said "no", then, left\nfor good')
    rows = _rows(session_to_csv(attach(session, comparison), relevant_only=True))
    assert [r["notes"] for r in rows] == ['He said "no", then, left\nfor good']


def test_the_json_export_is_the_comparison_format_plus_the_review(attached: Attached) -> None:
    document = json.loads(json.dumps(session_to_json_report(attached, relevant_only=True)))
    assert document["session"] == "Strike"
    assert [a["content_hash"] for a in document["articles"]] == list(attached.session.articles)
    assert document["notes"] == ["Overall: B relies on one source « only »."]
    ((index,), (entry,)) = attached.relevant(), document["differences"]
    d = attached.comparison.differences[index]
    assert entry["number"] == index + 1
    assert (entry["kind"], entry["text"], entry["start"], entry["end"]) == (
        d.kind.value, d.text, d.start, d.end
    )  # fmt: skip
    assert (entry["review"], entry["notes"]) == ("relevant", ["Check the toll with OCHA."])
    assert len(document["numbers"]) == len(attached.comparison.numbers)


def test_the_csv_says_which_difference_is_bookmarked(attached: Attached) -> None:
    rows = _rows(session_to_csv(attached))
    marked = [r for r in rows if r["bookmarked"] == "yes"]
    assert [(r["kind"], r["review"]) for r in marked] == [("number", "relevant")]
    assert {r["event"] for r in rows} == {""}  # one event: nothing to tell apart


def test_the_csv_names_the_event_when_the_reports_cover_several(tmp_path: Path) -> None:
    """Press TV (003) reports another strike and carries findings of its own."""
    with Library.open(tmp_path / "library.sqlite3") as library:
        articles = import_seeds(library)
        other = library.get(import_one(library, str(sorted(SAMPLES.glob("*.txt"))[3])).article_id)
        attached = begin("Mixed", [*articles, other])
    assert len(attached.comparison.events) > 1
    rows = _rows(session_to_csv(attached))
    by_article = {r["article"]: r["event"] for r in rows}
    assert by_article["C"] and by_article["C"] != by_article.get("A", by_article.get("B"))
