"""The right side of the window: the guide or an article, or the comparison with its panes.

Above, the article columns (or a single article, or the first-run guide); below, tabs with
the differences table and the other views of the comparison. With more articles than fit,
only the chosen columns are shown; the panes below always cover every article.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from comparer.model import Article, Comparison, Difference
from ui.article_view import ArticleView
from ui.compare import ComparisonView, DifferencesPanel
from ui.compare.visible import default_keys, visible_part


class ComparisonArea(QWidget):
    """Guide, single article or comparison, with the differences panel below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article_view = ArticleView()
        self.view = ComparisonView()
        self.panel = DifferencesPanel()
        self.panel.difference_chosen.connect(self.show_difference)
        self.view.difference_clicked.connect(self.panel.select_difference)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.article_view)
        self.stack.addWidget(self.view)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.panel, "Differences")
        self.tabs.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.comparison: Comparison | None = None
        self.shown_keys: list[str] = []

    def show_guide(self) -> None:
        self.article_view.show_guide()
        self.stack.setCurrentWidget(self.article_view)
        self.tabs.hide()

    def show_article(self, article: Article) -> None:
        self.article_view.show_article(article)
        self.stack.setCurrentWidget(self.article_view)
        self.tabs.hide()

    def show_comparison(self, comparison: Comparison | None) -> None:
        """Show a comparison (its first columns when there are many); None shows the guide."""
        self.comparison = comparison
        if comparison is None:
            self.view.set_comparison(None)
            self.panel.set_comparison(None)
            self.show_guide()
            return
        self.panel.set_comparison(comparison)
        self.show_columns(default_keys(comparison))
        self.stack.setCurrentWidget(self.view)
        self.tabs.show()

    def show_columns(self, keys: list[str]) -> None:
        """Show the articles with these keys as columns."""
        if self.comparison is None:
            return
        self.shown_keys = keys
        self.view.set_comparison(visible_part(self.comparison, keys))

    def show_difference(self, difference: Difference) -> None:
        """Scroll the columns to a difference, bringing its article into view if hidden."""
        if difference.article not in self.shown_keys:
            self.show_columns([*self.shown_keys[:-1], difference.article])
        self.view.show_difference(difference)
