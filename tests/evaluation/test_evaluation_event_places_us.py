"""The Events tab's places on US reports are scored against each report's city."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation.event_places_us import evaluate

REPORTS = [
    {  # the city is listed; "Sheriff Arpaio" is not
        "title": "Two shot in Hawthorne",
        "text": "Two men were shot in Hawthorne on Friday. Deputies from Sheriff Arpaio's "
        "office said the gunman fled.",
        "location": "Hawthorne, California",
        "group": "1",
    },
    {  # no place follows "in": the city is not listed
        "title": "Teen wounded",
        "text": "A teenager was wounded on Saturday, police said.",
        "location": "Alton, Illinois",
        "group": "2",
    },
]


def test_the_share_of_reports_listing_their_city(tmp_path: Path) -> None:
    folder = tmp_path / "casualties_us"
    folder.mkdir()
    lines = [json.dumps(report) for report in REPORTS]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    figures = evaluate(tmp_path)
    assert figures is not None
    assert figures["city_listed"] == 0.5
    assert figures["places_per_report"] == 0.5  # "Hawthorne" only


def test_without_the_corpus_it_is_skipped(tmp_path: Path) -> None:
    assert evaluate(tmp_path) is None
