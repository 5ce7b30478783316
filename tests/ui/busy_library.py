"""Another process that keeps changing a library, for the list's race tests.

Run as ``python -m tests.ui.busy_library LIBRARY FOLDER``: it imports each article file of
``FOLDER`` in its own transaction, as fast as it can, and removes every fifth article right
after storing it, so a window listing the library meanwhile sees rows arrive and go between
any two of its queries (a ``comparer import`` of a folder commits once a second, too seldom
to hit them in a test).
"""

from __future__ import annotations

import sys
from pathlib import Path

from comparer.importing import import_all
from comparer.storage import Library

REMOVE_EVERY = 5


def churn(location: str, folder: Path) -> int:
    """Import each file of ``folder`` alone, removing every fifth; how many are kept."""
    kept = 0
    with Library.open(location) as library:
        for n, path in enumerate(sorted(folder.iterdir())):
            (outcome,) = import_all(library, [str(path)])
            assert outcome.article_id is not None, outcome
            if n % REMOVE_EVERY == REMOVE_EVERY - 1:
                library.remove(outcome.article_id)
            else:
                kept += 1
    return kept


if __name__ == "__main__":
    print(churn(sys.argv[1], Path(sys.argv[2])))
