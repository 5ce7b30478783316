"""Import speed through the command line: many text files, as a user would import them.

The casualty corpus (``<corpora>/casualties/articles.jsonl``) is written out twice as text
files (the second copy with a line of its own, so each file is a new article), then
imported into a new library by ``comparer import FOLDER`` in a fresh process: articles per
CPU second and per wall second, start-up included (goal: at least 300 articles/s). The
same files through the one-transaction-per-file path (``import_one`` in a loop) are
measured beside it for comparison.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bench.measure import in_child

ONE_BY_ONE = """
import sys
from pathlib import Path
from comparer.importing import import_one
from comparer.storage import Library
with Library.open(sys.argv[2]) as library:
    for path in sorted(Path(sys.argv[1]).glob("*.txt")):
        import_one(library, str(path))
"""


def write_articles(corpus: Path, folder: Path, copies: int = 2) -> int:
    """Write each casualty article ``copies`` times as title, blank line, text; the count."""
    count = 0
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    for copy in range(copies):
        for record in records:
            count += 1
            body = f"{record.get('title', '')}\n\n{record.get('text', '')}\n\nCopy {copy}.\n"
            (folder / f"{count:05d}.txt").write_text(body, encoding="utf-8")
    return count


def run(corpora: Path) -> dict[str, float]:
    corpus = corpora / "casualties" / "articles.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        count = write_articles(corpus, folder)
        out, bulk = in_child(
            ["-m", "comparer", "--db", f"{tmp}/bulk.sqlite3", "import", str(folder)]
        )
        _, single = in_child(["-c", ONE_BY_ONE, str(folder), f"{tmp}/single.sqlite3"])
    failed = sum(1 for line in out.splitlines() if line.startswith("failed:"))
    return {
        "import_files": float(count),
        "import_failed": float(failed),
        "import_cli_articles_per_cpu_s (goal >= 300)": count / bulk.cpu,
        "import_cli_articles_per_wall_s": count / bulk.wall,
        "import_one_by_one_articles_per_cpu_s (before)": count / single.cpu,
        "import_one_by_one_articles_per_wall_s (before)": count / single.wall,
    }
