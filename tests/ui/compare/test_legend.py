"""The legend above the columns: every name whole, at 1280 pixels wide as at 1920.

On a 1280×800 screen the columns get about 900 pixels beside the library; the legend then
cut its names ("Only in t", "Identica"). A name cut short tells the reader nothing, so the
legend wraps onto a second row instead.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from comparer.model import Kind, Relation
from ui.compare import palette
from ui.compare.legend import Legend

NAMES = [palette.kind_style(k).label for k in Kind] + list(palette.RELATION_LABELS.values())


def legend_in(qtbot: QtBot, width: int, keep: list[QWidget]) -> Legend:
    """A legend at the top of a window ``width`` pixels wide, as above the columns."""
    holder = QWidget()
    keep.append(holder)  # pytest-qt holds widgets weakly
    qtbot.addWidget(holder)
    legend = Legend(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(legend)
    layout.addStretch(1)
    holder.resize(width, 300)
    holder.show()
    qtbot.waitExposed(holder)
    return legend


@pytest.mark.parametrize("width", [420, 700, 900, 1600])
def test_every_name_in_the_legend_is_shown_whole(qtbot: QtBot, width: int) -> None:
    keep: list[QWidget] = []
    legend = legend_in(qtbot, width, keep)
    labels = {label.text(): label for label in legend.findChildren(QLabel)}
    assert sorted(labels) == sorted(NAMES) and len(Relation) + len(Kind) == len(NAMES)
    for name, label in labels.items():
        assert label.isVisible()
        assert label.width() >= label.sizeHint().width(), name
        inside = QRect(label.mapTo(legend, QPoint(0, 0)), label.size())
        assert legend.rect().contains(inside), name


def test_a_wide_legend_takes_one_row(qtbot: QtBot) -> None:
    keep: list[QWidget] = []
    legend = legend_in(qtbot, 1600, keep)
    narrow = legend_in(qtbot, 420, keep)
    row = max(label.height() for label in legend.findChildren(QLabel))
    assert legend.height() < 2 * row + 8 < narrow.height()
