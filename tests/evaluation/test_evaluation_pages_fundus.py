"""The fourth committed page set of ``make eval``: Fundus's news pages, with floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import pages_fundus
from tests.evaluation.dev_pages_tool import build_dev_pages


def test_make_eval_reports_the_set_and_its_halves(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the importer reached on the 169 pages (token F1 0.9707, one page under 0.8
    recall, no suffixed title, no junk author by the stricter judgement, author match 0.8931),
    less a small margin."""
    monkeypatch.delenv(pages_fundus.ENVIRONMENT, raising=False)
    found = pages_fundus.evaluate(Path("/nonexistent"))
    assert found is not None and found["pages"] == 169
    assert found["token_f1"] >= 0.965
    assert found["under_08_recall"] <= 1
    assert found["site_suffixed_titles"] <= 0.01
    assert found["junk_authors"] == 0
    assert found["author_match"] >= 0.87
    assert min(found["half_a_token_f1"], found["half_b_token_f1"]) > 0.96


def test_the_gold_is_the_summary_then_each_section() -> None:
    tool = build_dev_pages()
    # The shape of Fundus's body (NineNews's test, shortened)
    body = {
        "summary": ["The lede."],
        "sections": [
            {"headline": [], "paragraphs": ["For nearly two decades, journalists pried."]},
            {"headline": ["JETSETTER TO CONVICT"], "paragraphs": ["Epstein first began."]},
        ],
    }
    assert tool.fundus_gold(body) == (
        "The lede.\nFor nearly two decades, journalists pried.\nJETSETTER TO CONVICT\n"
        "Epstein first began.\n"
    )


def test_a_page_holds_the_gold_whose_openings_it_has_escaped_or_not() -> None:
    tool = build_dev_pages()
    page = "<p>Mexico&#8217;s economy   grew by 1.1%</p><p>Other text</p>"
    gold = "Mexico\u2019s economy grew by 1.1%\nA line the page does not have\n"
    assert tool.fundus_found(gold, page) == 0.5
