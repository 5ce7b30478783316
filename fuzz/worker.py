"""A fuzz worker: imports the files it is sent into one library and reports each outcome.

Run as ``python -m fuzz.worker LIBRARY``. It reads one file path a line (hex of the bytes
of the name, so any name survives the pipe) and answers one JSON line per path: the kind
of outcome, CPU and wall seconds, the process's peak RSS so far, and the traceback if
:func:`comparer.importing.import_one` raised instead of reporting. Peak RSS only grows, so
if it stays under a limit after an input, that input stayed under it too.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
import traceback

from comparer.importing import import_one
from comparer.storage import Library


def main() -> None:
    with Library.open(sys.argv[1]) as library:
        for line in sys.stdin:
            name = os.fsdecode(bytes.fromhex(line.strip()))
            print(json.dumps(_import(library, name)), flush=True)


def _import(library: Library, name: str) -> dict[str, object]:
    wall, cpu = time.monotonic(), time.process_time()
    report: dict[str, object] = {}
    try:
        outcome = import_one(library, name)
        line = outcome.line()
        report["kind"] = "imported" if outcome.ok else "refused"
        report["lines"] = len(line.splitlines())
        line.encode("utf-8")  # what print() would need for a UTF-8 terminal
    except Exception:  # what the fuzzer hunts: anything import_one did not turn into a line
        report["kind"] = "traceback"
        report["traceback"] = traceback.format_exc()
    report["cpu"] = time.process_time() - cpu
    report["wall"] = time.monotonic() - wall
    report["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return report


if __name__ == "__main__":
    main()
