"""Import a batch of inputs into the library, reporting every outcome.

Both the command line and the window import through here, so an input that fails is
reported with its reason and never stops the others. Inputs are read one by one but
stored in batches (:data:`BATCH_SIZE` articles, or what :data:`BATCH_SECONDS` of reading
gave), one transaction each through :meth:`Library.add_many`: per-commit overhead would
otherwise cost more than reading a text file. What was stored before a failure, a cancel
or a crash stays in the library; at most the batch being read is lost.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence

from comparer.errors import ComparerError, ImportFailed
from comparer.importing_inputs import ImportInput, ImportOutcome, PastedText, Read
from comparer.ingest import extract_any
from comparer.ingest.pasted import read_pasted
from comparer.model import Extracted
from comparer.progress import SILENT, Progress
from comparer.storage import Library

BATCH_SIZE = 200
BATCH_SECONDS = 1.0


def _extract(item: ImportInput) -> Extracted:
    if isinstance(item, PastedText):
        return read_pasted(item.text, item.html)
    return extract_any(item)


def _reason(error: ComparerError) -> str:
    """Why ``error`` happened, without the input's name: the outcome names it once."""
    return error.reason if isinstance(error, ImportFailed) else str(error)


def read_input(item: ImportInput) -> Extracted | ImportOutcome:
    """The extracted article, or the outcome saying why ``item`` could not be read."""
    try:
        return _extract(item)
    except ComparerError as error:
        return ImportOutcome(str(item), None, False, "", _reason(error))


def import_one(library: Library, item: ImportInput) -> ImportOutcome:
    """Import one input; a failure comes back as an outcome, not an exception."""
    try:
        extracted = _extract(item)
        result = library.add(extracted)
    except ComparerError as error:
        return ImportOutcome(str(item), None, False, "", _reason(error))
    return ImportOutcome(str(item), result.article_id, result.created, extracted.meta.title)


def read_all(items: Iterable[ImportInput]) -> Iterator[Read]:
    """Each input with what reading it gave, read as the pair is asked for."""
    return ((item, read_input(item)) for item in items)


def import_stream(library: Library, items: Iterable[ImportInput]) -> Iterator[ImportOutcome]:
    """Import every input, yielding outcomes in input order as each batch is stored."""
    return store_stream(library, read_all(items))


def store_stream(library: Library, reads: Iterable[Read]) -> Iterator[ImportOutcome]:
    """Store inputs already read (:func:`read_all`), yielding outcomes in input order as
    each batch is stored: an input read once to decide something is not read again."""
    pending: list[Read] = []
    started = time.monotonic()
    try:
        for read in reads:
            pending.append(read)
            if len(pending) >= BATCH_SIZE or time.monotonic() - started >= BATCH_SECONDS:
                yield from _store(library, pending)
                pending, started = [], time.monotonic()
    except BaseException:  # a cancel or Ctrl-C keeps what was already read, then stops
        _store(library, pending)
        raise
    yield from _store(library, pending)


def _store(library: Library, pending: Sequence[Read]) -> list[ImportOutcome]:
    batch = [read for _, read in pending if isinstance(read, Extracted)]
    try:
        results = iter(library.add_many(batch))
    except ComparerError:
        # The database refused the batch (a full disk, say): store each on its own, so one
        # article too many fails alone and the others still get in where they fit.
        return [_store_alone(library, item, read) for item, read in pending]
    outcomes = []
    for item, read in pending:
        if isinstance(read, ImportOutcome):
            outcomes.append(read)
        else:
            stored = next(results)
            outcomes.append(
                ImportOutcome(str(item), stored.article_id, stored.created, read.meta.title)
            )
    return outcomes


def _store_alone(
    library: Library, item: ImportInput, read: Extracted | ImportOutcome
) -> ImportOutcome:
    if isinstance(read, ImportOutcome):
        return read
    try:
        stored = library.add(read)
    except ComparerError as error:
        return ImportOutcome(str(item), None, False, "", _reason(error))
    return ImportOutcome(str(item), stored.article_id, stored.created, read.meta.title)


def import_all(
    library: Library, items: Sequence[ImportInput], progress: Progress = SILENT
) -> list[ImportOutcome]:
    """Import every input in order; cancelling keeps what was stored so far."""
    outcomes: list[ImportOutcome] = []

    def announced() -> Iterator[ImportInput]:
        for done, item in enumerate(items):
            progress.step(done / max(len(items), 1), f"Importing {item}")
            yield item

    outcomes.extend(import_stream(library, announced()))
    progress.step(1.0, "Imported")
    return outcomes
