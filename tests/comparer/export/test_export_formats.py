"""JSON, text and HTML writers of a comparison."""

from __future__ import annotations

import json

from comparer.export.html_format import comparison_to_html
from comparer.export.json_format import FORMAT, comparison_to_json
from comparer.export.text_format import comparison_to_text
from comparer.model import Comparison


def test_json_has_the_documented_shape(comparison: Comparison) -> None:
    data = json.loads(json.dumps(comparison_to_json(comparison)))
    assert data["format"] == FORMAT == 1
    assert set(data) == {
        "format", "engine_version", "articles", "events", "groups", "differences", "numbers",
        "key_differences", "tone", "headline", "also",
    }  # fmt: skip
    first = data["articles"][0]
    assert (first["key"], first["id"], first["published"]) == ("A", 10, "2017-11-12")
    assert first["sentences"][0]["start"] == 0
    assert data["articles"][1]["unmatched"] == [2]
    assert data["events"][0]["articles"] == ["A", "B"]
    assert data["groups"][0]["members"] == [
        {"article": "A", "sentences": [0]},
        {"article": "B", "sentences": [0]},
    ]


def test_json_spans_index_the_article_texts(comparison: Comparison) -> None:
    data = comparison_to_json(comparison)
    texts = {a["key"]: a["text"] for a in data["articles"]}
    diffs = data["differences"]
    assert diffs
    for d in diffs:
        assert texts[d["article"]][d["start"] : d["end"]] == d["text"]
        c = d["counterpart"]
        if c is not None:
            assert texts[c["article"]][c["start"] : c["end"]] == c["text"]
    found = {(d["kind"], d["type"], d["text"]) for d in diffs}
    assert [d for d in found if d[0] == "wording"] == [("wording", "replaced", "At least")]
    assert ("number", "qualifier", "At least 10 civilians") in found
    assert ("omission", "sentence", "A football match in Homs was postponed.") in found


def test_text_summary_names_groups_and_lone_sentences(comparison: Comparison) -> None:
    text = comparison_to_text(comparison)
    assert "G1 reworded" in text
    assert "in 2 of 2 reports" in text
    assert "B[2]: A football match in Homs was postponed." in text
    assert "“At least”" in text


def test_html_is_escaped_and_self_contained(comparison: Comparison) -> None:
    page = comparison_to_html(comparison)
    assert page.startswith("<!DOCTYPE html>")
    assert "<b>compensation</b>" not in page
    assert "&lt;b&gt;compensation&lt;/b&gt; &amp; help" in page
    assert "Report &lt;10&gt;" in page
    assert "<script" not in page and "http" not in page
    assert '<mark class="number wording"' in page


def test_html_shows_the_headline_row_first_with_each_headline_s_own_words_marked(
    comparison: Comparison,
) -> None:
    page = comparison_to_html(comparison)
    table = page[page.index("<h2>Aligned sentences</h2>") :]
    first_row = table[table.index("</tr>") : table.index("</tr>", table.index("</tr>") + 1)]
    assert "headline" in first_row
    assert 'Report &lt;<mark class="wording" title="only this headline">10</mark>&gt;' in first_row
    assert table.index("headline") < table.index("G1")
