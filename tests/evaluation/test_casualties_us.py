"""The US gun-violence casualty metrics on a tiny corpus written in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation.casualties_us import evaluate, half

RECORDS = [
    # a murder-suicide: the Gun Violence Archive counts the shooter among the killed
    (
        "1",
        "2 dead in Dayton shooting",
        "Two people were killed. The gunman then killed himself.",
        3,
    ),
    ("1", "Vigil for Dayton victims", "Two people were shot and killed on Friday night.", 3),
    ("2", "Teen hurt in Akron", "A 17-year-old was wounded on Saturday.", 1),
    ("2", "Akron shooting", "A man was shot and killed in Akron on Saturday night.", 1),
]


def write_corpus(root: Path) -> None:
    folder = root / "casualties_us"
    folder.mkdir(parents=True)
    rows = [
        {
            "id": str(i),
            "source": "test",
            "date": "2016-05-02",
            "title": title,
            "text": text,
            "location": "Ohio",
            "killed": killed,
            "injured": 0,
            "group": group,
        }
        for i, (group, title, text, killed) in enumerate(RECORDS)
    ]
    lines = "\n".join(json.dumps(row) for row in rows)
    (folder / "articles.jsonl").write_text(lines + "\n", "utf-8")


def test_the_toll_counts_a_dead_shooter_as_the_archive_does(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    results = evaluate(tmp_path)
    assert results is not None
    assert results["articles"] == 4
    # right: the Dayton report naming the suicide (2 + 1) and the Akron "a man" (1);
    # wrong: the vigil report that leaves the shooter out, and "Teen hurt" with no toll
    assert results["exact"] == 0.5
    assert results["false_conflict_share"] == 0.0
    assert {"exact_half_a", "exact_half_b"} <= results.keys()


def test_the_halves_keep_each_incident_together() -> None:
    assert half({"group": "1"}) == half({"group": "1"})
    assert {half({"group": str(n)}) for n in range(20)} == {"a", "b"}


def test_a_missing_corpus_is_skipped(tmp_path: Path) -> None:
    assert evaluate(tmp_path) is None
