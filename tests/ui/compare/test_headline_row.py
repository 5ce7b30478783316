"""The headline row of the comparison view, on what the real engine makes of two reports."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from compare_seeds import strike_articles
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from comparer.compare import compare
from comparer.model import Article, Relation
from tests.ui.conftest import placed
from ui.compare import ComparisonView
from ui.compare.headline import NO_HEADLINE, HeadlineText

MARKUP = "<b>Mayor</b> resigns <img src='/etc/hostname'>"
# Close to seed A's headline (the seeds' own two headlines share little but "coalition").
CLOSE = "U.S.-Led Coalition Strikes Aim at Derailing Syrian Army Gains, Damascus Says"


def show(qtbot: QtBot, articles: list[Article], width: int = 1000) -> ComparisonView:
    view = placed(qtbot, ComparisonView(), compare(articles, analysers=()), (width, 420), show=True)
    qtbot.waitExposed(view)
    return view


def retitled(article: Article, title: str) -> Article:
    return replace(article, meta=replace(article.meta, title=title))


@pytest.fixture
def strike() -> list[Article]:
    articles = strike_articles()
    return [articles["A"], articles["B"]]


@pytest.fixture
def close(strike: list[Article]) -> list[Article]:
    """The strike reports, the second retitled with a headline close to the first's."""
    return [strike[0], retitled(strike[1], CLOSE)]


def test_each_column_shows_its_headline_in_full_above_the_text(
    qtbot: QtBot, strike: list[Article]
) -> None:
    view = show(qtbot, strike)
    shown = [pane.headline.toPlainText() for pane in view.panes]
    assert shown == [a.meta.title for a in strike]
    for pane in view.panes:
        assert pane.headline.isVisible()
        assert pane.headline.geometry().bottom() < pane.text.geometry().top()
        assert not pane.header.title.isVisible()  # not twice


def test_words_only_one_headline_has_are_painted_as_wording(
    qtbot: QtBot, close: list[Article]
) -> None:
    view = show(qtbot, close)
    box = view.panes[1].headline
    assert box.marked()
    first = box.toPlainText().index(box.marked()[0])
    cursor = QTextCursor(box.document())
    cursor.setPosition(first + 1)
    assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    cursor.setPosition(box.toPlainText().index("Coalition") + 1)  # both headlines have it
    assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline


def test_the_boxes_of_the_row_are_level(qtbot: QtBot, strike: list[Article]) -> None:
    long = "A much longer headline that wraps onto several lines in a narrow column " * 2
    view = show(qtbot, [strike[0], retitled(strike[1], long)], width=700)
    qtbot.waitUntil(lambda: len({p.text.geometry().top() for p in view.panes}) == 1)
    heights = {pane.headline.height() for pane in view.panes}
    assert len(heights) == 1
    wanted = min(view.panes[1].headline.needed_height(), view.panes[1].headline.most_height())
    assert wanted <= heights.pop()
    assert view.panes[0].headline.needed_height() < view.panes[1].headline.needed_height()


def test_a_very_long_headline_takes_four_lines_and_scrolls(
    qtbot: QtBot, strike: list[Article]
) -> None:
    """SANA's 20-word headline in one of five columns at 1024 px took seven lines, a third
    of the room left for the text: the row now stops at four and the rest scrolls."""
    long = (
        "Foreign Ministry: Continued US-led Coalition's crimes against Syrian civilians show "
        "disregard for international legitimacy and the provisions of international law"
    )
    view = show(qtbot, [strike[0], retitled(strike[1], long)], width=360)
    qtbot.waitUntil(lambda: len({p.text.geometry().top() for p in view.panes}) == 1)
    box = view.panes[1].headline
    line = box.fontMetrics().lineSpacing()
    assert box.needed_height() > 5 * line  # it would take more than five lines
    assert box.height() == box.most_height() < 5 * line + 12
    qtbot.waitUntil(lambda: box.verticalScrollBar().maximum() > 0)  # the rest scrolls
    assert view.panes[0].headline.height() == box.height()


def test_a_report_without_headline_says_so(qtbot: QtBot, strike: list[Article]) -> None:
    third = retitled(strike[1], "")
    view = show(qtbot, [*strike, third])
    assert view.panes[2].headline.toPlainText() == NO_HEADLINE


def test_no_row_when_no_report_has_a_headline(qtbot: QtBot, strike: list[Article]) -> None:
    view = show(qtbot, [retitled(a, "") for a in strike])
    assert all(not pane.headline.isVisible() for pane in view.panes)
    assert all(pane.header.title.isVisible() for pane in view.panes)


def test_a_headline_is_plain_text_never_markup(qtbot: QtBot, strike: list[Article]) -> None:
    view = show(qtbot, [retitled(strike[0], MARKUP), strike[1]])
    box = view.panes[0].headline
    assert box.toPlainText() == MARKUP
    assert "<img" not in box.toHtml().replace("&lt;img", "")


def underlined_words(box: HeadlineText) -> list[str]:
    """The words of ``box`` painted with the wording underline, read from the document."""
    text = box.toPlainText()
    cursor = QTextCursor(box.document())
    wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
    found = []
    for word in re.finditer(r"\w+", text):
        cursor.setPosition(word.start() + 1)
        if cursor.charFormat().underlineStyle() == wavy:
            found.append(word.group())
    return found


def test_headlines_that_share_little_are_not_marked_word_by_word(
    qtbot: QtBot, strike: list[Article]
) -> None:
    unrelated = "Local bakery wins a national bread award after a record summer of sales"
    view = show(qtbot, [strike[0], retitled(strike[1], unrelated)])  # shares nothing
    assert view.comparison is not None and view.comparison.headline is not None
    assert view.comparison.headline.relation is Relation.RELATED
    assert any(h.changed for h in view.comparison.headline.headlines)  # the engine marks some
    for pane in view.panes:
        assert underlined_words(pane.headline) == []
        assert pane.headline.marked() == []
        assert "share little: no word is marked" in pane.headline.toolTip()


def test_close_headlines_keep_their_word_marks(qtbot: QtBot, close: list[Article]) -> None:
    view = show(qtbot, close)
    assert view.comparison is not None and view.comparison.headline is not None
    assert view.comparison.headline.relation is not Relation.RELATED
    assert underlined_words(view.panes[1].headline) == ["Strikes", "Gains"]


def test_headlines_that_share_little_keep_their_telling_words_marked(
    qtbot: QtBot, strike: list[Article]
) -> None:
    telling = "Damascus slams Washington over new massacre of villagers"
    view = show(qtbot, [strike[0], retitled(strike[1], telling)])
    assert view.comparison is not None and view.comparison.headline is not None
    assert view.comparison.headline.relation is Relation.RELATED
    box = view.panes[1].headline
    assert underlined_words(box) == box.marked() == ["slams", "massacre"]
    assert "only telling words" in box.toolTip()


def test_a_picked_headline_keeps_its_telling_words_readable_in_the_mark(
    qtbot: QtBot, strike: list[Article]
) -> None:
    telling = "Damascus slams Washington over new massacre of villagers"
    view = show(qtbot, [strike[0], retitled(strike[1], telling)])
    view.mark_headlines(("A", "B"))  # the headlines' key difference was picked
    box = view.panes[1].headline
    whole, *words = box.extraSelections()
    assert whole.cursor.selectedText() == telling  # the whole headline is the pick ...
    assert [w.cursor.selectedText() for w in words] == ["slams", "massacre"]  # ... over it
    text = box.palette().color(QPalette.ColorRole.Text)
    assert all(w.format.foreground().color() == text for w in words)
    assert words[0].format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
