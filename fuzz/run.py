"""Drive a fuzz run: generate mutated inputs, hand them to workers, and add up the figures.

Inputs are generated in the parent from one ``random.Random(seed)`` in a fixed order, so a
run is reproducible whatever the timing; each is written to disk under a hostile name
(undecodable bytes, newlines, bidirectional overrides, wrong extensions), imported by the
next free worker and deleted, or kept under ``failures/`` if it failed. A worker that does
not answer within ``hang`` seconds is killed, counted and replaced; every worker has its
own library, checked at the end.
"""

from __future__ import annotations

import json
import os
import select
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

from fuzz.mutate import mutate
from fuzz.seeds import EXTENSIONS, FORMATS, seeds

ROOT = Path(__file__).resolve().parent.parent
CPU_LIMIT = 10.0
RSS_LIMIT = 1 << 30


@dataclass
class Figures:
    """What a run found, per format and in all."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)
    max_cpu: dict[str, float] = field(default_factory=dict)
    max_wall: dict[str, float] = field(default_factory=dict)
    peak_rss: int = 0
    stderr: str = ""
    integrity: list[str] = field(default_factory=list)
    articles: int = 0
    failures: list[str] = field(default_factory=list)
    stopped_early: bool = False

    @property
    def ok(self) -> bool:
        return not self.failures and all(result == "ok" for result in self.integrity)


class _Worker:
    def __init__(self, workdir: Path, number: int) -> None:
        self.library = workdir / f"library-{number}.db"
        self.stderr_path = workdir / f"worker-{number}.stderr"
        self.task: tuple[str, Path, float] | None = None
        self.buffer = b""
        self._start()

    def _start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with self.stderr_path.open("ab") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "fuzz.worker", str(self.library)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=env,
                cwd=ROOT,
                start_new_session=True,  # a Ctrl-C stops the driver, which stops them
            )

    def send(self, kind: str, path: Path) -> None:
        assert self.process.stdin is not None
        self.task = (kind, path, time.monotonic())
        self.process.stdin.write(os.fsencode(path).hex().encode() + b"\n")
        self.process.stdin.flush()

    def receive(self) -> dict[str, object] | None:
        """The answer if a whole line has arrived, else None; {} if the worker died."""
        assert self.process.stdout is not None
        chunk = os.read(self.process.stdout.fileno(), 65536)
        if not chunk:
            return {}
        self.buffer += chunk
        if b"\n" not in self.buffer:
            return None
        line, self.buffer = self.buffer.split(b"\n", 1)
        answer: dict[str, object] = json.loads(line)
        return answer

    def restart(self) -> None:
        self.process.kill()
        self._close()
        self.buffer = b""
        self._start()

    def stop(self) -> None:
        self._close()

    def _close(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()
        self.process.wait(timeout=60)


def run(per_format: int, seed: int, workdir: Path, workers: int = 2, hang: float = 60.0) -> Figures:
    """Fuzz ``per_format`` mutated inputs of every format; the figures of the run."""
    rng = Random(seed)
    families = {kind: seeds(kind) for kind in FORMATS}
    everything = [data for family in families.values() for data in family]
    inputs = workdir / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    figures = Figures()
    progress = max(len(FORMATS) * per_format // 50, 1)
    pool = [_Worker(workdir, number) for number in range(workers)]
    try:
        for number, kind in _schedule(per_format):
            if number and number % progress == 0:
                print(f"fuzz: {number} inputs, {len(figures.failures)} problems", flush=True)
            data = mutate(rng.choice(families[kind]), rng, everything)
            path = _write(inputs, _name(rng, kind, number), data)
            _dispatch(pool, figures, hang).send(kind, path)
    except KeyboardInterrupt:  # stopped early: report what ran, marked as cut short
        figures.stopped_early = True
    finally:
        while any(worker.task for worker in pool):
            _collect(pool, figures, hang)
        for worker in pool:
            worker.stop()
    _finish(pool, figures)
    return figures


def _schedule(per_format: int) -> list[tuple[int, str]]:
    """Formats interleaved, so a short run still covers every format evenly."""
    return [
        (n * len(FORMATS) + i, kind) for n in range(per_format) for i, kind in enumerate(FORMATS)
    ]


def _dispatch(pool: list[_Worker], figures: Figures, hang: float) -> _Worker:
    while True:
        idle = [worker for worker in pool if worker.task is None]
        if idle:
            return idle[0]
        _collect(pool, figures, hang)


def _collect(pool: list[_Worker], figures: Figures, hang: float) -> None:
    busy = {
        worker.process.stdout.fileno(): worker
        for worker in pool
        if worker.task and worker.process.stdout
    }
    ready, _, _ = select.select(list(busy), [], [], 1.0)
    for fd in ready:
        worker = busy[fd]
        answer = worker.receive()
        if answer is not None:
            _record(worker, figures, answer)
    now = time.monotonic()
    for worker in pool:
        if worker.task and now - worker.task[2] > hang:
            _record(worker, figures, {"kind": "hang"})


def _record(worker: _Worker, figures: Figures, answer: dict[str, object]) -> None:
    assert worker.task is not None
    kind, path, _ = worker.task
    worker.task = None
    outcome = str(answer.get("kind", "crash"))
    if outcome in ("hang", "crash"):
        worker.restart()
    figures.counts.setdefault(kind, Counter())[outcome] += 1
    cpu, wall = float(answer.get("cpu", 0.0)), float(answer.get("wall", 0.0))  # type: ignore[arg-type]
    figures.max_cpu[kind] = max(figures.max_cpu.get(kind, 0.0), cpu)
    figures.max_wall[kind] = max(figures.max_wall.get(kind, 0.0), wall)
    figures.peak_rss = max(figures.peak_rss, int(answer.get("rss", 0)))  # type: ignore[call-overload]
    problem = _problem(outcome, cpu, answer)
    if problem:  # the input is kept to reproduce it: seeds hold random AES salts
        kept = path.parent.parent / "failures"
        kept.mkdir(exist_ok=True)
        path.replace(kept / path.name)
        figures.failures.append(f"{kind} {os.fsencode(path.name)!r}: {problem}")
    else:
        path.unlink(missing_ok=True)


def _problem(outcome: str, cpu: float, answer: dict[str, object]) -> str:
    if outcome in ("traceback", "hang", "crash"):
        return f"{outcome}\n{answer.get('traceback', '')}"
    if answer.get("lines") != 1:
        return f"reported on {answer.get('lines')} lines"
    if cpu > CPU_LIMIT:
        return f"took {cpu:.1f} s of CPU"
    if int(answer.get("rss", 0)) > RSS_LIMIT:  # type: ignore[call-overload]
        return "peak RSS over 1 GB"
    return ""


def _finish(pool: list[_Worker], figures: Figures) -> None:
    for worker in pool:
        figures.stderr += worker.stderr_path.read_text("utf-8", "replace")
        with sqlite3.connect(worker.library) as connection:
            figures.integrity.append(connection.execute("PRAGMA integrity_check").fetchone()[0])
            figures.articles += connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        connection.close()
    if figures.stderr:
        figures.failures.append(f"workers wrote to stderr:\n{figures.stderr[:2000]}")


_NAME_TRICKS = (
    b"",
    b"",
    b"",
    b"\xff\xfe",
    b"\n",
    b"\r\n\t",
    b" ",
    b"\xe2\x80\xae",
    b"\x1b[31m",
    b"\xc3",
)


def _name(rng: Random, kind: str, number: int) -> bytes:
    """A file name for input ``number``: often hostile, usually with the right extension."""
    stem = b"%06d" % number + rng.choice(_NAME_TRICKS) + b"x" * rng.choice((0, 0, 0, 200))
    roll = rng.random()
    extension = (
        EXTENSIONS[kind]
        if roll < 0.7
        else rng.choice(list(EXTENSIONS.values()))
        if roll < 0.85
        else ""
    )
    return stem + extension.encode()


def _write(folder: Path, name: bytes, data: bytes) -> Path:
    path = os.path.join(os.fsencode(folder), name)
    with open(path, "wb") as stream:
        stream.write(data)
    return Path(os.fsdecode(path))
