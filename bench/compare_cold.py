"""What a comparison costs a process that has not compared yet: ``python -m
bench.compare_cold CORPORA``.

The comparison figures of :mod:`bench.bench_compare` come from a process that has already
loaded the engine and compared two other articles, so they leave out two costs a first
comparison pays: importing the engine (numpy, rapidfuzz, diff-match-patch and the engine's
own modules) and loading its data on first use (lexicons, name lists, the pair scorer).
This child measures both apart, then the comparison of two articles after them. Prints one
JSON object of CPU seconds.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from bench.measure import cpu_seconds


def main(corpora: Path) -> dict[str, float]:
    """CPU seconds: importing the engine, the first comparison, a second one."""
    start = cpu_seconds()
    # Imported here, not at the top, because the import is what is measured.
    engine = importlib.import_module("comparer.compare")
    imported = cpu_seconds()
    articles = importlib.import_module("evaluation.speed").make_articles(corpora, 4)
    before = cpu_seconds()
    engine.compare(articles[2:])
    first = cpu_seconds()
    engine.compare(articles[:2])
    return {
        "import_cpu_s": imported - start,
        "first_compare_cpu_s": first - before,
        "second_compare_cpu_s": cpu_seconds() - first,
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
