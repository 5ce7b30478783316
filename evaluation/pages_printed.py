"""Import quality on saved pages printed to PDF, beside the same pages imported as HTML.

A journalist often keeps a page as the browser prints it. Each page of a dev set
(:mod:`evaluation.pages` layout) is printed with Chromium headless (``--print-to-pdf`` of
its ``file://`` copy, with the browser's header and footer: print date, title, address,
"1/3"), imported by the PDF pipeline and scored as :mod:`evaluation.pages` scores HTML:
token F1 against the gold text, and whether the title, the author (the same people as the
expected byline) and the published day were read. Needs ``chromium`` on the path, so it is
run by hand, not by ``make eval``:
``python -m evaluation.pages_printed [PAGE_FOLDER ...]`` (default: the readability set).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

from comparer.errors import ImportFailed
from comparer.ingest.extract import extract_bytes
from comparer.model import Metadata
from evaluation.pages import COMMITTED, fold, read_gold, same_people, token_scores


@dataclass(frozen=True, slots=True)
class Read:
    """What one import of a page got right."""

    f1: float
    title: bool
    author: bool | None  # None: the page has no expected byline
    date: bool | None  # None: the page has no expected date


def print_to_pdf(html: Path, pdf: Path) -> None:
    """Print ``html`` as Chromium headless does (its default header and footer)."""
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
         html.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def score(data: bytes, filename: str, folder: Path) -> Read:
    """Import ``data`` as ``filename`` and score it against ``folder``'s gold."""
    expected = json.loads((folder / "expected-metadata.json").read_text("utf-8"))
    try:
        found = extract_bytes(data, source=folder.name, filename=filename)
    except ImportFailed:
        return Read(0.0, False, None, None)
    return Read(
        token_scores(found.text, read_gold(folder))[2],
        fold(found.meta.title) == fold(str(expected.get("title") or "")),
        _author(found.meta, str(expected.get("byline") or "")),
        _date(found.meta, str(expected.get("publishedTime") or "")),
    )


def _author(meta: Metadata, byline: str) -> bool | None:
    byline = byline.strip().removeprefix("By ").removeprefix("by ")
    return same_people(meta.author, byline) if byline else None


def _date(meta: Metadata, published: str) -> bool | None:
    if len(published) < 10:
        return None
    return meta.published is not None and meta.published.isoformat()[:10] == published[:10]


def page_reads(folder: Path, work: Path) -> tuple[Read, Read]:
    """``folder``'s page read as HTML and as its printed PDF."""
    html_bytes = gzip.decompress((folder / "source.html.gz").read_bytes())
    html, pdf = work / f"{folder.name}.html", work / f"{folder.name}.pdf"
    html.write_bytes(html_bytes)
    if not pdf.is_file():
        print_to_pdf(html, pdf)
    return score(html_bytes, "source.html", folder), score(pdf.read_bytes(), "page.pdf", folder)


def summary(reads: list[Read]) -> str:
    """Mean F1 and the share of titles, authors and dates read."""
    authors = [r.author for r in reads if r.author is not None]
    dates = [r.date for r in reads if r.date is not None]
    return (
        f"f1={mean(r.f1 for r in reads):.3f} title={sum(r.title for r in reads)}/{len(reads)} "
        f"author={sum(authors)}/{len(authors)} date={sum(dates)}/{len(dates)}"
    )


def main(argv: list[str]) -> None:
    """Print each page's HTML and PDF reads, then both summaries."""
    folders = [Path(a) for a in argv] or sorted(p for p in COMMITTED.iterdir() if p.is_dir())
    work = Path(tempfile.gettempdir()) / "comparer_printed_pages"
    work.mkdir(exist_ok=True)
    pairs = []
    for folder in folders:
        html, pdf = page_reads(folder, work)
        pairs.append((html, pdf))
        print(f"{folder.name:28} html {html}\n{'':28} pdf  {pdf}")
    print("HTML:", summary([h for h, _ in pairs]))
    print("PDF: ", summary([p for _, p in pairs]))


if __name__ == "__main__":
    main(sys.argv[1:])
