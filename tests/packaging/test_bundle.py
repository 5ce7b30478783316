"""Smoke test of the built app (``dist/comparer/``): it starts, shows a window, stays lean.

Skipped unless the bundle exists: ``make test`` does not build it, ``make package`` builds it
and then runs this file. The bundled binaries run offscreen, with a temporary library and a
temporary home, so nothing of the user's is touched.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tarfile
import tomllib
from collections.abc import Callable
from pathlib import Path

import docx
import fpdf
import pytest
from PySide6.QtGui import QImage

from comparer import __version__
from comparer.storage import Library

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "comparer"
APP = BUNDLE / "comparer-app"
CLI = BUNDLE / "comparer"
APP_ID = "org.comparer.Comparer"
TIMEOUT = 180
TITLE = "Flood cuts off river villages"
STORY = [
    "Heavy rain on Monday flooded three villages along the river, officials said.",
    "The water damaged forty homes and closed the only bridge to the district town.",
    "Rescue teams reached the last families by boat late in the evening.",
    "The regional government promised help with repairs before the winter.",
]

pytestmark = pytest.mark.skipif(
    not APP.is_file(), reason="no bundle in dist/comparer: `make package` builds and tests it"
)

# Paths (relative to the bundle) that must not be shipped, whatever pulls them in.
FORBIDDEN_PATHS = [
    "_internal/**/tests",
    "_internal/**/test",
    "_internal/**/libQt6Network*",
    "_internal/**/libQt6Qml*",
    "_internal/**/libQt6Quick*",
    "_internal/**/libQt6Pdf*",
    "_internal/**/libQt6Designer*",
    "_internal/**/qml",
    "_internal/**/*tkinter*",
    "_internal/**/libtk*",
    "_internal/**/libtcl*",
    "_internal/**/libgtk*",
]
# Top-level Python packages that must not be frozen into the app.
FORBIDDEN_MODULES = [
    "sklearn",
    "scipy",
    "matplotlib",
    "tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "IPython",
    "mypy",
    "ruff",
    "fpdf",
    "PIL",
    "pip",
    "setuptools",
    "pdb",
    "doctest",
]
USED_QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"}


def run(
    command: list[str | Path], home: Path, platform: str = "offscreen"
) -> subprocess.CompletedProcess[str]:
    """Run a bundled binary (offscreen) with its own home: no user file is read or written."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": platform,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    return subprocess.run(
        [str(part) for part in command],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.mark.parametrize(
    ("binary", "expected"),
    [(APP, f"comparer-app {__version__}"), (CLI, f"comparer {__version__}")],
)
def test_version(binary: Path, expected: str, tmp_path: Path) -> None:
    result = run([binary, "--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_first_run_screenshot_of_two_samples(
    tmp_path: Path, samples: list[Path], qapp: object
) -> None:
    db, shot = tmp_path / "library.sqlite3", tmp_path / "window.png"
    result = run([APP, "--db", db, "--screenshot", shot, *samples[:2]], tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 640 and image.height() >= 400
    # A real window, not a blank picture: its pixels differ.
    assert len({image.pixel(x, y) for x in range(0, image.width(), 16) for y in (40, 200)}) > 3
    with Library.open(db) as library:
        titles = [summary.title for summary in library.list()]
    assert len(titles) == len(samples)  # first run imported every sample article


def test_runs_on_a_real_x11_display(tmp_path: Path, qapp: object) -> None:
    """The bundled xcb plugin and the X libraries it needs load (offscreen skips them)."""
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (Debian: xvfb)")
    shot = tmp_path / "x11.png"
    command: list[str | Path] = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", APP]
    result = run([*command, "--db", tmp_path / "x.db", "--screenshot", shot], tmp_path, "xcb")
    assert result.returncode == 0, result.stderr
    assert not QImage(str(shot)).isNull()


def test_bundled_cli_imports_and_compares(tmp_path: Path, samples: list[Path]) -> None:
    db = tmp_path / "library.sqlite3"
    imported = run([CLI, "--db", db, "import", *samples[:2]], tmp_path)
    assert imported.returncode == 0, imported.stderr
    listed = run([CLI, "--db", db, "list"], tmp_path)
    assert "Fort Russ News" in listed.stdout  # the outlet of sample 001
    compared = run([CLI, "--db", db, "compare", "1", "2", "--format", "json"], tmp_path)
    assert compared.returncode == 0, compared.stderr
    assert json.loads(compared.stdout)


def write_html(path: Path) -> None:
    body = "".join(f"<p>{sentence}</p>" for sentence in STORY)
    path.write_text(
        f"<html><head><title>{TITLE}</title></head><body><article>"
        f"<h1>{TITLE}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )


def write_docx(path: Path) -> None:
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for sentence in STORY:
        document.add_paragraph(sentence)
    document.save(str(path))


def write_pdf(path: Path) -> None:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    for sentence in STORY:
        pdf.multi_cell(0, 8, sentence, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


@pytest.mark.parametrize(
    ("name", "write"),
    [("story.html", write_html), ("story.docx", write_docx), ("story.pdf", write_pdf)],
)
def test_bundled_readers_import(name: str, write: Callable[[Path], None], tmp_path: Path) -> None:
    source = tmp_path / name
    write(source)
    db = tmp_path / "library.sqlite3"
    imported = run([CLI, "--db", db, "import", source], tmp_path)
    assert imported.returncode == 0, imported.stderr
    with Library.open(db) as library:
        texts = [library.get(summary.id).text for summary in library.list()]
    assert len(texts) == 1 and "forty homes" in texts[0]


@pytest.mark.parametrize("pattern", FORBIDDEN_PATHS)
def test_bundle_leaves_out(pattern: str) -> None:
    assert [str(p.relative_to(BUNDLE)) for p in BUNDLE.glob(pattern)] == []


def test_only_used_qt_modules_are_bundled() -> None:
    shipped = {p.name.split(".")[0] for p in (BUNDLE / "_internal" / "PySide6").glob("Qt*.so")}
    assert "QtWidgets" in shipped
    assert shipped <= USED_QT_MODULES


def test_frozen_modules_leave_out_dev_tools() -> None:
    readers = pytest.importorskip("PyInstaller.archive.readers")
    frozen = {name.split(".")[0] for name in readers.pkg_archive_contents(str(APP))}
    assert "comparer" in frozen and "ui" in frozen
    assert sorted(frozen & set(FORBIDDEN_MODULES)) == []


@pytest.mark.parametrize(
    "relative",
    [
        "_internal/comparer/storage/alembic.ini",
        "_internal/comparer/storage/migrations/env.py",
        "_internal/comparer/data/lexicons/SOURCES.md",
        "_internal/resources/icons/comparer.svg",
        "_internal/resources/icons/comparer-256.png",
        "_internal/resources/samples/000_4e61604985e9f101.txt",
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"share/icons/hicolor/16x16/apps/{APP_ID}.png",
        f"share/icons/hicolor/256x256/apps/{APP_ID}.png",
        "install.sh",
    ],
)
def test_bundle_ships(relative: str) -> None:
    assert (BUNDLE / relative).is_file()


def test_bundle_ships_metadata_of_every_dependency() -> None:
    """Help → About reads versions and licences from this metadata inside the bundle."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [re.split(r"[<>=!~ ;\[]", spec, maxsplit=1)[0] for spec in project["dependencies"]]
    shipped = {
        path.parent.name.split("-", 1)[0].lower().replace("_", "-")
        for path in (BUNDLE / "_internal").glob("*.dist-info/METADATA")
    }
    assert sorted(n for n in names if n.lower() not in shipped) == []


def test_install_script_makes_a_desktop_app(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env_home = tmp_path / "home"
    installed = subprocess.run(
        ["sh", str(BUNDLE / "install.sh")],
        env={**os.environ, "PREFIX": str(prefix), "HOME": str(env_home)},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    entry = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={prefix}/lib/comparer/comparer-app %F" in entry.splitlines()
    assert (prefix / "share/icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    for name in ("comparer-app", "comparer"):
        version = run([prefix / "bin" / name, "--version"], env_home)
        assert version.stdout.strip() == f"{name} {__version__}"
    removed = subprocess.run(
        ["sh", str(prefix / "lib" / "comparer" / "install.sh"), "--uninstall"],
        env={**os.environ, "PREFIX": str(prefix)},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "lib" / "comparer").exists()
    assert not (prefix / "bin" / "comparer-app").exists()


def test_tarball_holds_the_bundle() -> None:
    tarballs = sorted(BUNDLE.parent.glob(f"comparer-{__version__}-linux-*.tar.gz"))
    assert tarballs, "make package writes the tarball beside the bundle"
    with tarfile.open(tarballs[-1]) as archive:
        names = set(archive.getnames())
    assert {"comparer/comparer-app", "comparer/comparer", "comparer/install.sh"} <= names
