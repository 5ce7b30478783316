"""Entry script of the bundle: one frozen program that is both ``comparer-app`` and ``comparer``.

The bundle ships one executable and a ``comparer`` link to it (Windows gets two copies, one
with a console), so the frozen Python code is stored once. The name it was started by picks
the entry point: ``comparer`` runs the command line, anything else the desktop app. Each
entry is imported only when chosen, so the command line never loads Qt.
"""

import importlib
import sys
from pathlib import Path

ENTRY_POINTS = {"comparer": "comparer.cli.main", "comparer-app": "ui.app"}


def entry_module(argv0: str) -> str:
    """The module whose ``main`` the program started as ``argv0`` runs."""
    return ENTRY_POINTS.get(Path(argv0).stem, ENTRY_POINTS["comparer-app"])


if __name__ == "__main__":
    sys.exit(importlib.import_module(entry_module(sys.argv[0])).main())
