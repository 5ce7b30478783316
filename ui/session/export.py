"""Exporting the session shown: reports (HTML, PDF, CSV, JSON) and the portable ``.comparer``.

The reviewer picks a file; the report is made on the task runner (a 20-article PDF takes
a moment) and a notice says where it went or why it failed. The ``.comparer`` file needs
the articles' original bytes, read from the library on the GUI thread before the work
starts, and carries the session as it stands now, unsaved changes included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from comparer.model import Article
from comparer.progress import Progress
from comparer.storage import Library
from ui import engine, folders
from ui.notices import NoticeBar
from ui.report_pdf import render
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from comparer.sessions import Session
    from comparer.sessions.attach import Attached

FILTERS = {
    "html": "HTML report (*.html)",
    "pdf": "PDF report (*.pdf)",
    "csv": "Differences as CSV (*.csv)",
    "json": "Differences as JSON (*.json)",
    "comparer": "Comparer session (*.comparer)",
}
# The letter underlined in each Export menu item, for the keyboard (Alt+S, E, then it).
MNEMONIC = {"html": "H", "pdf": "P", "csv": "C", "json": "J", "comparer": "s"}
TASK_KEY = "export"


@dataclass(frozen=True)
class Originals:
    """The articles of a comparison with the bytes they were imported from."""

    articles: tuple[Article, ...]
    data: tuple[bytes, ...]


def ask_target(parent: QWidget, kind: str, name: str) -> Path | None:
    """The file to export to, suggested from the session name; None if cancelled."""
    suggested = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "session"
    start = folders.start_path(f"{suggested}.{kind}")
    path, _ = QFileDialog.getSaveFileName(parent, "Export", start, FILTERS[kind])
    if not path:
        return None
    folders.remember(path)
    return Path(path)


def originals(library: Library, attached: Attached) -> Originals:
    """The compared articles and their original bytes, read from the library."""
    articles = tuple(c.article for c in attached.comparison.articles)
    return Originals(articles, tuple(library.original(a.id) for a in articles))


def export_work(
    attached: Attached, session: Session, kind: str, target: Path, relevant_only: bool,
    sources: Originals | None,
) -> Callable[[Progress], Path]:  # fmt: skip
    """The work that writes ``target``: a report of ``attached`` or a ``.comparer`` file.

    ``session`` carries the view as it stands: a report hides the minor findings unless
    its "Show minor findings" switch is on, as the window does."""
    show_minor = session.view.get("minor") is True

    def work(progress: Progress) -> Path:
        progress.step(0.1, f"Writing {target.name}…")
        if kind == "comparer":
            assert sources is not None
            engine.write_bundle(target, session, sources.articles, sources.data)
        else:
            engine.write_report(attached, kind, target, relevant_only, render, show_minor)
        return target

    return work


def run_export(runner: TaskRunner, notices: NoticeBar, work: Callable[[Progress], Path]) -> None:
    """Run an export in the background and say how it ended."""
    runner.run(
        work,
        on_done=lambda path: notices.inform(f"Exported to {path}."),
        on_error=lambda error: notices.add(f"The export failed: {error}"),
        key=TASK_KEY,
    )
