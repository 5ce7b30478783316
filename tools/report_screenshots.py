"""Render the documentation screenshots of the session report: browser and PDF page 1.

``python tools/report_screenshots.py [docs/screenshots]`` imports the sample reports 000
and 001 (one strike) into a temporary library, starts a session on them and reviews it a
little (the first number difference marked relevant with a note, the first difference
dismissed, a note on the session), then saves ``report-html.png``: headless Chromium's
screenshot of the browser report (``session_to_html``), 1280 px wide and cropped to the
first screenful; and ``report-pdf-page1.png``: the first page of the PDF the app exports
(``session_to_print_html`` drawn by ``ui.report_pdf.render``), rasterised at 70 dpi by
``pdftoppm``. Needs ``chromium`` and ``poppler-utils`` (Debian packages) on the PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from comparer.export.report_html import session_to_html
from comparer.export.report_print import session_to_print_html
from comparer.importing import import_all
from comparer.model import Kind
from comparer.sessions.attach import Attached, attach, begin
from comparer.sessions.edit import add_note, review
from comparer.sessions.model import ReviewState
from comparer.storage import Library
from ui.report_pdf import render
from ui.resources import sample_articles

WINDOW = "1280,1500"  # wide enough for side-by-side columns; one screenful keeps it small
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def reviewed_seeds(library: Library) -> Attached:
    """Seeds 000 and 001 compared, with a decision of each kind and two notes."""
    paths = [str(p) for p in sample_articles()[:2]]
    articles = [
        library.get(o.article_id) for o in import_all(library, paths) if o.article_id is not None
    ]
    attached = begin("Strike: seeds 000 and 001", articles)
    kinds = [d.kind for d in attached.comparison.differences]
    number = attached.anchors[kinds.index(Kind.NUMBER)]
    session = review(attached.session, number, ReviewState.RELEVANT)
    session = review(session, attached.anchors[0], ReviewState.DISMISSED)
    session = add_note(session, number, "Check the toll with OCHA.")
    session = add_note(session, None, "B relies on one source.")
    return attach(session, attached.comparison)


def browser_shot(html: Path, target: Path) -> None:
    """Headless Chromium's screenshot of ``html``."""
    browser = next((b for b in BROWSERS if shutil.which(b)), None)
    if browser is None:
        sys.exit("no chromium on the PATH: apt-get install chromium")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    flags += ["--hide-scrollbars", f"--window-size={WINDOW}", f"--screenshot={target}"]
    subprocess.run([browser, *flags, html.as_uri()], check=True, capture_output=True)


def pdf_page_shot(pdf: Path, target: Path) -> None:
    """Page 1 of ``pdf`` as a PNG at 70 dpi."""
    stem = target.with_suffix("")
    command = ["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*command, str(pdf), str(stem)], check=True)


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "lib.sqlite3") as lib:
        attached = reviewed_seeds(lib)
        html = Path(tmp) / "report.html"
        html.write_text(session_to_html(attached), encoding="utf-8")
        browser_shot(html, folder / "report-html.png")
        pdf = Path(tmp) / "report.pdf"
        render(session_to_print_html(attached), pdf)
        pdf_page_shot(pdf, folder / "report-pdf-page1.png")
    del app
    print(f"saved to {folder}")


if __name__ == "__main__":
    main()
