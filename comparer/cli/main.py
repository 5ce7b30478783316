"""Entry point of the ``comparer`` command: parse arguments and run one subcommand.

Exit codes are part of the interface: 0 success, 1 when an input or the library failed
(the rest of the work is still done), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from comparer import __version__, storage
from comparer.cli import (
    compare_command,
    copy_command,
    edit_command,
    library_commands,
    session_commands,
)
from comparer.errors import ComparerError, LibraryError

# The commands that may make the library --db names. The others read or change what is
# there, and a mistyped --db must not quietly become a new, empty library that looks like
# lost work.
MAKES_LIBRARY = {("import", None), ("compare", None), ("session", "create"), ("session", "import")}


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar, with help for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="comparer",
        description="Compare how different outlets report the same event.",
    )
    parser.add_argument("--version", action="version", version=f"comparer {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="library file or SQLAlchemy URL (default: $COMPARER_DB or the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    library_commands.register(commands)
    edit_command.register(commands)
    compare_command.register(commands)
    session_commands.register(commands)
    copy_command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = build_parser().parse_args(argv)
    try:
        _refuse_missing_library(args)
        code: int = args.handler(args)
    except ComparerError as error:
        print(f"comparer: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    return code


def _refuse_missing_library(args: argparse.Namespace) -> None:
    if args.db is None:
        return
    path = storage.missing_library(args.db)
    if path is None:
        return
    if (args.command, getattr(args, "action", None)) not in MAKES_LIBRARY:
        raise LibraryError(f"no library at {path}: check --db, or import into it first")
    # Comparing library ids in a library not made yet can only be refused: refused before
    # the library is made, so a mistyped --db leaves nothing behind.
    ids = [item for item in getattr(args, "inputs", []) if compare_command.is_library_id(item)]
    if args.command in ("compare", "session") and ids:
        raise LibraryError(f"no library at {path}, so no article {ids[0]}: check --db")


if __name__ == "__main__":
    sys.exit(main())
