"""A separate process that saves sessions in a loop, printing a line after each commit.

Run by the concurrency and crash tests:

- ``python session_writer.py notes LIBRARY SESSION WRITER COUNT`` adds COUNT notes
  ("WRITER n") to SESSION, reloading and trying again whenever its save is stale;
- ``python session_writer.py copies LIBRARY SESSION`` until killed, stores copies of
  SESSION with a few notes each, printing ``name revision`` once each save is committed.
"""

from __future__ import annotations

import itertools
import sys
from dataclasses import replace

from comparer.sessions.edit import add_note
from comparer.sessions.model import StaleSession
from comparer.storage import Library, SessionStore


def add_notes(store: SessionStore, name: str, writer: str, count: int) -> None:
    for number in range(count):
        while True:
            session = store.get(name)
            try:
                store.save(add_note(session, None, f"{writer} {number}"))
                break
            except StaleSession:
                continue
        print(number, flush=True)


def store_copies(store: SessionStore, name: str) -> None:
    base = store.get(name)
    for number in itertools.count():
        copy = store.create(replace(base, name=f"copy {number}"))
        print(copy.name, copy.revision, flush=True)
        for step in range(3):
            copy = store.save(add_note(copy, None, f"step {step} " + "x" * 2000))
            print(copy.name, copy.revision, flush=True)


def main(mode: str, path: str, name: str, *rest: str) -> None:
    with Library.open(path) as library:
        store = SessionStore(library)
        if mode == "notes":
            add_notes(store, name, rest[0], int(rest[1]))
        else:
            store_copies(store, name)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *sys.argv[3:])
