"""The comparison view: 2–6 article columns side by side, joined by link maps.

:class:`ComparisonView` lays out one pane per article in a splitter (header, the headline
row, then link map to the left neighbour, text, overview ruler), a legend and the
page-furniture switch above. It
keeps the columns level: when one scrolls, every other one scrolls to the height its aligned
sentences map to (see :mod:`sync`). :meth:`ComparisonView.show_difference` brings a
difference and its counterpart into view; :func:`bind_panel` connects a differences panel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from comparer.model import Comparison, Difference
from ui.compare import palette
from ui.compare.column import CURRENT, ArticleText
from ui.compare.column_header import ColumnHeader
from ui.compare.columns_room import MIN_COLUMN, ColumnsScroll
from ui.compare.differences import DifferencesPanel
from ui.compare.headline import HeadlineText, level
from ui.compare.index import ComparisonIndex
from ui.compare.legend import Legend
from ui.compare.linkmap import LinkMap
from ui.compare.ruler import OverviewRuler
from ui.compare.sync import anchors, map_y


class ArticlePane(QWidget):
    """One column of the view: header, headline, link map to the left neighbour, text, ruler."""

    def __init__(self, key: str, index: ComparisonIndex, left: ArticleText | None) -> None:
        super().__init__()
        self.key = key
        self.header = ColumnHeader(key, index.articles[key], self)
        self.headline = HeadlineText(self)
        row_of_headlines = index.comparison.headline
        self.headline.show_headline(row_of_headlines, index.headline(key))
        # The headline row shows the title in full and marked: the header need not repeat it.
        self.header.title.setVisible(row_of_headlines is None)
        self.text = ArticleText(self)
        self.text.names = {k: index.title(k) for k in index.keys}
        self.ruler = OverviewRuler(self.text, self)
        self.linkmap = LinkMap(left, self.text, self) if left is not None else None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        if self.linkmap is not None:
            row.addWidget(self.linkmap)
        row.addWidget(self.text, 1)
        row.addWidget(self.ruler)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.setMinimumWidth(MIN_COLUMN)
        layout.addWidget(self.header)
        layout.addWidget(self.headline)
        layout.addLayout(row, 1)


class ComparisonView(QWidget):
    """Articles of a :class:`Comparison` in linked, synchronously scrolling columns."""

    difference_clicked = Signal(object)
    details_requested = Signal(int)
    # The columns were (re)filled: positions found in their text before are stale.
    rendered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.current: Difference | None = None
        self.index: ComparisonIndex | None = None
        self.panes: list[ArticlePane] = []
        self.corrections: dict[int, str] = {}
        self.context_actions: list[QAction] = []
        self.dismissed: frozenset[Difference] = frozenset()
        # Keys of the columns the reader last clicked into, most recent first.
        self.recent: list[str] = []
        self._syncing = False
        self._anchor_cache: dict[
            tuple[ArticleText, ArticleText], tuple[tuple[int, int], list[tuple[float, float]]]
        ] = {}
        self.legend = Legend(self)
        self.furniture_box = QCheckBox(palette.FURNITURE_LABEL, self)
        self.furniture_box.setToolTip(
            "Show the removed page furniture (navigation, adverts and the like) where it stood"
        )
        self.furniture_box.toggled.connect(self._render_texts)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.columns = ColumnsScroll(self.splitter, self)
        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.furniture_box, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.columns, 1)

    @property
    def texts(self) -> dict[str, ArticleText]:
        """The text widget of each article, by key."""
        return {pane.key: pane.text for pane in self.panes}

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison`` (``None`` clears the view)."""
        reader = self._reader_place()
        for pane in self.panes:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        self.recent = []
        self._anchor_cache.clear()
        self.comparison = comparison
        self.current = None
        self.index = ComparisonIndex(comparison) if comparison else None
        if self.index is not None:
            self._add_panes(self.index)
        self._render_texts()
        if reader is not None:
            self._return_reader(*reader)

    def show_corrections(self, lines: dict[int, str]) -> None:
        """Mark the headers of articles whose details were corrected by hand; ``lines`` by
        article id says what import read (kept for the columns shown again)."""
        self.corrections = lines
        for pane in self.panes:
            pane.header.set_corrected(lines.get(pane.header.article_id, ""))

    def _reader_place(self) -> tuple[str, str, int] | None:
        """The column the keyboard is in: its key, article and caret, to come back to."""
        for pane in self.panes:
            if pane.text.hasFocus():
                article = self.index.articles[pane.key] if self.index else None
                where = pane.text.textCursor().position()
                return pane.key, article.content_hash if article else "", where
        return None

    def _return_reader(self, key: str, content_hash: str, caret: int) -> None:
        # Redone columns (a link, a detail) replace the focused one: without this the
        # keyboard fell back to the library filter and the caret to the top.
        text = self.texts.get(key)
        if text is None or self.index is None:
            return
        text.setFocus()
        if self.index.articles[key].content_hash == content_hash:
            cursor = text.textCursor()
            cursor.setPosition(min(caret, len(text.toPlainText())))
            spot = text.verticalScrollBar().value()
            text.setTextCursor(cursor)
            text.verticalScrollBar().setValue(spot)

    def _add_panes(self, index: ComparisonIndex) -> None:
        left: ArticleText | None = None
        for key in index.keys:
            pane = ArticlePane(key, index, left)
            self.splitter.addWidget(pane)
            self.panes.append(pane)
            pane.text.verticalScrollBar().valueChanged.connect(self._follower(pane.text))
            pane.text.difference_clicked.connect(self._clicked)
            pane.ruler.difference_picked.connect(self._picked)
            pane.text.focused.connect(self._focuser(pane.key))
            pane.header.edit_requested.connect(self.details_requested)
            pane.header.set_corrected(self.corrections.get(pane.header.article_id, ""))
            pane.headline.reflowed.connect(self._level_headlines)
            pane.text.context_actions = self.context_actions
            pane.text.dismissed = self.dismissed
            left = pane.text
        for before, pane in zip(self.panes, self.panes[1:], strict=False):
            assert pane.linkmap is not None
            pane.linkmap.set_index(index, before.key, pane.key)
        # Built after the tabs below, the columns would come last in the Tab order.
        previous: QWidget = self.furniture_box
        for pane in self.panes:
            for widget in (pane.headline, pane.text):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        self.splitter.setSizes([1000] * len(self.panes))

    def _level_headlines(self) -> None:
        level([pane.headline for pane in self.panes])

    def _focuser(self, key: str) -> Callable[[], None]:
        def focused() -> None:
            self.recent = [key, *(k for k in self.recent if k != key)]

        return focused

    def picked_sentences(self) -> list[tuple[str, int]]:
        """The sentence at the text cursor of each recently clicked column, newest first."""
        texts = self.texts
        found = [(key, texts[key].sentence_at_cursor()) for key in self.recent if key in texts]
        return [(key, index) for key, index in found if index is not None]

    def set_dismissed(self, dismissed: frozenset[Difference]) -> None:
        """Draw the differences the reviewer dismissed quietly, in every column."""
        self.dismissed = dismissed
        for text in self.texts.values():
            text.set_dismissed(dismissed)

    def scroll_position(self) -> int:
        """How far the first column is scrolled (the others follow it)."""
        return self.panes[0].text.verticalScrollBar().value() if self.panes else 0

    def set_scroll_position(self, value: int) -> None:
        """Scroll the first column to ``value`` and level the others with it."""
        if self.panes:
            self.panes[0].text.verticalScrollBar().setValue(value)
            self.follow(self.panes[0].text)

    def show_furniture(self) -> bool:
        """Whether removed page furniture is shown back in place."""
        return self.furniture_box.isChecked()

    def set_show_furniture(self, shown: bool) -> None:
        """Show or hide removed page furniture (hidden by default)."""
        self.furniture_box.setChecked(shown)

    def _render_texts(self) -> None:
        if self.index is None:
            self.rendered.emit()
            return
        for pane in self.panes:
            spot = pane.text.verticalScrollBar().value()
            pane.text.show_article(
                self.index.articles[pane.key],
                self.index.differences(pane.key),
                self.index.unshared(pane.key),
                self.show_furniture(),
            )
            pane.text.verticalScrollBar().setValue(spot)
            pane.ruler.refresh()
        if self.current is not None:
            self._mark(self.current)
        self.rendered.emit()

    def _clicked(self, difference: Difference) -> None:
        # A clicked highlight becomes the current difference, its counterpart lit with it.
        self._mark(difference)
        self.difference_clicked.emit(difference)

    def _picked(self, difference: Difference) -> None:
        self.show_difference(difference)
        self.difference_clicked.emit(difference)

    def _follower(self, source: ArticleText) -> Callable[[int], None]:
        return lambda value: self.follow(source)

    def follow(self, source: ArticleText) -> None:
        """Scroll the other columns so their aligned sentences sit level with ``source``'s.

        Levelling runs outward neighbour by neighbour, because neighbours are what the link
        maps join and what a reader compares.
        """
        if self._syncing or self.index is None:
            return
        texts = [pane.text for pane in self.panes]
        at = texts.index(source)
        self._syncing = True
        try:
            for i in range(at + 1, len(texts)):
                self._level(texts[i - 1], texts[i])
            for i in range(at - 1, -1, -1):
                self._level(texts[i + 1], texts[i])
        finally:
            self._syncing = False

    def _level(self, source: ArticleText, target: ArticleText) -> None:
        bar = source.verticalScrollBar()
        # Level the top at the top, the bottom at the bottom, and in between slide along.
        fraction = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        here = bar.value() + fraction * source.viewport().height()
        there = map_y(self._anchors(source, target), here)
        target.verticalScrollBar().setValue(round(there - fraction * target.viewport().height()))

    def _anchors(self, source: ArticleText, target: ArticleText) -> list[tuple[float, float]]:
        key = (source, target)
        generations = (source.layout_generation, target.layout_generation)
        cached = self._anchor_cache.get(key)
        if cached is None or cached[0] != generations:
            cached = (generations, self._find_anchors(source, target))
            self._anchor_cache[key] = cached
        return cached[1]

    def _find_anchors(self, source: ArticleText, target: ArticleText) -> list[tuple[float, float]]:
        assert self.index is not None
        keys = {pane.text: pane.key for pane in self.panes}
        bands = []
        for link in self.index.links(keys[source], keys[target]):
            ys_source = source.sentences_y(link.left)
            ys_target = target.sentences_y(link.right)
            if ys_source is not None and ys_target is not None:
                bands.append((*ys_source, *ys_target))
        # The scroll range, not the document size: the ends must meet exactly.
        heights = [
            t.verticalScrollBar().maximum() + t.viewport().height() for t in (source, target)
        ]
        return anchors(bands, *heights)

    def show_difference(self, difference: Difference) -> None:
        """Scroll ``difference`` into the middle of its column, mark it and its counterpart."""
        text = self.texts.get(difference.article)
        if text is None:
            return
        start, end = text.span_of(difference)
        text.scroll_to_position(start, end)
        self.follow(text)
        other = self._mark(difference)
        if other is not None and not other[0].is_visible(*other[1]):
            # The counterpart may sit far from the aligned rows (a label swap in another
            # paragraph): show it without levelling, which would scroll the difference away.
            self._scroll_alone(*other)

    def show_span(self, key: str, start: int, end: int) -> None:
        """Scroll article ``key``'s range ``[start, end)`` (article offsets) into view, marked.

        For things that are not differences, such as a figure picked in the numbers table.
        """
        text = self.texts.get(key)
        if text is None:
            return
        self._unmark(None)
        span = text.rendered.span(start, end)
        text.scroll_to_position(*span)
        self.follow(text)
        text.select_range(*span)

    def mark_headlines(self, keys: tuple[str, ...]) -> None:
        """Mark the headlines of the articles ``keys`` as what the reader is looking at."""
        self._unmark(None)
        for pane in self.panes:
            pane.headline.set_marked(pane.key in keys)

    def _unmark(self, current: Difference | None) -> None:
        """Take the current marks off every column and headline; ``current`` is next."""
        self.current = current
        for pane in self.panes:
            pane.text.set_layer(CURRENT, [])
            pane.headline.set_marked(False)

    def mark_also(self, differences: Sequence[Difference]) -> None:
        """Mark ``differences`` and their counterparts as current too, beside what is
        marked (the other findings of a key difference); those in hidden columns are not."""
        extra: dict[str, list[tuple[int, int]]] = {}
        for d in differences:
            text = self.texts.get(d.article)
            if text is not None:
                extra.setdefault(d.article, []).append(text.span_of(d))
            shown = self._counterpart_shown(d)
            if shown is not None:
                extra.setdefault(shown[0], []).append(shown[2])
        for key, spans in extra.items():
            text = self.texts[key]
            text.set_layer(CURRENT, [*text.layer(CURRENT), *spans])
        self.reveal_marks()

    def reveal_marks(self) -> None:
        """Scroll each column that shows none of its current marks to the first of them,
        alone (a restored scroll position levels the columns, and can hide a mark)."""
        for text in self.texts.values():
            marked = text.layer(CURRENT)
            if marked and not any(text.is_visible(*span) for span in marked):
                self._scroll_alone(text, marked[0])

    def _scroll_alone(self, text: ArticleText, span: tuple[int, int]) -> None:
        """Scroll one column to ``span`` without levelling the others with it."""
        self._syncing = True
        try:
            text.scroll_to_position(*span)
        finally:
            self._syncing = False

    def mark(self, difference: Difference) -> None:
        """Mark ``difference`` and its counterpart as current, without scrolling."""
        self._mark(difference)

    def _mark(self, difference: Difference) -> tuple[ArticleText, tuple[int, int]] | None:
        """Mark ``difference`` and its counterpart; return where the counterpart is shown."""
        self._unmark(difference)
        texts = self.texts
        texts[difference.article].select_range(*texts[difference.article].span_of(difference))
        shown = self._counterpart_shown(difference)
        if shown is None:
            return None
        _key, other, span = shown
        other.select_range(*span)
        return other, span

    def _counterpart_shown(
        self, difference: Difference
    ) -> tuple[str, ArticleText, tuple[int, int]] | None:
        """The column showing ``difference``'s counterpart (its key and text) and the span
        the counterpart takes there; None without a counterpart or in a hidden column."""
        counterpart = difference.counterpart
        other = self.texts.get(counterpart.article) if counterpart else None
        if counterpart is None or other is None:
            return None
        return counterpart.article, other, other.rendered.span(counterpart.start, counterpart.end)


def bind_panel(view: ComparisonView, panel: DifferencesPanel) -> None:
    """Let rows picked in ``panel`` scroll ``view``, and clicks in ``view`` select rows."""
    panel.difference_chosen.connect(view.show_difference)
    view.difference_clicked.connect(panel.select_difference)
