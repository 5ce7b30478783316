"""Building the window loads none of the heavy engine, importers or migrations.

Run in a fresh process: other tests in this one have long since imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from comparer.importing import import_all
from comparer.storage import Library

HEAVY = ("trafilatura", "pypdf", "docx", "numpy", "rapidfuzz", "alembic", "lxml")

CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from comparer.storage import Library
from ui.app import build_window
library = Library.open(sys.argv[1])
window = build_window(library, seed_samples=False)
window.show()
app.processEvents()
window.grab()
print(json.dumps([window.library_panel.model.rowCount(), sorted(sys.modules)]))
window.close()
library.close()
"""


def test_the_window_is_built_without_loading_anything_heavy(
    tmp_path: Path, samples: list[Path]
) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:  # created (with Alembic) in this process, not there
        import_all(library, [str(p) for p in samples])
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    rows, modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert rows == len(samples)
    loaded = {m.split(".")[0] for m in modules}
    assert [name for name in HEAVY if name in loaded] == []
    assert not [m for m in modules if m.startswith(("comparer.ingest", "comparer.align"))]
