"""The engine must stay usable headless: importing all of it never loads Qt."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_engine_never_loads_qt() -> None:
    code = (
        "import pkgutil, sys, comparer\n"
        "for m in pkgutil.walk_packages(comparer.__path__, 'comparer.'):\n"
        "    if m.name.endswith('__main__'): continue\n"
        "    __import__(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
