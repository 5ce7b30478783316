"""The second committed page set of ``make eval``: newspaper4k's news pages, with floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import pages_newspaper
from evaluation.pages import figures, score_all
from tests.evaluation.dev_pages_tool import build_dev_pages


def test_the_committed_newspaper_pages_meet_their_floors() -> None:
    """What the importer reached on the 15 pages (token F1 0.9693, recall 1.0, no page under
    0.8 recall, no suffixed title, no junk author), less a small margin on F1."""
    found = figures(score_all(pages_newspaper.COMMITTED))
    assert found["pages"] == 15
    assert found["token_f1"] >= 0.965
    assert found["under_08_recall"] == 0
    assert found["site_suffixed_titles"] == 0
    assert found["junk_authors"] == 0


def test_make_eval_reports_the_set_and_its_halves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pages_newspaper.ENVIRONMENT, raising=False)
    found = pages_newspaper.evaluate(Path("/nonexistent"))
    assert found is not None and found["pages"] == 15
    assert min(found["half_a_token_f1"], found["half_b_token_f1"]) > 0.9


def test_the_gold_loses_the_lines_that_are_not_the_article() -> None:
    tool = build_dev_pages()
    # The opening and end of cleveland.com1's expected text, as newspaper4k has it
    text = (
        "google.JPG\n\nChia seeds and goji berries are the new kale and quinoa.\n\n"
        "The lesson, as always: you are what you search.\n\n"
        "-- By Michael Russell Follow @tdmrussell\n\nRelated Stories"
    )
    assert tool.newspaper_gold(text) == (
        "Chia seeds and goji berries are the new kale and quinoa.\n\n"
        "The lesson, as always: you are what you search.\n"
    )
