"""BASIL as the window sees it: are a triplet's three reports one event?

Each BASIL triplet is one event told by three outlets. Its ``N.txt`` files (headline,
outlet and date, then the text) are read by the importer, as a dropped file would be,
and compared; ``one_event_share`` is the share of triplets the engine keeps as one event.
"""

from __future__ import annotations

from pathlib import Path

from comparer.compare import compare
from comparer.ingest.extract import extract_path
from comparer.model import Article
from evaluation.articles import from_text

NAME = "basil_events"


def _imported(ident: int, path: Path) -> Article:
    found = extract_path(path)
    article = from_text(ident, found.text)
    return Article(
        article.id, str(path), found.media_type, found.content_hash, found.meta, found.text,
        found.removed, found.captions, found.sentences, article.imported_at,
    )  # fmt: skip


def evaluate(root: Path) -> dict[str, float] | None:
    """The share of triplets compared as one event."""
    base = root / "basil"
    if not base.is_dir():
        return None
    whole = total = 0
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        paths = sorted(folder.glob("[0-9].txt"))
        if len(paths) < 2:
            continue
        result = compare([_imported(i, p) for i, p in enumerate(paths)], analysers=())
        total += 1
        whole += len(result.events) == 1
    return {"one_event_share": whole / total, "triplets": float(total)} if total else None
