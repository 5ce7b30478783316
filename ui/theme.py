"""Whether the window wears a dark theme: asked by both sides of the window (the library's
dialogs and the comparison's colours), so it sits below them."""

from __future__ import annotations

from PySide6.QtGui import QPalette


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark theme, judged by its window colour's lightness."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
