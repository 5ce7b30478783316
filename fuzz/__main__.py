"""``python -m fuzz``: a bounded, seeded fuzz run of the importers; prints its figures.

Exit status 0 only if no input raised, hung, took over 10 s of CPU or 1 GB of memory,
reported on other than one line or printed to stderr, and every library is intact.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from pathlib import Path

from fuzz.run import CPU_LIMIT, RSS_LIMIT, Figures, run
from fuzz.seeds import FORMATS


def report(figures: Figures, seconds: float) -> str:
    """The figures of a run as a small table and a few lines."""
    rows = [
        f"{'format':<9} {'inputs':>6} {'imported':>8} {'refused':>7} {'traceback':>9} "
        f"{'hang':>4} {'max cpu s':>9} {'max wall s':>10}"
    ]
    for kind in FORMATS:
        counts = figures.counts.get(kind, {})
        rows.append(
            f"{kind:<9} {sum(counts.values()):>6} {counts.get('imported', 0):>8} "
            f"{counts.get('refused', 0):>7} {counts.get('traceback', 0):>9} "
            f"{counts.get('hang', 0) + counts.get('crash', 0):>4} "
            f"{figures.max_cpu.get(kind, 0.0):>9.2f} {figures.max_wall.get(kind, 0.0):>10.2f}"
        )
    rows.append(
        f"peak RSS of a worker: {figures.peak_rss >> 20} MiB (limit {RSS_LIMIT >> 20} MiB); "
        f"CPU limit per input {CPU_LIMIT:g} s; stderr {len(figures.stderr)} bytes"
    )
    rows.append(
        f"integrity_check: {', '.join(figures.integrity)} ({figures.articles} articles stored); "
        f"run took {seconds:.0f} s"
    )
    rows += figures.failures[:20]
    if figures.stopped_early:
        rows.append("fuzz: stopped early (interrupted); the figures cover the inputs that ran")
    rows.append("fuzz: OK" if figures.ok else f"fuzz: FAILED ({len(figures.failures)} problems)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__)
    parser.add_argument("--per-format", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # report, then stop
    with tempfile.TemporaryDirectory(prefix="comparer-fuzz-") as scratch:
        workdir = args.workdir or Path(scratch)
        print(
            f"fuzz: seed {args.seed}, {args.per_format} inputs per format, "
            f"{args.workers} workers, in {workdir}",
            flush=True,
        )
        started = time.monotonic()
        figures = run(args.per_format, args.seed, workdir, workers=args.workers)
        print(report(figures, time.monotonic() - started))
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
