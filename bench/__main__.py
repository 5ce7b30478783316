"""Run Comparer's benchmarks and print one ``name: value`` line per figure.

``python -m bench --corpora DIR [--only import,search]``. Each benchmark is a module of this
package with ``run(corpora: Path) -> dict[str, float]``; goals are printed beside the
figures, and nothing here asserts: benchmarks measure, tests check behaviour.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

# The offscreen platform warns about window hints it cannot honour; the figures matter here.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
BENCHMARKS = (
    "bench_import",
    "bench_search",
    "bench_compare",
    "bench_ui",
    "bench_window",
    "bench_review",
    "bench_drafts",
    "bench_postgres",
)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    args = parser.parse_args()
    chosen = [n for n in BENCHMARKS if not args.only or n.removeprefix("bench_") in args.only]
    for name in chosen:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as error:
            print(f"# {name}: not available ({error})")
            continue
        print(f"# {name}", flush=True)
        for key, value in module.run(args.corpora).items():
            print(f"{key}: {value:.4g}" if isinstance(value, float) else f"{key}: {value}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
