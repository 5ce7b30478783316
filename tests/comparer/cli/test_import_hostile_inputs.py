"""`comparer import` over hostile inputs, run as a real process: one line per input, no
traceback, nothing from the parsers on stderr, whatever the file names hold."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fuzz.samples import BODY, text_pdf

ROOT = Path(__file__).resolve().parents[3]
ARTICLE = (BODY + "\n\nResidents said the village had been hit twice before.\n").encode()


def _comparer(db: Path, *args: bytes | str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"}
    command = [sys.executable, "-m", "comparer", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, env=env, timeout=120, check=False)


def test_every_input_of_a_batch_gets_one_line(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "inputs")
    os.mkdir(folder)
    names = [b"bad\xff\xfename.txt", b"new\nline.txt", b"plain.txt"]
    rtl = os.path.join(os.fsencode(tmp_path), b"rtl\xe2\x80\xaetxt.exe")  # named: taken as given
    for number, path in enumerate([*(os.path.join(folder, name) for name in names), rtl]):
        with open(path, "wb") as stream:
            stream.write(ARTICLE.replace(b"10", str(10 + number).encode()))
    missing = b"x" * 300
    result = _comparer(
        tmp_path / "lib.sqlite3", "import", folder, rtl, missing, b"ftp://a/b", b"http://[::1"
    )
    lines = result.stdout.decode("utf-8").splitlines()
    assert result.stderr == b""
    assert len(lines) == len(names) + 4
    by_name = sorted(lines[: len(names)])
    assert by_name[0].startswith("new: #") and by_name[0].endswith("/bad\\xff\\xfename.txt)")
    assert by_name[1].endswith("/new\\nline.txt)")
    assert lines[3].startswith("new: #") and lines[3].endswith("/rtl\\u202etxt.exe)")
    assert lines[-3].startswith("failed: xxx") and "File name too long" in lines[-3]
    assert lines[-2].endswith("only http(s) URLs can be imported")
    assert lines[-1].endswith("not a valid web address (Invalid IPv6 URL)")
    assert result.returncode == 1


def test_pypdf_warnings_stay_off_the_terminal(tmp_path: Path) -> None:
    damaged = text_pdf().replace(b"startxref", b"startxref\n999999")  # pypdf warns and repairs
    path = tmp_path / "damaged.pdf"
    path.write_bytes(damaged)
    result = _comparer(tmp_path / "lib.sqlite3", "import", str(path))
    assert result.stderr == b""
    assert len(result.stdout.splitlines()) == 1


def test_stored_names_of_undecodable_files_are_readable(tmp_path: Path) -> None:
    path = os.path.join(os.fsencode(tmp_path), b"r\xe9sum\xe9.txt")
    with open(path, "wb") as stream:
        stream.write(ARTICLE)
    db = tmp_path / "lib.sqlite3"
    assert _comparer(db, "import", path).returncode == 0
    listing = _comparer(db, "list", "--format", "json")
    assert "r\ufffdsum\ufffd.txt" in listing.stdout.decode("utf-8")
