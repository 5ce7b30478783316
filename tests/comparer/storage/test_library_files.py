"""A library's files are never read or written as plain files: not as an article to import,
not as a ``.comparer`` file, not as the target of an export.

Closing any descriptor of a SQLite file drops the process's locks on it (see
:mod:`comparer.database_files`), and writing a report over a library replaces every
article and session with one page. Real processes on real files: the command line runs as
a child, and an audit hook in a child holding the library open lists every plain ``open``
of the library's files.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
COMPARER = [sys.executable, "-m", "comparer"]


def samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [*COMPARER, "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def digest(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


def a_library_with_a_session(tmp_path: Path) -> Path:
    db = tmp_path / "library.sqlite3"
    made = run(db, "session", "create", "Strike", *map(str, samples()[:2]))
    assert made.returncode == 0, made.stderr
    return db


def test_an_export_over_the_library_or_a_file_beside_it_is_refused(tmp_path: Path) -> None:
    db = a_library_with_a_session(tmp_path)
    before = digest(db)
    link = tmp_path / "report.html"
    link.symlink_to(db)
    for target, form, said in [
        (db, "html", f"{db} is a database (a Comparer library?)"),
        (link, "comparer", f"{link} is a database (a Comparer library?)"),
        (Path(f"{db}-wal"), "csv", f"{db}-wal is a file SQLite keeps beside the database {db}"),
        (Path(f"{db}-journal"), "comparer", f"{db}-journal is a file SQLite keeps beside"),
    ]:
        done = run(db, "session", "export", "Strike", "--format", form, "-o", str(target))
        assert done.returncode == 1, done.stdout
        assert done.stderr.startswith(f"comparer: {said}"), done.stderr
        assert done.stderr.strip().endswith("it was not written over; name another file")
        assert len(done.stderr.splitlines()) == 1
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3", "report.html"]
    assert run(db, "session", "show", "Strike").returncode == 0


def test_the_library_read_as_a_comparer_file_or_an_article_is_refused(tmp_path: Path) -> None:
    db = a_library_with_a_session(tmp_path)
    before = digest(db)
    bundle = run(db, "session", "import", str(db))
    assert bundle.returncode == 1
    expected = "comparer: library.sqlite3 is a database (a Comparer library?), not a .comparer file"
    assert bundle.stderr.strip() == expected
    article = run(db, "import", str(db))
    assert article.returncode == 1
    expected = f"failed: {db}: a database (a Comparer library?), not a document: left unread"
    assert article.stdout.strip() == expected
    beside = run(Path(f"{db}-shm"), "import", str(samples()[2]))  # made anew, a "-shm" of it
    assert beside.returncode == 1
    assert (
        beside.stderr.strip() == f"comparer: {db}-shm is a file SQLite keeps beside {db}: give that"
    )
    assert digest(db) == before
    assert [p.name for p in tmp_path.iterdir()] == ["library.sqlite3"]


HOLDER = """
import sys
from pathlib import Path
db = Path(sys.argv[1])
touched = []
def hook(event, args):
    if event == "open" and str(args[0]).startswith(str(db)):
        touched.append(str(args[0]))
from comparer.errors import ComparerError
from comparer.export.bundle import read_bundle
from comparer.export.atomic import write_text
from comparer.importing import import_all
from comparer.storage import Library
with Library.open(db) as library:
    library.list()  # a live connection, as a window keeps
    sys.addaudithook(hook)
    files = [str(db), f"{db}-wal", f"{db}-shm", *sys.argv[2:]]
    outcomes = import_all(library, files)
    for attempt in (lambda: read_bundle(db), lambda: write_text(Path(f"{db}-shm"), "report")):
        try:
            attempt()
        except ComparerError:
            pass
print(touched, [o.ok for o in outcomes])
"""


def test_a_process_holding_the_library_never_opens_its_files_as_plain_files(
    tmp_path: Path,
) -> None:
    db = a_library_with_a_session(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", HOLDER, str(db), str(samples()[2])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[] [False, False, False, True]"
