"""The right side of the window: the guide or an article, or the comparison with its panes.

Above, the find bar and the article columns (or a single article, or the first-run
guide); below, tabs with the summary of key differences (shown first), the differences
table, the numbers, the framing and the events. Minor findings are left out of the columns,
the differences table and the framing tree until the summary's switch shows them.
With more articles than fit, only the chosen columns are shown; the panes below always
cover every article, and choosing something in a hidden article brings it into view (a key
difference brings every article it concerns, in place of the last columns it does not).

Other modules (the window, its menus, the review actions, the saved view) use the small
API at the end of :class:`ComparisonArea`; they never reach into its panes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from comparer.model import Comparison, Difference, KeyDifference, Kind
from ui.compare import (
    ComparisonView,
    DifferencesPanel,
    EventsView,
    FindBar,
    FramingView,
    NumbersView,
)
from ui.compare.compare_bar import CompareBar
from ui.compare.review import NO_MARKS, ReviewMarks
from ui.compare.summary_view import SummaryView, without_minor
from ui.compare.visible import default_keys, visible_part
from ui.library.article_view import ArticleText, ArticleView


class ComparisonArea(QWidget):
    """Guide, single article or comparison, with the analysis panes below."""

    # An article's header asked to correct its details (the article id).
    details_requested = Signal(int)
    # The "show removed page furniture" switch above the columns was turned on or off.
    furniture_toggled = Signal(bool)

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
        self.find_bar.open_action.setEnabled(False)
        self.stack.currentChanged.connect(
            lambda page: self.find_bar.open_action.setEnabled(page == 1)
        )
        self.tabs = self._tabs()
        self._connect()
        self.split = QSplitter(Qt.Orientation.Vertical)  # the columns above, the tabs below
        self.split.addWidget(self.stack)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.compare_bar)
        layout.addWidget(self.split)
        self.comparison: Comparison | None = None
        self.shown_keys: list[str] = []
        # The key difference last picked in the Summary, while its marks stay on screen.
        self.picked_key: KeyDifference | None = None

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
        self.panel.difference_chosen.connect(self.framing.select_difference)
        # Picked in the summary or framing tree: the table selects it too, so a verdict,
        # a note or "next difference" acts on what the reader is looking at.
        # A key difference picked in the Summary is shown by _mark_key alone: its columns are
        # chosen once, for all the findings it joins.
        self.framing.difference_chosen.connect(self.show_difference)
        for picker in (self.summary, self.framing):
            picker.difference_chosen.connect(self.panel.select_difference)
            picker.difference_chosen.connect(self.framing.select_difference)
        self.summary.headlines_chosen.connect(self.panel.select_none)
        self.summary.key_chosen.connect(self._mark_key)
        self.view.difference_clicked.connect(self._forget_key)
        self.summary.show_minor_changed.connect(self.set_show_minor)
        self.numbers.figure_chosen.connect(self.show_span)
        self.view.difference_clicked.connect(self.panel.select_difference)
        self.view.difference_clicked.connect(self.framing.select_difference)
        self.view.details_requested.connect(self.details_requested)
        self.view.furniture_box.toggled.connect(self.furniture_toggled)

    def show_guide(self) -> None:
        self.article_view.show_guide()
        self.stack.setCurrentWidget(self.article_view)
        self.tabs.hide()

    def show_article_text(self, shown: ArticleText) -> None:
        """Show an article alone, its text joined beforehand (off the GUI thread)."""
        self.article_view.show_text(shown)
        self.stack.setCurrentWidget(self.article_view)
        self.tabs.hide()

    def show_comparison(self, comparison: Comparison | None, marks: ReviewMarks = NO_MARKS) -> None:
        """Show a comparison (its first columns when there are many); None shows the guide.

        ``marks`` are the reviewer's verdicts, known before the columns are painted so that
        they are painted once (the table takes them with :meth:`set_marks`)."""
        self.view.dismissed = marks.dismissed()
        self.comparison = comparison
        self.picked_key = None
        for pane in (self.summary, self.panel, self.numbers, self.framing, self.events):
            pane.set_comparison(comparison)
        if comparison is None:
            self.view.set_comparison(None)
            self.show_guide()
            return
        events = self.tabs.indexOf(self.events)
        several = self.events.model.rowCount()
        self.tabs.setTabText(events, f"Events ({several})" if several > 1 else "Events")
        self.show_columns(default_keys(comparison))
        self.stack.setCurrentIndex(1)
        self.tabs.setCurrentWidget(self.summary)
        self.tabs.show()

    def show_columns(self, keys: list[str]) -> None:
        """Show the articles with these keys as columns."""
        if self.comparison is None:
            return
        same = keys == self.shown_keys and bool(self.view.panes)
        place = (self.view.current, self.view.scroll_position())
        self.shown_keys = keys
        shown = self.comparison if self.show_minor else without_minor(self.comparison)
        self.view.set_comparison(visible_part(shown, keys))
        if same:  # the same columns refilled (the minor switch): keep the reader's place
            QTimer.singleShot(0, self, lambda: self._return_to(*place))

    def _return_to(self, current: Difference | None, scroll: int) -> None:
        shown = self.view.comparison
        if shown is None:
            return
        self.view.set_scroll_position(scroll)
        if current is not None and current in shown.differences:
            self.view.mark(current)
        if self.picked_key is not None:
            self._mark_key(self.picked_key, scroll=False)

    def set_show_minor(self, show: bool) -> None:
        """Highlight the minor findings in the columns too, or leave them out (the
        Summary's switch follows, when a saved view sets it)."""
        self.show_minor = show
        self.summary.minor.blockSignals(True)
        self.summary.minor.setChecked(show)
        self.summary.minor.blockSignals(False)
        self.panel.set_show_minor(show)
        self.framing.set_show_minor(show)
        self.show_columns(self.shown_keys)

    def _reveal(self, key: str) -> None:
        if key not in self.shown_keys:
            self.show_columns([*self.shown_keys[:-1], key])

    def _reveal_all(self, keys: list[str]) -> bool:
        """Bring every article of ``keys`` into view, giving up the last shown columns not
        among them (as many columns as before); True when the columns changed."""
        assert self.comparison is not None
        missing = [k for k in dict.fromkeys(keys) if k not in self.shown_keys]
        if not missing:
            return False
        kept = [k for k in self.shown_keys if k in keys]
        others = [k for k in self.shown_keys if k not in keys]
        room = max(len(self.shown_keys) - len(kept) - len(missing), 0)
        chosen = {*kept, *missing, *others[:room]}
        self.show_columns([a.key for a in self.comparison.articles if a.key in chosen])
        return True

    def show_difference(self, difference: Difference, reveal: bool = True) -> None:
        """Scroll the columns to a difference, bringing its article into view if hidden
        (unless ``reveal`` is false: a restored view keeps the columns it had)."""
        if reveal:
            self._reveal(difference.article)
        self._forget_key()
        self.view.show_difference(difference)

    def show_span(self, key: str, start: int, end: int) -> None:
        """Scroll to a span of an article (a figure of the numbers table, say)."""
        self._reveal(key)
        self._forget_key()
        self.view.show_span(key, start, end)

    def _mark_key(self, key: KeyDifference, scroll: bool = True) -> None:
        """Show and mark every finding of a key difference picked in the Summary (or mark the
        headlines) and remember it for the saved view; without ``scroll`` (marks laid again
        over refilled columns) the columns keep their place unless they had to change."""
        if self.comparison is None:
            return
        diffs = self.comparison.differences
        concerned = [*key.articles, *(diffs[i].article for i in key.differences)]
        revealed = self._reveal_all(concerned)
        if key.differences:
            if scroll or revealed:
                self.view.show_difference(diffs[key.differences[0]])
            self.view.mark_also([diffs[i] for i in key.differences[1:]])
        else:
            self.view.mark_headlines(key.articles)
        self.picked_key = key
        row = self.summary.row_of(key.explanation)
        self.summary.list.setCurrentRow(-1 if row is None else row)

    def _forget_key(self) -> None:
        self.picked_key = None
        self.summary.list.setCurrentRow(-1)

    # --- What other modules ask of the area ------------------------------------------------

    def picked_key_explanation(self) -> str | None:
        """The line of the key difference picked in the Summary, while its marks stand."""
        return None if self.picked_key is None else self.picked_key.explanation

    def pick_key(self, explanation: str) -> None:
        """Pick the key difference whose line is ``explanation`` again, as a click does."""
        row = self.summary.row_of(explanation)
        if row is not None:
            self.summary.choose(row)

    def add_tab(self, pane: QWidget, title: str) -> None:
        """Add a pane to the tabs below the columns (the window's Notes)."""
        self.tabs.addTab(pane, title)

    def add_column_actions(self, actions: list[QAction]) -> None:
        """Offer ``actions`` in every column's right-click menu too."""
        self.view.context_actions.extend(actions)

    def set_marks(self, marks: ReviewMarks) -> None:
        """Show the reviewer's verdicts in the table and dismissed differences quietly."""
        self.panel.set_marks(marks)
        self.view.set_dismissed(marks.dismissed())

    def current_difference(self) -> Difference | None:
        """The difference the reader is on: the table's selected row, else (when the
        table's filters hide what was picked, and no row is selected) the one shown."""
        return self.panel.current_difference() or self.view.current

    def select_difference(self, difference: Difference) -> None:
        """Select ``difference`` in the table (without scrolling the columns)."""
        self.panel.select_difference(difference)

    def step(self, forward: bool, same_kind: bool = False) -> None:
        """Go to the next or previous difference in the table, of the same kind if asked."""
        panel = self.panel
        if same_kind:
            panel.next_of_same_kind() if forward else panel.previous_of_same_kind()
        else:
            panel.next_difference() if forward else panel.previous_difference()

    def picked_sentences(self) -> list[tuple[str, int]]:
        """(article key, sentence index) last clicked, one per column, newest first."""
        return self.view.picked_sentences()

    def caret(self) -> tuple[str, int, int] | None:
        """The column the reader last moved in, and its caret: (key, sentence, characters
        into it). None before the reader went into a column, or in furniture."""
        texts = self.view.texts
        key = next(iter(self.view.recent), None)
        place = texts[key].caret() if key in texts else None
        return None if key is None or place is None else (key, *place)

    def put_caret(self, key: str, sentence: int, into: int) -> None:
        """Put the caret back in column ``key`` and the keyboard with it, as it was left."""
        text = self.view.texts.get(key)
        if text is not None and text.put_caret(sentence, into):
            self.view.recent = [key, *(k for k in self.view.recent if k != key)]
            text.setFocus()

    def filters(self) -> tuple[Kind | None, str | None, str | None]:
        """The table's kind, article and review-state filters (``None``: all)."""
        return self.panel.filters()

    def set_filter(self, kind: Kind | None, article: str | None, state: str | None) -> None:
        """Filter the table by kind, article and review state."""
        self.panel.set_filter(kind, article, state)

    def tab_index(self) -> int:
        """Which tab below the columns is shown."""
        return self.tabs.currentIndex()

    def set_tab_index(self, index: int) -> None:
        """Show tab ``index``; an index out of range is ignored."""
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def show_furniture(self) -> bool:
        """Whether removed page furniture is shown back in place in the columns."""
        return self.view.show_furniture()

    def set_show_furniture(self, shown: bool) -> None:
        """Show or hide removed page furniture in the columns."""
        self.view.set_show_furniture(shown)

    def splitter_sizes(self) -> dict[str, list[int]]:
        """How wide each column is, and how high the columns and the tabs below are."""
        return {"columns": self.view.splitter.sizes(), "below": self.split.sizes()}

    def set_splitter_sizes(self, sizes: dict[str, list[int]]) -> None:
        """Give the columns and the tabs the room ``sizes`` says (scaled to the window)."""
        for splitter, wanted in (
            (self.view.splitter, sizes.get("columns")),
            (self.split, sizes.get("below")),
        ):
            if wanted and len(wanted) == splitter.count() and sum(wanted) > 0:
                splitter.setSizes(wanted)

    def scroll_position(self) -> int:
        """How far the columns are scrolled."""
        return self.view.scroll_position()

    def set_scroll_position(self, value: int) -> None:
        """Scroll the columns to ``value``."""
        self.view.set_scroll_position(value)
        if self.picked_key is not None:  # levelled columns keep the key's marks in view
            self.view.reveal_marks()
