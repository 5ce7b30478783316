"""A window whose library server goes away mid-work, then is killed (run as a child process).

Usage: ``python offline_window.py URL FILE FILE``. It compares the two files, marks a
difference relevant, adds a note (kept as a draft on the server), prints ``ready`` and
waits for a line on its standard input: the test stops the server meanwhile. It then adds
two more notes, which can only be kept on this computer, prints the window's notices, one
per line, and is SIGKILLed, so the local draft is all that is left of that work.
"""

from __future__ import annotations

import sys

from reviewing_window import review_then_die  # beside this script, which runs as a file

from comparer.model import Difference
from comparer.sessions.edit import add_note
from ui.main_window import MainWindow


def work_on_through_the_outage(window: MainWindow, _number: Difference) -> None:
    window.session.apply("Note", lambda s: add_note(s, None, "Before"))
    window.runner.wait(30_000)
    print("ready", flush=True)
    sys.stdin.readline()  # the server is gone when this line comes
    for text in ("After 1", "After 2"):
        window.session.apply("Note", lambda s, t=text: add_note(s, None, t))
    window.runner.wait(30_000)
    for message in window.notices.messages():
        print(message, flush=True)


if __name__ == "__main__":
    review_then_die(sys.argv[1], sys.argv[2:], work_on_through_the_outage)
