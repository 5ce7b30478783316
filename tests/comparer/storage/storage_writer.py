"""A separate process that adds articles to a library, printing ``number id`` after each.

Run by the concurrency and crash tests from the top of the repository:
``python -m tests.comparer.storage.storage_writer LIBRARY WRITER COUNT`` (COUNT 0 = until
killed). An id is printed only once its article is committed.
"""

from __future__ import annotations

import itertools
import sys

from comparer.storage import Library
from tests.articles import dispatch


def main(path: str, writer: str, count: int) -> None:
    numbers = itertools.count() if count == 0 else range(count)
    with Library.open(path) as library:
        for number in numbers:
            result = library.add(dispatch(writer, number))
            print(number, result.article_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
