"""A third set of saved web pages with gold bodies: the Dragnet benchmark's 1,381 articles.

Dragnet (Moz, 2012; data AGPLv3: github.com/seomoz/dragnet_data) is a public
content-extraction benchmark of news and blog articles, each a saved page and its text
as a person cut it from the page. It is not committed here (fetched material stays out
of this repository): point ``COMPARER_DRAGNET_PAGES`` at a folder with one sub-folder a
page, each holding ``source.html.gz``, the gold article as text (``expected.txt.gz``: the
part before Dragnet's comments marker) and ``expected-metadata.json`` (``split``: the
benchmark's ``train`` or ``test``; ``address``: the page's canonical or ``og:url``
address, found in its HTML by a regular expression, empty for 372 pages). The same layout
under ``<corpora>/pages_dragnet`` is measured instead when present; with neither, the
corpus is skipped.

Scored as the first set (:mod:`evaluation.pages`: token F1 over word tokens, pages under
0.8 recall, site-suffixed titles, junk authors), with one difference: Dragnet's gold
opens with the article's headline, so the title we extract is scored as the text's first
line. The gold also keeps datelines, captions and "Labels:" lines, which we do not
import. Besides the whole set, the figures are given for its ``test`` split (415 pages,
for checking a rule found on the others) and
for its news-like pages (an address with a year or a word such as ``news`` in its path,
the rule of :mod:`evaluation.pages_snippets`; 586 pages).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from evaluation.pages import PageScore, figures, line, score_page
from evaluation.pages_snippets import NEWS_ADDRESS

NAME = "pages_dragnet"
ENVIRONMENT = "COMPARER_DRAGNET_PAGES"


def folder_of(root: Path) -> Path | None:
    """Where the pages are: ``<corpora>/pages_dragnet``, else the environment's folder."""
    for candidate in (root / NAME, Path(os.environ.get(ENVIRONMENT, "") or "/nonexistent")):
        if candidate.is_dir():
            return candidate
    return None


def scored(folder: Path) -> list[tuple[dict[str, str], PageScore]]:
    """Each page's metadata and score, in name order."""
    pages = sorted(page for page in folder.iterdir() if page.is_dir())
    return [(_metadata(page), score_page(page, headline=True)) for page in pages]


def _metadata(page: Path) -> dict[str, str]:
    found = json.loads((page / "expected-metadata.json").read_text("utf-8"))
    return {key: str(value) for key, value in found.items()}


def evaluate(root: Path) -> dict[str, float] | None:
    """The figures on the whole set, on its test split and on its news-like pages."""
    folder = folder_of(root)
    if folder is None:
        return None
    pages = scored(folder)
    if not pages:
        return None
    results = figures([score for _, score in pages])
    parts = {
        "test": [s for meta, s in pages if meta.get("split") == "test"],
        "news": [s for meta, s in pages if NEWS_ADDRESS.search(meta.get("address", ""))],
    }
    for part, scores in parts.items():
        if scores:
            results.update({f"{part}_{key}": value for key, value in figures(scores).items()})
    return results


def main() -> None:
    """Print each page's figures (``python -m evaluation.pages_dragnet``)."""
    folder = folder_of(Path("/nonexistent"))
    if folder is None:
        raise SystemExit(f"set {ENVIRONMENT} to the Dragnet page folder")
    for meta, s in scored(folder):
        print(f"{s.name:8} {meta.get('split', ''):5} {line(s)}")


if __name__ == "__main__":
    main()
