"""Hand-made sentence-alignment gold for BASIL triplets, and the loader that resolves it.

Each ``basil/<triplet>.json`` file names, for every article pair of one triplet (``"1-2"``,
``"1-3"``, ``"2-3"``: the BASIL file numbers), the ``must`` links (the same fact, claim or
quote) and the ``may`` links (same topic, another detail) as pairs of exact substrings,
one per article. A substring stands for the sentence of the engine's split that contains it;
:data:`TITLE` stands for the headline. The articles are rebuilt as the importer would
make them (body paragraphs split by :func:`comparer.ingest.splitting.segment`, the title in
the metadata), so the links are pairs of ``(article position, sentence index)``. See the
README next to this file for what the labels mean and how they were made. The
``seeds/`` files hold the same kind of links for the bundled seed reports, named by file
and read through the real importer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NotRequired, TypedDict

from comparer.ingest import extract_path
from comparer.model import Article
from evaluation.articles import from_text

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1] / "resources" / "samples"
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
TITLE = "@title"

Sentence = tuple[int, int]
"""(article position in the triplet, sentence index in that article)."""
Link = tuple[Sentence, Sentence]
"""Two sentences of different articles, the lower article position first."""


class GoldFile(TypedDict):
    """One gold file: substring pairs by article pair (``"1-2"``) and strength (``"must"``)."""

    triplet: NotRequired[str]
    files: NotRequired[list[str]]
    outlets: NotRequired[list[str]]
    pairs: dict[str, dict[str, list[list[str]]]]


class GoldError(ValueError):
    """A gold substring that does not name exactly one sentence of its article."""


@dataclass(frozen=True)
class TripletGold:
    """The resolved links of one triplet; headline links are kept apart from body links."""

    triplet: str
    must: frozenset[Link]
    may: frozenset[Link]
    title_must: frozenset[tuple[int, int]]
    title_may: frozenset[tuple[int, int]]


# The first twelve BASIL gold triplets: the shipped pair scorer was trained and the aligner's
# settings chosen on them until issue 12's second batch (annotated blind, later) arrived.
# ``python -m evaluation.heldout`` measures on the later ones; see the README.
FIRST_BATCH = frozenset(
    {
        "0c78e748-efbf-417c-a8c1-beeb6480147f",
        "0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d",
        "11c9f251-35c8-4452-b052-df9be61464c6",
        "29ffd053-7684-469b-a600-97000579bd01",
        "6e502405-bc90-4416-a787-3122918aa648",
        "74708dbf-5dfc-4c66-8419-d7dbc00e4a06",
        "ad409798-ee94-4436-92c5-92669193be14",
        "b4dbeda7-a1f3-4711-ae77-db23809d1ed2",
        "c5534b7e-a373-4962-8345-3847bc41a636",
        "d1344998-0e7c-409e-aaad-df5be687fc94",
        "e71d149d-0426-43f0-87e8-8c611dad7205",
        "eb17fa36-89f2-4d0b-8133-7bb4682228e1",
    }
)


def gold_files(folder: Path = HERE / "basil") -> list[Path]:
    """Every gold file of ``folder`` (the BASIL gold by default), in name order."""
    return sorted(folder.glob("*.json"))


def read_gold(path: Path) -> GoldFile:
    """The raw JSON of one gold file."""
    data: GoldFile = json.loads(path.read_text("utf-8"))
    return data


def basil_articles(root: Path, triplet: str) -> list[Article]:
    """Articles 1, 2, 3 of a triplet under ``root/basil``, as the importer would split them."""
    articles = []
    for n in (1, 2, 3):
        data = json.loads((root / "basil" / triplet / f"{n}.json").read_text("utf-8"))
        paragraphs = [" ".join(s.strip() for s in p) for p in data.get("body-paragraphs", [])]
        text = "\n".join(p for p in paragraphs if p)
        articles.append(from_text(n - 1, text, data.get("title", "").strip(), data["source"]))
    return articles


def locate(article: Article, substring: str) -> int:
    """The index of the one sentence of ``article`` that contains ``substring``."""
    start = article.text.find(substring)
    if start < 0 or article.text.find(substring, start + 1) >= 0:
        found = "not found" if start < 0 else "found more than once"
        raise GoldError(f"{substring!r} {found} in article {article.id + 1}")
    end = start + len(substring)
    for sentence in article.sentences:
        if sentence.start <= start and end <= sentence.end:
            return sentence.index
    raise GoldError(f"{substring!r} spans a sentence boundary in article {article.id + 1}")


def resolve(raw: GoldFile, articles: list[Article]) -> TripletGold:
    """Turn a gold file's substring pairs into sentence links of ``articles``."""
    links: dict[str, set[Link]] = {"must": set(), "may": set()}
    titles: dict[str, set[tuple[int, int]]] = {"must": set(), "may": set()}
    for pair, strengths in raw["pairs"].items():
        a, b = (int(n) - 1 for n in pair.split("-"))
        for strength, rows in strengths.items():
            for left, right in rows:
                if left == TITLE and right == TITLE:
                    titles[strength].add((a, b))
                else:
                    sa, sb = locate(articles[a], left), locate(articles[b], right)
                    links[strength].add(((a, sa), (b, sb)))
    return TripletGold(
        raw.get("triplet") or " ".join(raw.get("files", [])),
        frozenset(links["must"]),
        frozenset(links["may"] - links["must"]),
        frozenset(titles["must"]),
        frozenset(titles["may"]),
    )


def load(root: Path, folder: Path = HERE / "basil") -> list[tuple[list[Article], TripletGold]]:
    """Every gold triplet of ``folder`` whose articles are under ``root/basil``, resolved."""
    loaded = []
    for path in gold_files(folder):
        raw = read_gold(path)
        triplet = raw.get("triplet", "")
        if (root / "basil" / triplet).is_dir():
            articles = basil_articles(root, triplet)
            loaded.append((articles, resolve(raw, articles)))
    return loaded


def imported(path: Path, ident: int) -> Article:
    """The article the importer makes of the file at ``path`` (furniture out, title kept)."""
    e = extract_path(path)
    return Article(
        ident,
        e.source,
        e.media_type,
        e.content_hash,
        e.meta,
        e.text,
        e.removed,
        e.captions,
        e.sentences,
        _EPOCH,
    )


def load_seeds(samples: Path = SAMPLES) -> list[tuple[list[Article], TripletGold]]:
    """The gold of the seed reports (``seeds/*.json``), on the files as the importer reads them."""
    loaded = []
    for path in gold_files(HERE / "seeds"):
        raw = read_gold(path)
        articles = [imported(samples / name, n) for n, name in enumerate(raw["files"])]
        loaded.append((articles, resolve(raw, articles)))
    return loaded


Loaded = list[tuple[list[Article], TripletGold]]


def batches(loaded: Loaded) -> tuple[Loaded, Loaded]:
    """The triplets of :data:`FIRST_BATCH`, then the later ones, each in name order."""
    first = [t for t in loaded if t[1].triplet in FIRST_BATCH]
    return first, [t for t in loaded if t[1].triplet not in FIRST_BATCH]


def halves(loaded: Loaded) -> tuple[Loaded, Loaded]:
    """Two halves for held-out checks: every other triplet of each batch, so each half holds
    part of every batch (and the first batch splits as it did before the second came)."""
    first, later = batches(loaded)
    return first[0::2] + later[0::2], first[1::2] + later[1::2]
