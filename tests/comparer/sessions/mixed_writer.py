"""A separate process that imports articles and adds session notes, in turns, for a while.

``python -m tests.comparer.sessions.mixed_writer LIBRARY SESSION WRITER SECONDS``, run from
the top of the repository, alternates: import article n (unique to WRITER, printed
``article n id`` once committed), then add note "WRITER n" to SESSION (reloading and trying
again whenever its save is stale, printed ``note n`` once committed), until SECONDS have
passed. Used by the two-writer test on either backend.
"""

from __future__ import annotations

import sys
import time

from comparer.model import Extracted
from comparer.sessions.edit import add_note
from comparer.sessions.model import StaleSession
from comparer.storage import Library, SessionStore
from tests.articles import build_article


def article(writer: str, number: int) -> Extracted:
    """The ``number``-th article ``writer`` imports: unique, rebuilt the same by the test."""
    text = f"Dispatch {number} from {writer}: shelling near the river, {number * 7} hurt."
    return build_article((text,), title=f"{writer} {number}", outlet=writer)


def add_one_note(store: SessionStore, name: str, text: str) -> None:
    while True:
        try:
            store.save(add_note(store.get(name), None, text))
            return
        except StaleSession:
            continue


def main(location: str, name: str, writer: str, seconds: float) -> None:
    end = time.monotonic() + seconds
    number = 0
    with Library.open(location) as library:
        store = SessionStore(library)
        while time.monotonic() < end:
            print("article", number, library.add(article(writer, number)).article_id, flush=True)
            add_one_note(store, name, f"{writer} {number}")
            print("note", number, flush=True)
            number += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]))
