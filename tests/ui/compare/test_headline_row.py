"""The headline row of the comparison view, on what the real engine makes of two reports."""

from __future__ import annotations

from dataclasses import replace

import pytest
from compare_seeds import strike_articles
from PySide6.QtGui import QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from comparer.compare import compare
from comparer.model import Article
from tests.ui.conftest import placed
from ui.compare import ComparisonView
from ui.compare.headline import NO_HEADLINE

MARKUP = "<b>Mayor</b> resigns <img src='/etc/hostname'>"


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
    qtbot: QtBot, strike: list[Article]
) -> None:
    view = show(qtbot, strike)
    box = view.panes[1].headline
    assert box.marked()
    first = box.toPlainText().index(box.marked()[0])
    cursor = QTextCursor(box.document())
    cursor.setPosition(first + 1)
    assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    cursor.setPosition(box.toPlainText().index("coalition") + 1)  # both headlines have it
    assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline


def test_the_boxes_of_the_row_are_level(qtbot: QtBot, strike: list[Article]) -> None:
    long = "A much longer headline that wraps onto several lines in a narrow column " * 2
    view = show(qtbot, [strike[0], retitled(strike[1], long)], width=700)
    qtbot.waitUntil(lambda: len({p.text.geometry().top() for p in view.panes}) == 1)
    heights = {pane.headline.height() for pane in view.panes}
    assert len(heights) == 1
    assert view.panes[1].headline.needed_height() <= heights.pop()
    assert view.panes[0].headline.needed_height() < view.panes[1].headline.needed_height()


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
