"""Write the compare JSON of a fixed set of comparisons, to check a speed change changes nothing.

``python tools/compare_outputs.py OUT [--corpora DIR] [--seeds DIR]`` writes one JSON file
per comparison into ``OUT``: the five seed reports together and the first two, the first
six BASIL triplets, and 2 and 20 reports of about 1,000 words stitched from the corpora
(:func:`evaluation.speed.make_articles`). Run it on the tree before a change and after it,
then ``diff -r`` the two folders: a change meant only to be faster must leave them
byte-identical. The outputs are never committed as expectations; they come from the code
under test.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

from comparer import storage
from comparer.compare import compare
from comparer.export.json_format import comparison_to_json
from comparer.ingest import extract_any
from comparer.model import Article
from evaluation.basil_framing import article as basil_article
from evaluation.speed import make_articles

BASIL_TRIPLETS = 6


def seeds(folder: Path) -> list[Article]:
    """The seed reports, imported as the application imports them."""
    with (
        tempfile.TemporaryDirectory() as tmp,
        storage.Library.open(Path(tmp) / "library.sqlite3") as library,
    ):
        paths = sorted(folder.glob("*.txt"))
        return [library.get(library.add(extract_any(str(p))).article_id) for p in paths]


def basil(corpora: Path) -> Iterator[tuple[str, list[Article]]]:
    """The first BASIL triplets, one article per outlet, sentences as the gold has them."""
    for folder in sorted((corpora / "basil").iterdir())[:BASIL_TRIPLETS]:
        articles = []
        for i, path in enumerate(sorted(folder.glob("[0-9].json"))):
            data = json.loads(path.read_text("utf-8"))
            sentences = [s for paragraph in data.get("body-paragraphs", []) for s in paragraph]
            articles.append(basil_article(i, sentences, str(data.get("source", i))))
        yield f"basil_{folder.name}", articles


def comparisons(corpora: Path, seed_folder: Path) -> Iterator[tuple[str, list[Article]]]:
    """Every comparison checked, by name."""
    reports = seeds(seed_folder)
    yield "seeds_all", reports
    yield "seeds_first_two", reports[:2]
    yield from basil(corpora)
    stitched = make_articles(corpora, 22)
    yield "stitched_2", stitched[:2]
    yield "stitched_20", stitched[:20]
    yield "stitched_2_more", stitched[20:22]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python tools/compare_outputs.py")
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, articles in comparisons(args.corpora, args.seeds):
        found = comparison_to_json(compare(articles))
        text = json.dumps(found, indent=1, ensure_ascii=False)
        (args.out / f"{name}.json").write_text(text, "utf-8")
        print(f"{name}: {len(articles)} articles")


if __name__ == "__main__":
    main()
