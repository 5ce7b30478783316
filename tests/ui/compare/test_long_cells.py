"""A long sentence in the differences table: elided in its cell, whole in the cell's tooltip.

The Text and Counterpart cells share the width the other columns leave, so a sentence only
one report carries shows as "During his news conference Friday, LePage offered more…".
Hovering the cell must show the sentence whole, or the journalist cannot read what was left
out without leaving the table.
"""

from __future__ import annotations

from compare_seeds import Builder, strike_articles
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from comparer.model import Kind
from tests.ui.conftest import placed, shown_text
from ui.compare import DifferencesPanel
from ui.compare.differences import COUNTERPART_COLUMN, TEXT_COLUMN

SENTENCE = (
    "The letter cited the latest of such attacks committed on Saturday by coalition "
    "warplanes against residential sites in Tal al-Shaer and Al-Duwaiji in Deir-ez-Zor"
)
OTHER = (
    "Yesterday, at least 10 civilians were killed and many more left injured in a new "
    "massacre by the US-led International alliance in Al Duwaiji village"
)


def test_hovering_an_elided_cell_shows_the_whole_sentence(qtbot: QtBot) -> None:
    b = Builder(strike_articles())
    b.diff(Kind.OMISSION, "sentence", ("A", SENTENCE), None, None, "Only in A.")
    b.diff(Kind.WORDING, "replaced", ("B", "Yesterday"), ("A", SENTENCE), None, "Reworded.")
    b.diff(Kind.WORDING, "replaced", ("A", "Saturday"), ("B", OTHER), None, "Reworded.")
    panel = placed(qtbot, DifferencesPanel(), b.comparison(), (900, 400), show=True)
    tips = {}
    for row in range(panel.proxy.rowCount()):
        for column in (TEXT_COLUMN, COUNTERPART_COLUMN):
            index = panel.proxy.index(row, column)
            tips[index.data()] = shown_text(index.data(Qt.ItemDataRole.ToolTipRole))
    assert panel.table.columnWidth(TEXT_COLUMN) < panel.table.sizeHintForColumn(TEXT_COLUMN)
    assert SENTENCE in tips[SENTENCE] and "Only in A." in tips[SENTENCE]
    assert SENTENCE in tips[f"A: {SENTENCE}"]
    assert OTHER in tips[f"B: {OTHER}"]
