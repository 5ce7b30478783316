"""The app icon: the SVG renders, reads at 16 and 256 px, and the build exports its PNG sizes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import icons  # packaging/icons.py, put on the path by conftest.py
import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "comparer.svg"

# Where the SVG (viewBox 0 0 256) draws its three aligned bars: (x, y) inside each bar.
BARS = [((128, 86), "#2f80ed"), ((128, 132), "#f2994a"), ((128, 178), "#27ae60")]


def test_svg_is_square_and_titled() -> None:
    root = ET.parse(SVG).getroot()
    assert root.get("viewBox") == "0 0 256 256"
    assert root.findtext("{http://www.w3.org/2000/svg}title") == "Comparer"


@pytest.mark.parametrize(("point", "colour"), BARS)
def test_256_px_shows_the_coloured_bars(point: tuple[int, int], colour: str, qapp: object) -> None:
    image = icons.render(SVG, 256)
    assert image.pixelColor(*point).name() == colour


def test_16_px_is_still_coloured_and_has_a_transparent_corner(qapp: object) -> None:
    image = icons.render(SVG, 16)
    colours = {image.pixelColor(x, y).name() for x in range(16) for y in range(16)}
    assert {"#2f80ed", "#f2994a", "#27ae60"} & colours  # bars survive down-scaling
    assert image.pixelColor(15, 0).alpha() == 0  # pages do not fill the whole square


def test_export_writes_every_size(tmp_path: Path, qapp: object) -> None:
    written = icons.export(tmp_path, sizes=(16, 48, 256))
    assert [p.name for p in written] == ["comparer-16.png", "comparer-48.png", "comparer-256.png"]
    for path, size in zip(written, (16, 48, 256), strict=True):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_invalid_svg_is_refused(tmp_path: Path, qapp: object) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="not a valid SVG"):
        icons.render(broken, 16)
