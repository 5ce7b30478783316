"""A kind of difference has the same colour in the window and in the exported report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from comparer.export.reports import write_report
from comparer.model import Kind
from comparer.sessions.attach import begin
from comparer.storage import Library
from tests.comparer.sessions.seed_session import import_seeds
from ui.compare.palette import KIND_STYLES
from ui.report_pdf import render


def window_highlight(kind: Kind) -> QColor:
    """What the window paints for ``kind`` on a white page (light theme), read back."""
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.fillRect(image.rect(), KIND_STYLES[kind].background(dark=False))
    painter.end()
    return image.pixelColor(4, 4)


def report_highlights(html: str) -> dict[str, QColor]:
    spans = re.findall(r'<span class="(\w+)" style="background-color:(#[0-9a-f]{6})"', html)
    return {kind: QColor(colour) for kind, colour in spans}


@pytest.mark.parametrize("kind", list(Kind))
def test_the_report_uses_the_window_colour_of_each_kind(
    library: Library, tmp_path: Path, kind: Kind
) -> None:
    attached = begin("Strike", import_seeds(library))
    target = tmp_path / "report.html"
    write_report(attached, "html", target, False, render)
    found = report_highlights(target.read_text(encoding="utf-8"))
    assert kind.value in found, sorted(found)
    painted, printed = window_highlight(kind), found[kind.value]
    channels = zip(painted.getRgb()[:3], printed.getRgb()[:3], strict=True)
    assert all(abs(a - b) <= 2 for a, b in channels), (painted.name(), printed.name())
