"""Import a batch of inputs into the library, one transaction each, reporting every outcome.

Both the command line and the window import through here, so an input that fails is
reported with its reason and never stops the others; what was imported before a failure,
a cancel or a crash stays in the library.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from comparer.errors import ComparerError
from comparer.ingest import extract_any, extract_text
from comparer.model import Extracted
from comparer.progress import SILENT, Progress
from comparer.storage import Library


@dataclass(frozen=True, slots=True)
class PastedText:
    """Text the user pasted or dropped, imported as an article of its own."""

    text: str

    def __str__(self) -> str:
        first = self.text.strip().splitlines()[0] if self.text.strip() else ""
        return f"pasted text “{first[:40]}”"


ImportInput = str | PastedText


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What became of one input: its article id, or the reason it failed."""

    input: str
    article_id: int | None
    created: bool
    title: str
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.article_id is not None

    def line(self) -> str:
        """The one-line report the command line prints for this input."""
        if not self.ok:
            return f"failed: {self.input}: {self.error}"
        state = "new" if self.created else "already in library"
        return f"{state}: #{self.article_id} {self.title or '(untitled)'} ({self.input})"


def _extract(item: ImportInput) -> Extracted:
    if isinstance(item, PastedText):
        return extract_text(item.text)
    return extract_any(item)


def import_one(library: Library, item: ImportInput) -> ImportOutcome:
    """Import one input; a failure comes back as an outcome, not an exception."""
    try:
        extracted = _extract(item)
        result = library.add(extracted)
    except ComparerError as error:
        return ImportOutcome(str(item), None, False, "", str(error))
    return ImportOutcome(str(item), result.article_id, result.created, extracted.meta.title)


def import_all(
    library: Library, items: Sequence[ImportInput], progress: Progress = SILENT
) -> list[ImportOutcome]:
    """Import every input in order; cancelling keeps what was imported so far."""
    outcomes: list[ImportOutcome] = []
    for done, item in enumerate(items):
        progress.step(done / max(len(items), 1), f"Importing {item}")
        outcomes.append(import_one(library, item))
    progress.step(1.0, "Imported")
    return outcomes
