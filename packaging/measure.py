"""Measure a built bundle: size on disk, tarball size and the app's start time to first window.

Start time is the wall time of ``comparer-app --screenshot`` (offscreen) with a fresh
temporary library: the process starts, builds the window, imports the sample articles on
first run, waits for background work, saves the window and exits. "Cold" drops the page
cache first (only possible as root; otherwise it is reported as unavailable).
Run as ``python packaging/measure.py dist/comparer``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 180


@dataclass(frozen=True)
class Measures:
    bundle_mb: float
    bundle_files: int
    tarball_mb: float | None
    version_s: float
    cold_first_run_s: float | None
    warm_first_run_s: float
    warm_reopen_s: float


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of regular files under ``folder`` (symlinks not counted twice)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def drop_page_cache() -> bool:
    """Empty the kernel's page cache so the next start reads the bundle from disk."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def timed(command: list[str]) -> float:
    """Seconds the command took; raises if it fails or runs longer than TIMEOUT."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, timeout=TIMEOUT, capture_output=True)
    return time.perf_counter() - start


def screenshot_run(app: Path, db: Path, shot: Path, inputs: list[Path]) -> float:
    """Time one ``--screenshot`` start and check that it produced the picture."""
    shot.unlink(missing_ok=True)
    seconds = timed([str(app), "--db", str(db), "--screenshot", str(shot), *map(str, inputs)])
    if not shot.is_file():
        raise RuntimeError(f"{app} did not write {shot}")
    return seconds


def start_times(app: Path, inputs: list[Path]) -> tuple[float | None, float, float]:
    """Cold first run (or None), warm first run, warm start on an existing library."""
    with tempfile.TemporaryDirectory(prefix="comparer-measure-") as tmp:
        work = Path(tmp)
        shot = work / "shot.png"
        cold = None
        if drop_page_cache():
            cold = screenshot_run(app, work / "cold.sqlite3", shot, inputs)
        warm = screenshot_run(app, work / "warm.sqlite3", shot, inputs)
        reopen = screenshot_run(app, work / "warm.sqlite3", shot, inputs)
    return cold, warm, reopen


def measure(bundle: Path, tarball: Path | None, inputs: list[Path]) -> Measures:
    app = bundle / ("comparer-app.exe" if os.name == "nt" else "comparer-app")
    size, files = folder_size(bundle)
    version = timed([str(app), "--version"])
    cold, warm, reopen = start_times(app, inputs)
    return Measures(
        bundle_mb=round(size / 1e6, 1),
        bundle_files=files,
        tarball_mb=round(tarball.stat().st_size / 1e6, 1) if tarball else None,
        version_s=round(version, 2),
        cold_first_run_s=round(cold, 2) if cold is not None else None,
        warm_first_run_s=round(warm, 2),
        warm_reopen_s=round(reopen, 2),
    )


def report(measures: Measures) -> str:
    """The measures as the lines ``make package`` prints."""
    cold = (
        f"{measures.cold_first_run_s} s"
        if measures.cold_first_run_s
        else "n/a (dropping the page cache needs root)"
    )
    lines = [
        f"bundle size:  {measures.bundle_mb} MB in {measures.bundle_files} files",
        f"tarball size: {measures.tarball_mb} MB",
        f"--version:    {measures.version_s} s",
        "start to first window (--screenshot, offscreen, new library with samples):",
        f"  cold {cold}, warm {measures.warm_first_run_s} s;"
        f" reopening an existing library {measures.warm_reopen_s} s",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    bundle = Path(argv[0])
    samples = sorted((bundle / "_internal" / "resources" / "samples").glob("*.txt"))[:2]
    print(report(measure(bundle, None, samples)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
