"""A library is never damaged by sharing, and a damaged, read-only or full one says so.

Real files and real processes: the command line runs as a child (``python -m comparer``)
on the same file that this process holds open. Read-only folders and full disks are real
too: a child runs in its own mount namespace (``unshare``) over a read-only bind mount or a
tiny tmpfs; those tests are skipped where the kernel refuses user namespaces.
"""

from __future__ import annotations

import hashlib
import resource
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from comparer.errors import LibraryError
from comparer.importing import import_one
from comparer.storage import Library
from tests.articles import dispatch
from tests.comparer.storage.behind import connected, migrate
from tests.comparer.storage.damage import (
    damage_a_table,
    mount_point,
    read_only_mount,
)

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
COMPARER = [sys.executable, "-m", "comparer"]


def samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def run(db: Path, *args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    command = [*prefix, *COMPARER, "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def integrity(db: Path) -> list[tuple[str]]:
    with sqlite3.connect(db) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall()


def digest(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


def test_opening_again_in_one_process_keeps_the_locks_other_processes_rely_on(
    tmp_path: Path,
) -> None:
    db = tmp_path / "library.sqlite3"
    first = Library.open(db)  # the window's library, with a pooled connection kept open
    try:
        import_one(first, str(samples()[0]))
        with Library.open(db) as worker:  # an import on the window's worker thread
            import_one(worker, str(samples()[1]))
        assert run(db, "import", str(samples()[2])).returncode == 0
        assert len(first.list()) == 3
        import_one(first, str(samples()[3]))
        listed = run(db, "list", "--format", "json")
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.count('"id"') == 4
    finally:
        first.close()
    assert integrity(db) == [("ok",)]
    assert run(db, "list").stdout.count("\n") == 5


AUDIT = """
import sys
from pathlib import Path
db = Path(sys.argv[1])
touched = []
def hook(event, args):
    if event == "open" and str(args[0]).startswith(str(db)):
        touched.append(str(args[0]))
sys.addaudithook(hook)
from comparer.importing import import_one
from comparer.storage import Library, SessionStore
from comparer.sessions.attach import begin
with Library.open(db) as library, Library.open(db) as again:
    ids = [import_one(library, path).article_id for path in sys.argv[2:4]]
    again.check_writable()
    session = begin("audit", [library.get(i) for i in ids]).session
    SessionStore(again).create(session)
    library.list()
print(touched)
"""


def test_nothing_but_sqlite_opens_the_library_file(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    import_one_cli = run(db, "import", str(samples()[4]))  # an existing library, as usual
    assert import_one_cli.returncode == 0
    done = subprocess.run(
        [sys.executable, "-c", AUDIT, str(db), *map(str, samples()[:2])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_damaged_library_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    assert run(db, "import", *map(str, samples()[:3])).returncode == 0
    damage_a_table(db, "sentences")
    before = digest(db)
    for args in (("import", str(samples()[3])), ("session", "create", "x", "1", "2")):
        done = run(db, *args)
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert str(db) in lines[0] and "damaged" in lines[0]
        assert ".recover" in lines[0] and "backup" in lines[0]
        assert "Traceback" not in done.stderr
        assert digest(db) == before
        assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


def test_the_window_library_refuses_writes_into_a_damaged_file(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    assert run(db, "import", *map(str, samples()[:2])).returncode == 0
    damage_a_table(db, "sentences")
    before = digest(db)
    with Library.open(db) as library, pytest.raises(LibraryError, match="damaged"):
        import_one(library, str(samples()[2])).article_id  # noqa: B018
        library.check_writable()
    assert digest(db) == before


def test_a_file_that_is_not_a_library_is_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    db.write_bytes(b"Shopping list: eggs, milk\n" * 200)
    before = digest(db)
    done = run(db, "import", str(samples()[0]))
    assert done.returncode == 1
    expected = f"comparer: {db} is not a Comparer library (not a SQLite database)"
    assert done.stderr.strip() == expected
    assert digest(db) == before


def test_a_folder_given_as_the_library_is_named_as_one(tmp_path: Path) -> None:
    done = run(tmp_path, "import", str(samples()[0]))
    assert done.returncode == 1
    expected = f"comparer: {tmp_path} is a folder: give the library file inside it"
    assert done.stderr.strip() == expected
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_library_can_be_read_and_says_read_only(tmp_path: Path) -> None:
    folder = mount_point(tmp_path, "shelf")
    db = folder / "library.sqlite3"
    assert run(db, "import", str(samples()[0])).returncode == 0
    before = digest(db)
    read_only = read_only_mount(folder)
    listed = run(db, "list", "--format", "json", prefix=read_only)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count('"id"') == 1
    assert run(db, "search", "coalition", prefix=read_only).returncode == 0
    refused = run(db, "import", str(samples()[1]), prefix=read_only)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"comparer: {db} is read-only: it can be read but nothing can be saved in it"
    )
    assert "damaged" not in refused.stderr
    assert digest(db) == before


def test_a_full_disk_says_disk_full_and_keeps_what_was_saved(tmp_path: Path) -> None:
    folder = mount_point(tmp_path, "small")
    big = tmp_path / "long-report.txt"
    sentence = "The ministry said {n} families were moved from the eastern districts overnight. "
    big.write_text("".join(sentence.format(n=n) for n in range(40_000)), encoding="utf-8")
    script = textwrap.dedent(
        f"""
        mount -t tmpfs -o size=2m none {folder} &&
        "$0" "$@" import {samples()[0]} &&
        ! "$0" "$@" import {big} {samples()[1]} > {tmp_path}/out.txt &&
        mkdir {tmp_path}/copy && cp {folder}/library.sqlite3* {tmp_path}/copy/
        """
    ).replace("\n", " ")
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, *COMPARER, "--db", str(folder / "library.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("failed: ") and "disk full" in lines[0]
    assert "damaged" not in lines[0]
    assert lines[1].startswith("new: #2")
    copy = tmp_path / "copy" / "library.sqlite3"  # with its write-ahead log, as it was left
    assert integrity(copy) == [("ok",)]
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (2,)


def test_a_write_past_the_file_size_limit_says_what_to_do_and_keeps_what_was_saved(
    tmp_path: Path,
) -> None:
    """A file-size limit (RLIMIT_FSIZE, as a quota or a FAT drive's 4 GB) read "the library
    ... failed: disk I/O error", which names no way out."""
    db = tmp_path / "library.sqlite3"
    assert run(db, "import", str(samples()[0])).returncode == 0
    big = tmp_path / "long-report.txt"
    sentence = "The ministry said {n} families were moved from the eastern districts overnight. "
    big.write_text("".join(sentence.format(n=n) for n in range(40_000)), encoding="utf-8")
    limit = 1_000_000  # the library is 120 kB; the long report's rows need some 6 MB
    done = subprocess.run(
        [*COMPARER, "--db", str(db), "import", str(big), str(samples()[1])],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)),
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 1 and len(lines) == 2, done
    assert lines[0] == (
        f"failed: {big}: the disk refused to write to {db} (disk I/O error): nothing more was "
        "saved; free some space, or check the drive and any file-size limit, and retry"
    )
    assert lines[1].startswith("new: #2")
    assert integrity(db) == [("ok",)]


def test_an_older_library_on_a_full_disk_is_left_whole_without_a_half_backup(
    tmp_path: Path,
) -> None:
    """Opening an older library backs it up before upgrading it: a backup that does not
    fit is one line, and neither it nor the one a killed run left passes for a backup."""
    old = tmp_path / "old.sqlite3"
    with Library.open(old) as library:
        library.add_many([dispatch("archive", n) for n in range(600)])
    with connected(old, begin=True) as connection:
        migrate(connection, "0004", down=True)
    folder = mount_point(tmp_path, "small")
    db, size = folder / "library.sqlite3", old.stat().st_size
    script = textwrap.dedent(
        f"""
        mount -t tmpfs -o size={size + 400_000} none {folder} && cp {old} {db} &&
        touch {folder}/library.sqlite3.backup-0004-20250101T000000Z.sqlite3.partial &&
        ! "$0" "$@" list 2> {tmp_path}/err.txt && ls -A {folder} > {tmp_path}/left.txt &&
        cmp {old} {db}
        """
    ).replace("\n", " ")
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, *COMPARER, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    said = (tmp_path / "err.txt").read_text(encoding="utf-8")
    assert said.startswith(f"comparer: {db} was not upgraded to this version, and is unchanged")
    assert "disk full" in said and len(said.splitlines()) == 1, said
    assert (tmp_path / "left.txt").read_text(encoding="utf-8").split() == ["library.sqlite3"]


def test_an_older_library_on_a_read_only_medium_says_so_and_is_left_alone(
    tmp_path: Path,
) -> None:
    folder = mount_point(tmp_path, "shelf")
    db = folder / "library.sqlite3"
    with Library.open(db) as library:
        library.add(dispatch("archive", 1))
    with connected(db, begin=True) as connection:
        migrate(connection, "0006", down=True)
    before = digest(db)
    refused = run(db, "list", prefix=read_only_mount(folder))
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        f"comparer: {db} was made by an older version of Comparer and must be upgraded, "
        "but it is read-only: copy it to a folder you can write to and open the copy"
    )
    assert digest(db) == before
    assert [p.name for p in folder.iterdir()] == ["library.sqlite3"]


def test_open_existing_refuses_a_library_gone_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "drive" / "library.sqlite3"
    with Library.open(db) as library:
        import_one(library, str(samples()[0]))
    for file in db.parent.iterdir():
        file.unlink()
    db.parent.rmdir()
    with pytest.raises(LibraryError, match=r"library at .*library\.sqlite3 is gone"):
        Library.open_existing(db)
    assert list(tmp_path.iterdir()) == []


def test_open_existing_opens_a_library_that_is_there(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    with Library.open(db) as library:
        stored = import_one(library, str(samples()[0])).article_id
    with Library.open_existing(str(db)) as again:
        assert [a.id for a in again.list()] == [stored]


def test_a_library_replaced_by_another_file_refuses_writes(tmp_path: Path) -> None:
    """A backup copied over the library while it is open (by another process): the open
    library's connections still hold the old, unlinked file, so an import would be lost at
    close. It is refused in one line, and the file now in place is left as it was."""
    db, other = tmp_path / "library.sqlite3", tmp_path / "backup.sqlite3"
    with Library.open(db) as library:
        import_one(library, str(samples()[0]))
        made = run(other, "import", str(samples()[1]))
        assert made.returncode == 0, made.stderr
        moved = subprocess.run(
            [sys.executable, "-c", f"import os; os.replace({str(other)!r}, {str(db)!r})"],
            check=True,
        )
        assert moved.returncode == 0
        refused = import_one(library, str(samples()[2]))
    assert refused.article_id is None
    assert refused.error == (
        f"{db} was replaced by another file since it was opened: nothing was saved; "
        "open the library again"
    )
    with Library.open(db) as reopened:
        assert len(reopened.list()) == 1  # the backup's one article; nothing written into it


def test_a_new_library_replaced_before_its_first_write_refuses_it(tmp_path: Path) -> None:
    """A library made by this open (the file did not exist yet) and replaced before anything
    was written: the file it made was only adopted at the first write, so the replacement
    was taken for it and the import went into the unlinked file, lost at close."""
    db, other = tmp_path / "library.sqlite3", tmp_path / "backup.sqlite3"
    with Library.open(db) as library:
        made = run(other, "import", str(samples()[1]))
        assert made.returncode == 0, made.stderr
        subprocess.run(
            [sys.executable, "-c", f"import os; os.replace({str(other)!r}, {str(db)!r})"],
            check=True,
        )
        refused = import_one(library, str(samples()[2]))
    assert refused.article_id is None
    assert refused.error is not None and "was replaced by another file" in refused.error
