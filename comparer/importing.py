"""Import a batch of inputs into the library, one transaction each, reporting every outcome.

Both the command line and the window import through here, so an input that fails is
reported with its reason and never stops the others; what was imported before a failure,
a cancel or a crash stays in the library.
"""

from __future__ import annotations

from collections.abc import Sequence

from comparer.errors import ComparerError
from comparer.importing_inputs import ImportInput, ImportOutcome, PastedText
from comparer.ingest import extract_any, extract_text
from comparer.model import Extracted
from comparer.progress import SILENT, Progress
from comparer.storage import Library


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
