"""A separate process that keeps session drafts the way a window does, for the draft tests.

``python draft_keeper.py MODE LIBRARY SESSION KIND`` works on the stored session SESSION,
as stored (KIND ``stored``) or as a never-saved copy (KIND ``unsaved``). It prints its owner
token first, then:

- ``once``: keeps the drafts of steps 0, 1 and 2 and exits without discarding (as a crash);
- ``stay``: keeps step 0, prints ``kept``, and runs until its standard input is closed;
- ``loop``: keeps steps 0, 1, 2, ... until killed, printing each step once it is committed.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from comparer.sessions.model import Note, Session
from comparer.storage import DraftStore, Library, SessionStore

NOTED = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)


def edited(base: Session, step: int, kind: str) -> Session:
    """What the keeper keeps at ``step``: one note more and another scroll position."""
    if kind == "unsaved":
        base = replace(base, name="Unsaved strike", id=None, revision=0)
        base = replace(base, created=None, modified=None)
    note = Note(f"draft-{step}", None, f"Draft note {step} « été » " + "x" * 500, NOTED)
    return replace(base, notes=(*base.notes, note), view={**base.view, "scroll": step})


def main(mode: str, path: Path, name: str, kind: str) -> None:
    with Library.open(path) as library:
        base = SessionStore(library).get(name)
        drafts = DraftStore(library)
        print(drafts.owner, flush=True)
        steps = itertools.count() if mode == "loop" else range(1 if mode == "stay" else 3)
        for step in steps:
            drafts.keep(edited(base, step, kind))
            if mode == "loop":
                print(step, flush=True)
        if mode == "stay":
            print("kept", flush=True)
            sys.stdin.read()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4])
