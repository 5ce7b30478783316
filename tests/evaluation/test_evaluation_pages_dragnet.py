"""The third page set of ``make eval``: Dragnet's layout, text gold with its headline."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from evaluation.pages_dragnet import evaluate

BODY = " ".join(f"Sentence {n} of the report says the council met on Friday." for n in range(9))


def _page(root: Path, name: str, split: str, address: str) -> None:
    page = root / "pages_dragnet" / name
    page.mkdir(parents=True)
    source = "<html><head><title>Council meets | Town News</title></head><body><nav>Home</nav>"
    source += f"<article><h1>Council meets</h1><p>{BODY}</p></article></body></html>"
    (page / "source.html.gz").write_bytes(gzip.compress(source.encode()))
    gold = f"Council meets\n\n{BODY}\n"  # Dragnet's gold opens with the headline
    (page / "expected.txt.gz").write_bytes(gzip.compress(gold.encode()))
    metadata = {"split": split, "address": address}
    (page / "expected-metadata.json").write_text(json.dumps(metadata))


def test_the_headline_counts_and_the_parts_are_figured_apart(tmp_path: Path) -> None:
    _page(tmp_path, "1", "train", "http://town.example/2012/07/council-meets")
    _page(tmp_path, "2", "test", "")
    figures = evaluate(tmp_path)
    assert figures is not None
    # 2 + 9 x 11 = 101 tokens each side, all found: the title stands for the gold's first line
    assert figures["pages"] == 2.0 and figures["token_f1"] == 1.0
    assert figures["test_pages"] == 1.0 and figures["news_pages"] == 1.0
    assert figures["site_suffixed_titles"] == 0.0 and figures["junk_authors"] == 0.0


def test_without_the_folder_the_set_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMPARER_DRAGNET_PAGES", raising=False)
    assert evaluate(tmp_path) is None
