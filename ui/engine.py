"""The window's one door to the heavy engine: comparing, importing, reports and bundles.

The comparison engine (numpy, rapidfuzz, lexicons), the importers (trafilatura, lxml,
pypdf, python-docx) and the report writers take most of a second to load, and none of
them is needed to show the window. Every widget calls them through this module, which
imports each on first use (on the task runner's worker, as a rule), so the window paints
first; this is the only place in ``ui`` with imports inside functions, and a test checks
that building the window loads none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from comparer.importing_inputs import ImportInput, ImportOutcome
from comparer.model import Article, ArticleText
from comparer.progress import SILENT, Progress
from comparer.sessions import Session
from comparer.sessions.attached import Attached
from comparer.storage import Library

PdfWriter = Callable[[str, Path], None]


def begin(
    name: str, articles: Sequence[Article], progress: Progress = SILENT, one_event: bool = False
) -> Attached:
    """Compare ``articles`` and start a new, unsaved session on the result; ``one_event``:
    the user said they all report one event."""
    from comparer.sessions.attach import begin as run

    return run(name, articles, progress, one_event=one_event)


def compare_session(
    session: Session, articles: Sequence[Article], progress: Progress = SILENT
) -> Attached:
    """Compare a session's articles with its links and event choices and lay the session
    over the result."""
    from comparer.sessions.attach import compare_session as run

    return run(session, articles, progress)


def import_all(
    library: Library, items: Sequence[ImportInput], progress: Progress = SILENT
) -> list[ImportOutcome]:
    """Import every input, in batches, reporting each outcome."""
    from comparer.importing import import_all as run

    return run(library, items, progress)


def import_one(library: Library, item: ImportInput) -> ImportOutcome:
    """Import one input; a failure comes back as an outcome."""
    from comparer.importing import import_one as run

    return run(library, item)


def write_report(
    attached: Attached,
    kind: str,
    target: Path,
    relevant_only: bool,
    pdf: PdfWriter,
    show_minor: bool = False,
) -> None:
    """Write the report of ``attached`` as ``kind`` (html, pdf, csv or json); HTML and PDF
    show the minor findings only if ``show_minor`` (the Summary's switch) is on."""
    from comparer.export.reports import write_report as run

    run(attached, kind, target, relevant_only, pdf, show_minor)


def write_bundle(
    target: Path, session: Session, articles: Sequence[Article], originals: Sequence[bytes]
) -> None:
    """Write a ``.comparer`` file: the session and its articles' originals."""
    from comparer.export.bundle import write_bundle as run

    run(target, session, articles, originals)


def import_bundle(library: Library, source: Path) -> Session:
    """Import a ``.comparer`` file (checked whole before anything is written)."""
    from comparer.export.bundle import import_bundle as run

    return run(library, source)


def keep_removed(article: Article, kept: frozenset[int]) -> ArticleText:
    """``article``'s text with exactly the removed blocks numbered ``kept`` put back."""
    from comparer.ingest.kept import keep_removed as run

    return run(article, kept)
