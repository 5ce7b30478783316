"""``comparer compare ID ID``: comparing what the library holds loads no importer.

The importers (trafilatura, pypdf, python-docx behind :mod:`comparer.ingest`) cost a good
part of the command's start; articles already stored need none of them. Checked in a
fresh process, as a user's command runs, on a real SQLite library.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from comparer.cli.main import main

ROOT = Path(__file__).resolve().parents[3]
# The command runs in a child; it then names every importer module it has loaded.
CHILD = (
    "import sys\n"
    "from comparer.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "heavy = ('comparer.ingest', 'trafilatura', 'pypdf', 'docx')\n"
    "loaded = sorted(n for n in sys.modules if n.startswith(heavy))\n"
    "print(code, len(loaded), ','.join(loaded), file=sys.stderr)\n"
)


def _compare_in_child(*args: str) -> tuple[str, list[str]]:
    """The child's output, then its exit code, its count of importer modules and their names."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    return result.stdout, result.stderr.splitlines()[-1].split(" ")


def test_comparing_library_ids_imports_no_importer(tmp_path: Path, samples: list[Path]) -> None:
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--db", db, "import", str(samples[0]), str(samples[1])]) == 0
    out, last = _compare_in_child("--db", db, "compare", "1", "2", "--format", "json")
    assert last == ["0", "0", ""]  # exit code 0, nothing of the importers loaded
    assert [a["id"] for a in json.loads(out)["articles"]] == [1, 2]


def test_a_file_among_the_inputs_still_loads_the_importers(
    tmp_path: Path, samples: list[Path]
) -> None:
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--db", db, "import", str(samples[0])]) == 0
    out, last = _compare_in_child("--db", db, "compare", "1", str(samples[1]))
    assert last[0] == "0"
    assert int(last[1]) > 10
    assert "comparer.ingest" in last[2].split(",")
    assert "Fort Russ News" in out
