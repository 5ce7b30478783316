"""How the benchmarks measure: CPU time beside wall time, and the machine's load.

CPU time (``resource.getrusage``, user + system) is what the goals are stated in: the
shared 2-core machines make wall time swing with other people's work, CPU time much less.
Wall time is printed beside it, and the load average at the start and end of a run says
how busy the machine was.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
DEFAULT_CORPORA = Path("../shared/corpora")
"""Where the corpora are when Comparer's checkout sits beside ``shared``."""


@dataclass(frozen=True, slots=True)
class Cost:
    """What one step cost: CPU seconds, wall seconds, and (for a child) the peak resident
    MiB of the largest child process so far."""

    cpu: float
    wall: float
    peak_mb: float = 0.0


def cpu_seconds() -> float:
    """CPU time of this process so far (user + system, every thread)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(work: Callable[[], T]) -> tuple[T, Cost]:
    """Run ``work`` here and return its result and cost."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = work()
    return result, Cost(cpu_seconds() - cpu, time.perf_counter() - wall)


def in_child(args: Sequence[str], env: dict[str, str] | None = None) -> tuple[str, Cost]:
    """Run ``python args...`` in a fresh process; its stdout and its whole cost."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        check=True,
        env=None if env is None else os.environ | env,
    )
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return done.stdout, Cost(cpu, wall, after.ru_maxrss / 1024)


def load_average() -> str:
    """The 1, 5 and 15-minute load averages, and the number of cores."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def print_figures(figures: Mapping[str, float | str]) -> None:
    """One ``name: value`` line per figure, numbers to four significant digits."""
    for key, value in figures.items():
        print(f"{key}: {value:.4g}" if isinstance(value, float) else f"{key}: {value}")
    sys.stdout.flush()


def run_alone(run: Callable[[Path], Mapping[str, float | str]], description: str | None) -> None:
    """A benchmark module run by itself (``python -m bench.bench_search [--corpora DIR]``):
    its figures, printed as ``python -m bench`` prints them."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    print_figures(run(parser.parse_args().corpora))
