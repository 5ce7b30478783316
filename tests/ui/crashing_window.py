"""A window that reviews one difference and is then killed (run as a child process).

Usage: ``python crashing_window.py DB FILE FILE``. The crash-restore test runs it, so the
draft it leaves behind is a real one from a process that really died (SIGKILL, no clean-up
of any kind).
"""

from __future__ import annotations

import sys

from reviewing_window import review_then_die  # beside this script, which runs as a file

from comparer.model import Difference
from ui.main_window import MainWindow


def print_marked(_window: MainWindow, number: Difference) -> None:
    print(number.text, flush=True)


if __name__ == "__main__":
    review_then_die(sys.argv[1], sys.argv[2:], print_marked)
