"""The framing summary: per report, how it frames the story, grouped by kind of finding.

The analysis engine reports framing as differences of kind ``FRAMING`` whose ``type`` is a
code of its own ("label_swap", "hedge", "scare_quote", ...). This view does not interpret
the codes: it groups each report's findings by type, counts them, words the type with
:func:`palette.type_label` and lists the findings under it in reading order, so a journalist
sees at a glance that one outlet hedges and the other uses loaded terms. Picking a finding
emits it, for the window to show in its column. Findings ranked minor are listed only while
the Summary tab's switch shows them. Above the tree, :class:`~ui.compare.tone_view.ToneTable`
gives each report's tone words per 1,000 words (a summary, not findings).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from comparer.model import Comparison, Difference, Kind
from ui.compare import palette
from ui.compare.differences import DIFFERENCE_ROLE
from ui.compare.tone_view import ToneTable
from ui.plain_text import tooltip

COLUMNS = ("Finding", "Explanation")
TONE_CAPTION = "Tone words per 1,000 words, in each report's own voice (not findings):"


def _item(text: str, tip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if tip:
        item.setToolTip(tooltip(tip))
    return item


def _one_line(text: str) -> str:
    return " ".join(text.split())


class FramingModel(QStandardItemModel):
    """Article → type of finding → finding, with counts on the upper two levels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(list(COLUMNS))

    def set_comparison(self, comparison: Comparison | None, show_minor: bool = False) -> None:
        """Summarise the framing findings of ``comparison`` (``None`` empties the tree),
        the minor ones too when ``show_minor``."""
        self.clear()
        self.setHorizontalHeaderLabels(list(COLUMNS))
        if comparison is None:
            return
        found: dict[str, list[Difference]] = defaultdict(list)
        for difference in comparison.differences:
            if difference.kind is Kind.FRAMING and (show_minor or not difference.minor):
                found[difference.article].append(difference)
        totals = {key: Counter(d.type for d in items) for key, items in found.items()}
        for compared in comparison.articles:
            title = palette.keyed_name(compared.key, palette.article_name(compared.article))
            self._add_article(title, found.get(compared.key, []), totals)

    def _add_article(
        self, title: str, findings: list[Difference], totals: dict[str, Counter[str]]
    ) -> None:
        count = len(findings)
        top = _item(f"{title} — {count} finding{'' if count == 1 else 's'}")
        by_type: dict[str, list[Difference]] = defaultdict(list)
        for difference in sorted(findings, key=lambda d: (d.start, d.end)):
            by_type[difference.type].append(difference)
        order = sorted(by_type, key=lambda t: (-len(by_type[t]), palette.type_label(t)))
        for code in order:
            top.appendRow([self._type_row(code, by_type[code], totals), _item("")])
        self.appendRow([top, _item("")])

    def _type_row(
        self, code: str, findings: list[Difference], totals: dict[str, Counter[str]]
    ) -> QStandardItem:
        label = palette.type_label(code)
        across = " · ".join(f"{key}: {counts[code]}" for key, counts in sorted(totals.items()))
        row = _item(f"{label} ({len(findings)})", f"{label} in every report — {across}")
        for difference in findings:
            row.appendRow(self._finding_row(difference))
        return row

    def _finding_row(self, difference: Difference) -> list[QStandardItem]:
        tip = difference.explanation or palette.type_label(difference.type)
        items = [
            _item(_one_line(difference.text), tip),
            _item(_one_line(difference.explanation), tip),
        ]
        for item in items:
            item.setData(difference, DIFFERENCE_ROLE)
        return items


class FramingView(QWidget):
    """The framing tree; picking a finding emits ``difference_chosen(Difference)``."""

    difference_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.comparison: Comparison | None = None
        self.show_minor = False
        self.tone = ToneTable()
        self.tone_caption = QLabel(TONE_CAPTION, self)
        self.model = FramingModel(self)
        self.empty = QLabel("No framing differences found", self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tone_caption)
        layout.addWidget(self.tone)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.tree.selectionModel().currentChanged.connect(self._emit_row)
        self.tree.activated.connect(self._emit_row)
        self.set_comparison(None)

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Summarise the framing of ``comparison``; articles open, types closed."""
        self.comparison = comparison
        self.tone.set_comparison(comparison)
        self.tone_caption.setVisible(bool(comparison and comparison.tone))
        self.model.set_comparison(comparison, self.show_minor)
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)
        has_findings = any(
            self.model.item(row).hasChildren() for row in range(self.model.rowCount())
        )
        self.tree.setVisible(has_findings)
        self.empty.setVisible(not has_findings)

    def set_show_minor(self, show: bool) -> None:
        """List the findings ranked minor too, or leave them out (the default)."""
        self.show_minor = show
        self.set_comparison(self.comparison)

    def findings(self, key: str, code: str) -> list[Difference]:
        """The findings listed under article ``key`` and type ``code``, in tree order."""
        found = [index.data(DIFFERENCE_ROLE) for index in self._leaves()]
        return [d for d in found if (d.article, d.type) == (key, code)]

    def select_difference(self, difference: Difference) -> None:
        """Open the tree at ``difference`` and select it without announcing it."""
        for index in self._leaves():
            if index.data(DIFFERENCE_ROLE) == difference:
                self._quiet = True
                try:
                    self.tree.setCurrentIndex(index)
                finally:
                    self._quiet = False
                self.tree.scrollTo(index)
                return

    def _leaves(self) -> list[QModelIndex]:
        found = []
        for row in range(self.model.rowCount()):
            top = self.model.index(row, 0)
            for child in range(self.model.rowCount(top)):
                kind_row = self.model.index(child, 0, top)
                rows = range(self.model.rowCount(kind_row))
                found += [self.model.index(i, 0, kind_row) for i in rows]
        return found

    def _emit_row(self, index: QModelIndex) -> None:
        value = index.data(DIFFERENCE_ROLE)
        if isinstance(value, Difference) and not self._quiet:
            self.difference_chosen.emit(value)
