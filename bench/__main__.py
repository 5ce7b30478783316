"""Run Comparer's benchmarks and print one ``name: value`` line per figure.

``python -m bench --corpora DIR [--only import,search]`` (``make bench CORPORA=DIR``). Each
benchmark is a module of this package with ``run(corpora: Path) -> dict[str, float]``;
goals are printed beside the figures, and nothing here asserts: benchmarks measure, tests
check behaviour. Figures are CPU time (see :mod:`bench.measure`) unless named ``wall``;
the load average is printed before and after, and the run's own CPU and wall time at the
end. Without the corpora, the benchmarks that need them are skipped with one line saying
where they were looked for; the others still run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

from bench.measure import DEFAULT_CORPORA, cpu_seconds, load_average, print_figures

# The offscreen platform warns about window hints it cannot honour; the figures matter here.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
BENCHMARKS = (
    "bench_start",
    "bench_library",
    "bench_import",
    "bench_search",
    "bench_open",
    "bench_compare",
    "bench_ui",
    "bench_window",
    "bench_long_article",
    "bench_review",
    "bench_drafts",
    "bench_postgres",
    "bench_postgres_listing",
)
# Measured on bundled samples or made-up data: these run without the corpora.
WITHOUT_CORPORA = ("bench_ui", "bench_drafts")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    args = parser.parse_args()
    chosen = [n for n in BENCHMARKS if not args.only or n.removeprefix("bench_") in args.only]
    if not args.corpora.is_dir():
        print(
            f"# no corpora at {args.corpora.resolve()}: benchmarks that need them are skipped; "
            "give their folder with CORPORA=DIR (make) or --corpora DIR"
        )
        chosen = [n for n in chosen if n in WITHOUT_CORPORA]
    print(f"# load average at start: {load_average()}", flush=True)
    started, wall = cpu_seconds(), time.perf_counter()
    for name in chosen:
        _run_one(name, args.corpora)
    print(f"# load average at end: {load_average()}")
    print(
        f"# bench run: {cpu_seconds() - started:.1f} s CPU, {time.perf_counter() - wall:.1f} s wall"
    )
    return 0


def _run_one(name: str, corpora: Path) -> None:
    try:
        module = importlib.import_module(f"bench.{name}")
    except ModuleNotFoundError as error:
        print(f"# {name}: not available ({error})")
        return
    print(f"# {name}", flush=True)
    print_figures(module.run(corpora))


if __name__ == "__main__":
    sys.exit(main())
