"""The tone table of the Framing tab: per report, its tone words per 1,000 words.

Tone words (negative and positive evaluative words, emotive words, hedges, boosters) are no
findings, but their rates side by side show which outlet leans on them: the engine counts
them per article in its own voice (``Comparison.tone``); this table only words and lays out
those counts. Rates are per 1,000 words so that a long report and a short one compare; the
raw counts are in each cell's tooltip. All cells are plain text (the most used words come
from the articles).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from comparer.model import Comparison, Tone
from ui.compare import palette

COLUMNS = ("Report", "Negative", "Positive", "Emotive", "Hedges", "Boosters", "Most used")
PER = 1000


def rate(count: int, words: int) -> str:
    """``count`` per 1,000 of ``words``, one decimal ("–" for an empty article)."""
    return f"{count * PER / words:.1f}" if words else "–"


def _cell(text: str, tip: str = "", number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tip:
        item.setToolTip(tip)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ToneTable(QTableWidget):
    """One row per report: tone words per 1,000 words in its own voice."""

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setToolTip(
            "Tone words per 1,000 words in each report's own voice (quotes left out). "
            "Not findings: a summary of how each outlet writes."
        )

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show the tone of each article of ``comparison`` (none: an empty, hidden table)."""
        tones = comparison.tone if comparison is not None else ()
        articles = comparison.articles if comparison is not None else ()
        names = {c.key: palette.article_name(c.article) for c in articles}
        self.setRowCount(len(tones))
        for row, tone in enumerate(tones):
            self._fill(row, palette.keyed_name(tone.article, names.get(tone.article, "")), tone)
        self.setVisible(bool(tones))
        self.setMaximumHeight(self._height())

    def _fill(self, row: int, name: str, tone: Tone) -> None:
        self.setItem(row, 0, _cell(name, f"{tone.words} words read"))
        counts = (tone.negative, tone.positive, tone.emotive, tone.hedges, tone.boosters)
        for column, count in enumerate(counts, start=1):
            tip = f"{count} in {tone.words} words"
            self.setItem(row, column, _cell(rate(count, tone.words), tip, number=True))
        self.setItem(row, len(COLUMNS) - 1, _cell(", ".join(tone.top)))

    def _height(self) -> int:
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        return self.horizontalHeader().height() + rows + 2 * self.frameWidth() + 2

    def cell_texts(self, row: int) -> list[str]:
        """The texts of one row, left to right."""
        return [self.item(row, c).text() for c in range(self.columnCount())]
