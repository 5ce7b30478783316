"""BASIL as the window sees it: are a triplet's three reports one event?

Each BASIL triplet is one event told by three outlets. Its ``N.txt`` files (headline,
outlet and date, then the text) are read by the importer, as a dropped file would be,
and compared; ``one_event_share`` is the share of triplets the engine keeps as one event.
The places the Events tab lists for them are checked against hand labels
(``gold/event_places.tsv``: every name listed before and after the WordNet place rule,
marked place or not by hand): ``place_precision`` is the share of listed names that are places,
``place_recall`` the share of the labelled places on these triplets that are listed, and
``places_unlabelled`` counts listed names the labels do not cover (label them).
"""

from __future__ import annotations

from pathlib import Path

from comparer.compare import compare
from comparer.ingest.extract import extract_path
from comparer.model import Article
from evaluation.articles import from_text

NAME = "basil_events"
PLACE_LABELS = Path(__file__).parent / "gold" / "event_places.tsv"


def _imported(ident: int, path: Path) -> Article:
    found = extract_path(path)
    article = from_text(ident, found.text)
    return Article(
        article.id, str(path), found.media_type, found.content_hash, found.meta, found.text,
        found.removed, found.captions, found.sentences, article.imported_at,
    )  # fmt: skip


def evaluate(root: Path) -> dict[str, float] | None:
    """The share of triplets compared as one event, and how real the listed places are."""
    base = root / "basil"
    if not base.is_dir():
        return None
    whole = total = 0
    listed: set[str] = set()
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        paths = sorted(folder.glob("[0-9].txt"))
        if len(paths) < 2:
            continue
        result = compare([_imported(i, p) for i, p in enumerate(paths)], analysers=())
        total += 1
        whole += len(result.events) == 1
        listed.update(place for event in result.events for place in event.places)
    if not total:
        return None
    return {"one_event_share": whole / total, "triplets": float(total), **place_figures(listed)}


def place_labels(where: str = "basil") -> dict[str, bool]:
    """The hand labels of one source: each name the Events tab listed, and whether it is
    a place."""
    rows = PLACE_LABELS.read_text("utf-8").splitlines()
    cells = (row.split("\t") for row in rows if row and not row.startswith("#"))
    return {name: label == "place" for source, name, label in cells if source == where}


def place_figures(listed: set[str]) -> dict[str, float]:
    """Precision and recall of the listed place names against the hand labels (recall of
    the labelled places, those some version of the rule listed)."""
    labels = place_labels()
    judged = [name for name in listed if name in labels]
    right = sum(labels[name] for name in judged)
    places = sum(labels.values())
    return {
        "place_precision": right / len(judged) if judged else 0.0,
        "place_recall": right / places if places else 0.0,
        "places_unlabelled": float(len(listed) - len(judged)),
    }
