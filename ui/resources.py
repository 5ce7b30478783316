"""Where the app finds its bundled files (sample articles, icons) at run time."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the sources, or inside a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_articles() -> list[Path]:
    """The bundled sample reports, in name order."""
    return sorted((resources_dir() / "samples").glob("*.txt"))
