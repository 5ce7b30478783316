"""The desktop integration files: a valid menu entry and AppStream metadata that agree.

Checked by parsing them here, and by the freedesktop validators when they are installed
(``desktop-file-validate`` from desktop-file-utils, ``appstreamcli`` from appstream).
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from comparer import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
APP_ID = "org.comparer.Comparer"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("Type", "Application"),
        ("Name", "Comparer"),
        ("Exec", "comparer-app %F"),
        ("TryExec", "comparer-app"),
        ("Icon", APP_ID),
        ("Terminal", "false"),
    ],
)
def test_desktop_entry_key(key: str, expected: str) -> None:
    assert desktop_entry()[key] == expected


def test_desktop_entry_opens_the_formats_comparer_reads() -> None:
    types = set(desktop_entry()["MimeType"].rstrip(";").split(";"))
    assert {"text/plain", "text/html", "application/pdf"} <= types


def test_metainfo_matches_desktop_entry_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("project_license") == "MIT"
    assert [b.text for b in root.iter("binary")] == ["comparer-app", "comparer"]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__  # newest release first, as AppStream wants


@pytest.mark.parametrize(
    "command",
    [
        ["desktop-file-validate", str(DESKTOP)],
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
    ],
)
def test_freedesktop_validator_accepts(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
