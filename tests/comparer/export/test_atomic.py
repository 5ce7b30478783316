"""``replacing`` blames the target only for the target's own failures: an ``OSError`` the
caller raises while producing the content passes as is (the target untouched, no temporary
file left), while a write the disk refuses is one line naming the target.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.errors import ExportError
from comparer.export.atomic import replacing


def test_an_oserror_while_producing_is_not_blamed_on_the_target(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_bytes(b"previous")
    missing = tmp_path / "source.txt"
    with pytest.raises(FileNotFoundError) as raised, replacing(target) as stream:
        stream.write(b"half a report")
        stream.write(missing.read_bytes())
    assert raised.value.filename == str(missing)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_full_disk_is_blamed_on_the_target() -> None:
    refused = r"^cannot write /dev/full: No space left on device$"
    with pytest.raises(ExportError, match=refused), replacing(Path("/dev/full")) as stream:
        stream.write(b"x" * 1_000_000)


def test_a_target_in_a_missing_folder_is_blamed_on_the_target(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "report.html"
    refused = rf"^cannot write {target}: No such file or directory$"
    with pytest.raises(ExportError, match=refused), replacing(target) as stream:
        stream.write(b"report")
