"""A second set of saved web pages: trafilatura's own evaluation pages, scored by snippets.

Trafilatura (Apache-2.0) keeps an evaluation corpus in its repository's ``tests/``: about
a thousand saved pages (``eval/*.html``, ``cache/*.html``) and ``evaldata.json``, which
lists for each page's address a few snippets the article text must hold (``with``: first
and last lines, quotes, list items) and a few it must not (``without``: menus, dates,
teasers, comments). Rules are written looking at the ``train`` half only (a hash of the
file name); the ``test`` half shows whether they carry over. It is not committed here
(fetched material stays out of this repository): point ``COMPARER_TRAFILATURA_TESTS`` at
that ``tests/`` folder of a checkout, or place the same layout under
``<corpora>/pages_snippets``; without either the corpus is skipped. Nothing is downloaded.

Only news-like pages are used, chosen by address before anything is measured: a year in
the path (``/2019/``) or a path word such as ``news``, ``article``, ``story``, ``politics``
(329 of the 990 pages at trafilatura e90b0ef). The scores are trafilatura's own method:
whitespace-normalised substring matching, counted over all snippets of all pages
(precision = ``with`` found / (``with`` found + ``without`` found), recall = ``with``
found / all ``with``). The same pages read by plain trafilatura (``extract`` with tables,
no comments: its evaluation settings) are scored too, as the line to beat; note that
trafilatura was tuned on these very pages. Titles and authors are checked as on the first
set (:mod:`evaluation.pages`), the page's host standing for the site name.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import trafilatura

from comparer.errors import ImportFailed
from comparer.ingest.extract import extract_bytes
from comparer.model import Metadata
from evaluation.pages import junk_author, site_suffixed

NAME = "pages_snippets"
ENVIRONMENT = "COMPARER_TRAFILATURA_TESTS"
NEWS_ADDRESS = re.compile(
    r"/20\d\d/|/news/|/article|/story|/politi|/nachrichten|/artikel", re.IGNORECASE
)
"""Addresses of news-like pages (the selection rule, fixed before measuring)."""


@dataclass(slots=True)
class Counts:
    """Snippets found and missed, summed over pages."""

    found: int = 0  # ``with`` snippets in the text
    missed: int = 0  # ``with`` snippets not in it
    leaked: int = 0  # ``without`` snippets in it
    kept_out: int = 0  # ``without`` snippets not in it

    def add(self, text: str, wanted: list[str], unwanted: list[str]) -> None:
        """Count one page's text against its snippets."""
        flat = _flat(text)
        found = sum(_flat(s) in flat for s in wanted)
        leaked = sum(_flat(s) in flat for s in unwanted)
        self.found += found
        self.missed += len(wanted) - found
        self.leaked += leaked
        self.kept_out += len(unwanted) - leaked

    def scores(self) -> tuple[float, float, float]:
        """Precision, recall and F1 of the snippets."""
        precision = self.found / (self.found + self.leaked) if self.found + self.leaked else 0.0
        recall = self.found / (self.found + self.missed) if self.found + self.missed else 0.0
        both = precision + recall
        return precision, recall, (2 * precision * recall / both if both else 0.0)


def _flat(text: str) -> str:
    return " ".join(text.split())


def pages(folder: Path) -> list[tuple[str, Path, dict[str, Any]]]:
    """The news-like pages of a trafilatura ``tests/`` folder: address, file, snippets."""
    entries = json.loads((folder / "evaldata.json").read_text("utf-8"))
    chosen = []
    for address, entry in entries.items():
        path = next(
            (folder / sub / entry["file"] for sub in ("eval", "cache")
             if (folder / sub / entry["file"]).is_file()),
            None,
        )  # fmt: skip
        if path is not None and NEWS_ADDRESS.search(address):
            chosen.append((address, path, entry))
    return chosen


def half(path: Path) -> str:
    """``train`` or ``test``: a stable split by a hash of the file name.

    Rules are written looking at the train half only; the test half shows whether they
    carry over to pages nobody looked at.
    """
    digest = hashlib.md5(path.name.encode(), usedforsecurity=False).hexdigest()
    return ("train", "test")[int(digest, 16) % 2]


def our_import(data: bytes) -> tuple[str, Metadata]:
    """Text and metadata Comparer imports from a saved page ("" when it refuses it).

    Only the file is given, not its address, as when a journalist imports a saved page.
    """
    try:
        article = extract_bytes(data, source="page.html", filename="page.html")
    except ImportFailed:
        return "", Metadata()
    return article.text, article.meta


def plain_text(data: bytes) -> str:
    """What plain trafilatura extracts, with its evaluation's settings."""
    found = trafilatura.extract(data, include_comments=False, include_tables=True)
    return found or ""


def folder_of(root: Path) -> Path | None:
    """Where the pages are: ``<corpora>/pages_snippets``, else the environment's folder."""
    for candidate in (root / NAME, Path(os.environ.get(ENVIRONMENT, "") or "/nonexistent")):
        if (candidate / "evaldata.json").is_file():
            return candidate
    return None


def evaluate(root: Path) -> dict[str, float] | None:
    """Snippet precision, recall and F1 of our import and of plain trafilatura, on all the
    pages and on each half."""
    folder = folder_of(root)
    if folder is None:
        return None
    ours, plain, suffixed, junk = Counts(), Counts(), 0, 0
    halves = {"train": Counts(), "test": Counts()}
    short = {"train": 0, "test": 0}
    chosen = pages(folder)
    for address, path, entry in chosen:
        data = path.read_bytes()
        before = ours.found
        text, meta = our_import(data)
        ours.add(text, entry["with"], entry["without"])
        halves[half(path)].add(text, entry["with"], entry["without"])
        short[half(path)] += (ours.found - before) < 0.8 * len(entry["with"])
        plain.add(plain_text(data), entry["with"], entry["without"])
        suffixed += site_suffixed(meta.title, [urlsplit(address).hostname or "", meta.outlet])
        junk += junk_author(meta.author)
    precision, recall, f1 = ours.scores()
    return {
        "pages": float(len(chosen)),
        "snippet_precision": precision,
        "snippet_recall": recall,
        "snippet_f1": f1,
        "pages_under_08_recall": float(sum(short.values())),
        **{f"snippet_f1_{name}": counts.scores()[2] for name, counts in halves.items()},
        **{f"pages_under_08_recall_{name}": float(count) for name, count in short.items()},
        "plain_trafilatura_f1": plain.scores()[2],
        "site_suffixed_titles": suffixed / len(chosen) if chosen else 0.0,
        "junk_authors": float(junk),
    }


def main() -> None:
    """Print each page's missed and leaked snippets (``python -m evaluation.pages_snippets``)."""
    folder = folder_of(Path("/nonexistent"))
    if folder is None:
        print(f"set {ENVIRONMENT} to a trafilatura checkout's tests/ folder")
        return
    for _address, path, entry in pages(folder):
        flat = _flat(our_import(path.read_bytes())[0])
        missed = [s for s in entry["with"] if _flat(s) not in flat]
        leaked = [s for s in entry["without"] if _flat(s) in flat]
        if missed or leaked:
            recall = 1 - len(missed) / len(entry["with"]) if entry["with"] else 1.0
            print(f"{path.name} [{half(path)}] recall {recall:.2f}: missed {missed!r}")
            print(f"    leaked {leaked!r}")


if __name__ == "__main__":
    main()
