"""Tests of packaging/: its scripts (icons, launch, measure) are importable by their names.

``packaging/`` is a folder of build scripts, not a package (an ``__init__.py`` there would
hide the ``packaging`` library PyInstaller and pytest need), so its folder goes on the path.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
