"""Build Comparer's standalone Linux application: a one-folder bundle and a tarball.

Steps: export the icon PNGs with Qt, freeze the app with PyInstaller (``comparer.spec``)
into ``dist/comparer/``, add the desktop integration files (``share/``: menu entry, icons,
AppStream metadata) and ``install.sh``, pack ``dist/comparer-<version>-linux-<arch>.tar.gz``,
then print the bundle's size and start time (``build/package-report.json`` keeps them).
Run from anywhere: ``python packaging/build.py`` (``make package`` runs it in the venv).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from dataclasses import asdict
from pathlib import Path

import icons
import measure

from comparer import __version__

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "comparer"
APP_ID = "org.comparer.Comparer"


def freeze(icon_dir: Path) -> None:
    """Run PyInstaller on the spec; the old bundle is replaced."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller")]
    # PyInstaller imports Qt while analysing; it must not need a display for that.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPARER_ICON_DIR": str(icon_dir)}
    subprocess.run([*command, str(HERE / "comparer.spec")], check=True, env=env, cwd=ROOT)


def strip_interpreter(bundle: Path) -> None:
    """Drop the debug symbols of libpython and the stdlib's extension modules (-17 MB).

    Only these: PyInstaller's own ``strip`` option also strips the libraries that wheels
    ship in ``*.libs`` folders, and numpy's OpenBLAS no longer loads after that.
    """
    strip = shutil.which("strip")
    internal = bundle / "_internal"
    targets = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    if strip and targets:
        subprocess.run([strip, "--strip-unneeded", *map(str, targets)], check=True)


def link_cli(bundle: Path) -> None:
    """``comparer``, the command line: the same program under the name launch.py checks."""
    cli = bundle / "comparer"
    if os.name != "nt" and not cli.exists():
        cli.symlink_to("comparer-app")


def add_desktop_files(bundle: Path, pngs: list[Path]) -> None:
    """The freedesktop layout under ``share/`` that install.sh copies, plus install.sh."""
    share = bundle / "share"
    _copy(HERE / f"{APP_ID}.desktop", share / "applications")
    _copy(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")
    hicolor = share / "icons" / "hicolor"
    _copy(ROOT / "resources" / "icons" / "comparer.svg", hicolor / "scalable" / "apps", APP_ID)
    for png in pngs:
        size = png.stem.rsplit("-", 1)[1]
        _copy(png, hicolor / f"{size}x{size}" / "apps", APP_ID)
    _copy(HERE / "install.sh", bundle)


def _copy(source: Path, folder: Path, stem: str | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{stem}{source.suffix}" if stem else source.name
    shutil.copy2(source, folder / name)


def make_tarball(bundle: Path) -> Path:
    """``comparer-<version>-<system>-<arch>.tar.gz`` with the bundle folder at its top."""
    machine = platform.machine().lower() or "unknown"
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    tarball = bundle.parent / f"comparer-{__version__}-{system}-{machine}.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=bundle.name)
    return tarball


def main() -> int:
    icon_dir = BUILD / "icons"
    app = icons.application()
    pngs = icons.export(icon_dir)
    del app
    freeze(icon_dir)
    strip_interpreter(BUNDLE)
    link_cli(BUNDLE)
    add_desktop_files(BUNDLE, pngs)
    tarball = make_tarball(BUNDLE)
    samples = sorted((ROOT / "resources" / "samples").glob("*.txt"))[:2]
    measures = measure.measure(BUNDLE, tarball, samples)
    (BUILD / "package-report.json").write_text(json.dumps(asdict(measures), indent=2) + "\n")
    print(f"built {BUNDLE} and {tarball}")
    print(measure.report(measures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
