"""The second page set's measures: snippet counts worked by hand, the news-like selection,
and a whole run over a tiny corpus of the same layout written here."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from evaluation.pages_snippets import NEWS_ADDRESS, Counts, evaluate

PARAGRAPHS = (
    "The council voted on Tuesday to close the old bridge to lorries from next month.",
    "Engineers found cracks in two of its piers during an inspection in the spring.",
    "The mayor said a new bridge would be built within five years if money was found.",
)


def test_counts_are_substrings_after_spaces_are_made_one() -> None:
    counts = Counts()
    counts.add(
        "The  council voted\non Tuesday.\n\nRead more", ["council voted on", "piers"], ["Read more"]
    )
    counts.add("Engineers found cracks.", ["Engineers found"], ["Share", "Menu"])
    # found 2 (council, Engineers), missed 1 (piers), leaked 1 (Read more), kept out 2
    assert (counts.found, counts.missed, counts.leaked, counts.kept_out) == (2, 1, 1, 2)
    precision, recall, f1 = counts.scores()
    assert (precision, recall) == (2 / 3, 2 / 3)
    assert f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("address", "news"),
    [
        ("https://www.example.com/2019/05/bridge-closes/", True),
        ("https://example.de/nachrichten/bruecke", True),
        ("https://example.org/news/bridge", True),
        ("https://blog.example.com/about-me/", False),
        ("https://example.com/recipes/pancakes.html", False),
    ],
)
def test_news_like_addresses(address: str, news: bool) -> None:
    assert bool(NEWS_ADDRESS.search(address)) is news


def test_a_corpus_folder_is_measured_and_a_missing_one_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMPARER_TRAFILATURA_TESTS", raising=False)
    assert evaluate(tmp_path) is None
    folder = tmp_path / "pages_snippets"
    (folder / "eval").mkdir(parents=True)
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>Bridge closes</title></head><body><nav>Home | News | Sport | "
        f"Weather</nav><article><h1>Bridge closes</h1>{body}</article></body></html>"
    )
    (folder / "eval" / "bridge.html").write_text(page, "utf-8")
    (folder / "eval" / "about.html").write_text(page, "utf-8")
    entries = {
        "https://example.com/2021/04/bridge": {
            "file": "bridge.html",
            "with": ["voted on Tuesday", "cracks in two of its piers", "within five years"],
            "without": ["Home | News"],
        },
        "https://example.com/about": {"file": "about.html", "with": ["x"], "without": []},
    }
    (folder / "evaldata.json").write_text(json.dumps(entries), "utf-8")
    figures = evaluate(tmp_path)
    assert figures is not None
    assert figures["pages"] == 1.0  # the "about" page is not news-like
    assert (figures["snippet_precision"], figures["snippet_recall"]) == (1.0, 1.0)
    assert figures["pages_under_08_recall"] == 0.0
    # The one page falls in the half its name's MD5 picks (even: train), the other is empty.
    digest = hashlib.md5(b"bridge.html", usedforsecurity=False).hexdigest()
    own, other = ("train", "test") if int(digest, 16) % 2 == 0 else ("test", "train")
    assert (figures[f"snippet_f1_{own}"], figures[f"snippet_f1_{other}"]) == (1.0, 0.0)
    assert figures[f"pages_under_08_recall_{own}"] == 0.0
