"""Export the app icon (``resources/icons/comparer.svg``) to PNG sizes with Qt's SVG renderer.

Desktops and PyInstaller want bitmaps (hicolor PNGs, a Windows ``.ico``); the SVG stays the
only committed source and every PNG is made here at build time, never committed.
Run as ``python packaging/icons.py OUT_DIR``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "comparer.svg"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent square of ``size`` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def export(out_dir: Path, svg: Path = SVG, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write ``comparer-<size>.png`` for each size and return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        path = out_dir / f"comparer-{size}.png"
        if not render(svg, size).save(str(path)):
            raise OSError(f"cannot write {path}")
        written.append(path)
    return written


def application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (painting needs one)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


def main(argv: list[str]) -> int:
    app = application()
    for path in export(Path(argv[0])):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
