"""The Comparison → Columns menu: choose which articles are shown side by side.

A comparison may hold up to twenty articles; at most six fit as columns. Every article
stays in the analysis and the panes below; this menu only chooses what is painted.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from comparer.model import Comparison
from ui.compare import palette
from ui.compare.area import ComparisonArea
from ui.compare.visible import MAX_COLUMNS
from ui.plain_text import menu_text


class ColumnsMenu(QMenu):
    """One checkable entry per article of the open comparison."""

    def __init__(self, area: ComparisonArea, parent: QWidget | None = None) -> None:
        super().__init__("Co&lumns", parent)
        self._area = area
        self.setEnabled(False)

    def rebuild(self, comparison: Comparison | None) -> None:
        self.clear()
        self.setEnabled(comparison is not None)
        if comparison is None:
            return
        for compared in comparison.articles:
            name = palette.article_name(compared.article) or compared.article.source
            label = palette.keyed_name(compared.key, name)
            action = QAction(menu_text(label), self, checkable=True)
            action.setChecked(compared.key in self._area.shown_keys)
            action.toggled.connect(lambda on, a=action, k=compared.key: self._toggle(a, k, on))
            self.addAction(action)

    def _toggle(self, action: QAction, key: str, shown: bool) -> None:
        keys = [k for k in self._area.shown_keys if k != key]
        if shown:
            keys.append(key)
        comparison = self._area.comparison
        if comparison is None or not 2 <= len(keys) <= MAX_COLUMNS:
            action.blockSignals(True)  # refused: the check mark goes back as it was
            action.setChecked(not shown)
            action.blockSignals(False)
            return
        order = [a.key for a in comparison.articles]
        self._area.show_columns(sorted(keys, key=order.index))
