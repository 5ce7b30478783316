"""Import speed: the casualty corpus written out as text files, imported into a new library.

Prints articles per second and the peak resident memory of a fresh process doing the
import (goal: at least 200 articles/s on the 2-core reference machine).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

IMPORT_SCRIPT = """
import resource, sys, time
from pathlib import Path
from comparer.importing import import_all
from comparer.storage import Library
files = sorted(str(p) for p in Path(sys.argv[1]).glob("*.txt"))
start = time.perf_counter()
with Library.open(sys.argv[2]) as library:
    outcomes = import_all(library, files)
elapsed = time.perf_counter() - start
failed = sum(not o.ok for o in outcomes)
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(len(files), failed, elapsed, peak_mb)
"""


def write_articles(corpus: Path, folder: Path) -> int:
    """Write each casualty article as ``title`` + blank line + ``text``; return the count."""
    count = 0
    with corpus.open(encoding="utf-8") as lines:
        for count, line in enumerate(lines, start=1):
            record = json.loads(line)
            body = f"{record.get('title', '')}\n\n{record.get('text', '')}\n"
            (folder / f"{count:04d}.txt").write_text(body, encoding="utf-8")
    return count


def run(corpora: Path) -> dict[str, float]:
    corpus = corpora / "casualties" / "articles.jsonl"
    if not corpus.exists():
        return {"import_skipped": 1.0}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(corpus, folder)
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_SCRIPT, str(folder), str(Path(tmp) / "lib.sqlite3")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    count, failed, elapsed, peak = int(out[0]), int(out[1]), float(out[2]), float(out[3])
    return {
        "import_articles": float(count),
        "import_failed": float(failed),
        "import_articles_per_s (goal >= 200)": count / elapsed,
        "import_peak_mb": peak,
    }
