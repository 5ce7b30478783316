"""``tools/build_dev_pages.py`` loaded as a module, for the tests of the dev page sets it builds."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_dev_pages.py"


def build_dev_pages() -> ModuleType:
    """The tool as a module (it is a script in ``tools/``, not a package)."""
    spec = importlib.util.spec_from_file_location("build_dev_pages", TOOL)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool
