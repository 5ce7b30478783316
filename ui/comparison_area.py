"""The right side of the window: the guide or an article, or the comparison with its panes.

Above, the find bar and the article columns (or a single article, or the first-run
guide); below, tabs with the summary of key differences (shown first), the differences
table, the numbers, the framing and the events. Minor findings are left out of the columns,
the differences table and the framing tree until the summary's switch shows them.
With more articles than fit, only the chosen columns are shown; the panes below always
cover every article, and choosing something in a hidden article brings it into view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from comparer.model import Article, Comparison, Difference
from ui.article_view import ArticleView
from ui.compare import (
    ComparisonView,
    DifferencesPanel,
    EventsView,
    FindBar,
    FramingView,
    NumbersView,
)
from ui.compare.summary_view import SummaryView, without_minor
from ui.compare.visible import default_keys, visible_part
from ui.compare_bar import CompareBar


class ComparisonArea(QWidget):
    """Guide, single article or comparison, with the analysis panes below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article_view = ArticleView()
        self.compare_bar = CompareBar()
        self.view = ComparisonView()
        self.find_bar = FindBar(self.view)
        self.panel = DifferencesPanel()
        self.numbers = NumbersView()
        self.framing = FramingView()
        self.events = EventsView()
        self.summary = SummaryView()
        self.show_minor = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.article_view)
        self.stack.addWidget(self._comparison_page())
        self.tabs = self._tabs()
        self._connect()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.compare_bar)
        layout.addWidget(splitter)
        self.comparison: Comparison | None = None
        self.shown_keys: list[str] = []

    def _comparison_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        return page

    def _tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.addTab(self.summary, "Summary")
        tabs.addTab(self.panel, "Differences")
        tabs.addTab(self.numbers, "Numbers")
        tabs.addTab(self.framing, "Framing")
        tabs.addTab(self.events, "Events")
        tabs.hide()
        return tabs

    def _connect(self) -> None:
        self.panel.difference_chosen.connect(self.show_difference)
        self.summary.difference_chosen.connect(self.show_difference)
        self.summary.show_minor_changed.connect(self.set_show_minor)
        self.framing.difference_chosen.connect(self.show_difference)
        self.numbers.figure_chosen.connect(self.show_span)
        self.view.difference_clicked.connect(self.panel.select_difference)
        self.view.difference_clicked.connect(self.framing.select_difference)

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
        for pane in (self.summary, self.panel, self.numbers, self.framing, self.events):
            pane.set_comparison(comparison)
        if comparison is None:
            self.view.set_comparison(None)
            self.show_guide()
            return
        events = self.tabs.indexOf(self.events)
        self.tabs.setTabText(events, "Events ⚠" if self.events.several() else "Events")
        self.show_columns(default_keys(comparison))
        self.stack.setCurrentIndex(1)
        self.tabs.setCurrentWidget(self.summary)
        self.tabs.show()

    def show_columns(self, keys: list[str]) -> None:
        """Show the articles with these keys as columns."""
        if self.comparison is None:
            return
        self.shown_keys = keys
        shown = self.comparison if self.show_minor else without_minor(self.comparison)
        self.view.set_comparison(visible_part(shown, keys))

    def set_show_minor(self, show: bool) -> None:
        """Highlight the minor findings in the columns too, or leave them out."""
        self.show_minor = show
        self.panel.set_show_minor(show)
        self.framing.set_show_minor(show)
        self.show_columns(self.shown_keys)

    def _reveal(self, key: str) -> None:
        if key not in self.shown_keys:
            self.show_columns([*self.shown_keys[:-1], key])

    def show_difference(self, difference: Difference) -> None:
        """Scroll the columns to a difference, bringing its article into view if hidden."""
        self._reveal(difference.article)
        self.view.show_difference(difference)

    def show_span(self, key: str, start: int, end: int) -> None:
        """Scroll to a span of an article (a figure of the numbers table, say)."""
        self._reveal(key)
        self.view.show_span(key, start, end)
