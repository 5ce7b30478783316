"""Imports what the user drops or pastes, in the background, and reports each failure.

Dropped files, folders, URLs dragged from a browser and plain text all become import
inputs; the work runs through the task runner on its own library connection, with progress
and Cancel in the status bar, a notice for every input that failed, and news of inputs the
library already held (selected, as a new arrival is, but nothing added).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Signal

from comparer.importing_inputs import ImportInput, ImportOutcome, PastedText, folder_contents
from comparer.progress import Progress
from comparer.quoting import quoted
from comparer.storage import Library
from ui import engine
from ui.library.import_failures import failure_notice
from ui.notices import NoticeBar
from ui.task_status import TaskStatus
from ui.tasks import TaskHandle, TaskRunner


def inputs_from_mime(mime: QMimeData) -> list[ImportInput]:
    """Files (folders expanded to the articles in them), web URLs, or else the text carried
    by a drop or paste, with its HTML when it has some (read as a page is)."""
    items: list[ImportInput] = []
    for url in mime.urls():
        if url.isLocalFile():
            items.extend(_expand(Path(url.toLocalFile())))
        elif url.scheme() in ("http", "https"):
            items.append(url.toString())
    if not items and mime.hasText() and mime.text().strip():
        text = mime.text().strip()
        is_url = text.startswith(("http://", "https://")) and len(text.split()) == 1
        html = mime.html() if mime.hasHtml() else ""
        items.append(text if is_url else PastedText(text, html))
    return items


def _expand(path: Path) -> list[ImportInput]:
    if path.is_dir():
        return [str(p) for p in folder_contents(path).articles]
    return [str(path)]


class ImportController(QObject):
    """Run imports off the GUI thread and announce the articles that arrived."""

    imported = Signal(list, bool)
    batch_ended = Signal()

    def __init__(
        self, library_url: str, runner: TaskRunner, status: TaskStatus, notices: NoticeBar
    ) -> None:
        super().__init__()
        self._library_url = library_url
        self._runner, self._status, self._notices = runner, status, notices

    def import_mime(self, mime: QMimeData) -> bool:
        """Import what a drop or paste carries; False when it carries nothing importable."""
        items = inputs_from_mime(mime)
        if items:
            self.import_inputs(items)
        return bool(items)

    def import_inputs(self, items: Sequence[ImportInput], *, open_after: bool = True) -> None:
        """Import in the background; ``imported`` says whether to open what arrived."""
        work = _import_work(self._library_url, list(items))
        handle = self._runner.run(
            work,
            on_done=lambda outcomes: self._on_done(outcomes, open_after),
            on_error=lambda error: self._notices.add(f"Import failed: {error}"),
            on_progress=self._status.update_progress,
            on_end=self._on_end,
        )
        self._status.track(handle, f"Importing {len(items)} item(s)…")

    def _on_end(self, handle: TaskHandle) -> None:
        self._status.finish(handle)
        self.batch_ended.emit()

    def _on_done(self, outcomes: list[ImportOutcome], open_after: bool) -> None:
        for outcome in outcomes:
            if not outcome.ok:
                self._notices.add(*failure_notice(outcome.input, outcome.error))
        known = already_stored(outcomes)
        if known:
            self._notices.inform(known)
        self.imported.emit([o.article_id for o in outcomes if o.ok], open_after)


def already_stored(outcomes: Sequence[ImportOutcome]) -> str:
    """News that inputs were in the library already (nothing was added for them): a file
    dropped again was selected without a word, as if it had just arrived."""
    known = [o for o in outcomes if o.ok and not o.created]
    if len(known) == 1:
        name = known[0].title or Path(known[0].input).name
        return f"Already in your library: {quoted(name)}."
    if known:
        return f"{len(known)} of these were already in your library; nothing was added for them."
    return ""


def _import_work(
    library_url: str, items: list[ImportInput]
) -> Callable[[Progress], list[ImportOutcome]]:
    def work(progress: Progress) -> list[ImportOutcome]:
        # The importers load here, on the worker, the first time something is imported.
        with Library.open_existing(library_url) as library:
            return engine.import_all(library, items, progress)

    return work
