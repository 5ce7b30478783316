"""``comparer library copy --to LOCATION``: move a library into another (and back).

The source is the library ``--db`` names (or the default one); the target is a file or a
``postgresql://`` URL, created if new. Each copied article is printed as it is committed,
then one summary line. Running it again copies only what is missing (see
:mod:`comparer.storage.copying`), so an interrupted copy is finished by running it again.
"""

from __future__ import annotations

import argparse
from typing import Any

from comparer import storage


def register(commands: Any) -> None:
    """Add ``library copy`` to the parser."""
    library = commands.add_parser("library", help="work on whole libraries")
    actions = library.add_subparsers(dest="action", metavar="ACTION", required=True)
    copy = actions.add_parser(
        "copy", help="copy every article and session into another library (file or URL)"
    )
    copy.add_argument("--to", required=True, metavar="PATH_OR_URL", help="the target library")
    copy.set_defaults(handler=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    from comparer.storage.copying import copy_library  # SQLAlchemy: only when copying

    with storage.Library.open(args.db) as source, storage.Library.open(args.to) as target:
        report = copy_library(source, target, lambda line: print(line, flush=True))
    print(report.line(), flush=True)
    return 0
