"""The comparison view on real seed reports: columns, highlights, furniture, scrolling."""

from __future__ import annotations

from dataclasses import replace

import pytest
from compare_seeds import Builder, ShownView, make_article, seed, strike_articles, strike_builder
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from comparer.ingest import extract_text
from comparer.model import AlsoLink, Comparison, Kind, Metadata, Relation
from tests.ui.conftest import placed
from ui.compare import ComparisonView
from ui.compare.column import ArticleText
from ui.compare.index import Link

US = QTextCharFormat.UnderlineStyle


def char_format(text: ArticleText, position: int) -> QTextCharFormat:
    """The format of the character at document ``position``."""
    cursor = QTextCursor(text.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat()


@pytest.fixture
def view(shown_view: ShownView, strike: Comparison) -> ComparisonView:
    return shown_view(strike, 1000, 420)


def test_columns_are_headed_by_title_outlet_and_date(view: ComparisonView) -> None:
    assert [pane.key for pane in view.panes] == ["A", "B"]
    a, b = (pane.header for pane in view.panes)
    assert a.full_title.startswith("U.S.-Led Coalition Attacks")
    assert a.details.text() == "A · The Syrian Observer · 13 Nov 2017"
    assert b.details.text() == "B · Fort Russ News · November 12th, 2017"
    assert view.panes[0].linkmap is None
    assert view.panes[1].linkmap is not None


def test_a_narrow_column_shortens_the_outlet_and_keeps_the_date(
    shown_view: ShownView, strike: Comparison
) -> None:
    """Six reports on a laptop screen: "A · The Syrian Observer · no" cut the date off."""
    header = shown_view(strike, 1000, 420).panes[0].header
    header.resize(150, header.height())
    shown = header.details.text()
    assert shown.startswith("A · Th") and "…" in shown and shown.endswith(" · 13 Nov 2017")
    assert header.details.fontMetrics().horizontalAdvance(shown) <= 150
    assert "The Syrian Observer · 13 Nov 2017" in header.details.toolTip()


@pytest.mark.parametrize("width", [160, 175, 200])
def test_a_long_date_outlasts_the_outlet_in_a_narrow_column(
    shown_view: ShownView, strike: Comparison, width: int
) -> None:
    """B's date as the page wrote it: "B · … · November 12th, 2017" ran past the column's
    edge at 160 px, and the date was cut first ("November 12t")."""
    header = shown_view(strike, 1000, 420).panes[1].header
    header.resize(width, header.height())
    shown = header.details.text()
    assert shown.startswith("B · ") and shown.endswith(" · November 12th, 2017")
    assert header.details.fontMetrics().horizontalAdvance(shown) <= width - 8


def test_only_a_column_too_narrow_for_its_date_cuts_the_date(
    shown_view: ShownView, strike: Comparison
) -> None:
    header = shown_view(strike, 1000, 420).panes[1].header
    header.resize(100, header.height())
    shown = header.details.text()
    assert shown.startswith("B · Nov") and shown.endswith("…") and "Fort" not in shown
    assert header.details.fontMetrics().horizontalAdvance(shown) <= 92


def test_up_to_six_columns_with_a_link_map_between_each_pair(qtbot: QtBot) -> None:
    articles = strike_articles()
    for key, number in zip("CDEF", (2, 3, 4, 2), strict=True):
        articles[key] = make_article(number, seed(number), (), Metadata(outlet=f"Outlet {key}"))
    builder = Builder(articles)
    builder.group(Relation.IDENTICAL, {"E": "Syria", "F": "Syria"})
    widget = placed(qtbot, ComparisonView(), builder.comparison())
    assert [pane.key for pane in widget.panes] == list("ABCDEF")
    assert sum(pane.linkmap is not None for pane in widget.panes) == 5
    assert len(widget.panes[5].linkmap.links) == 1  # type: ignore[union-attr]
    widget.resize(1400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.panes[0].text.verticalScrollBar().setValue(10_000)
    for pane in widget.panes:  # levelling runs from neighbour to neighbour, to the end
        bar = pane.text.verticalScrollBar()
        assert bar.value() == bar.maximum() > 0
    widget.set_comparison(None)
    assert widget.panes == []


@pytest.mark.parametrize(
    ("key", "phrase", "underline", "bold"),
    [
        ("A", "more than 10", US.SingleUnderline, True),
        ("B", "at least 10", US.SingleUnderline, True),
        ("A", "scores of others were injured", US.WaveUnderline, False),
        ("A", "strongly", US.WaveUnderline, False),
        ("B", "so-called “anti-ISIS”", US.DashUnderline, False),
        ("A", "“illegal” coalition", US.DashUnderline, False),
    ],
)
@pytest.mark.parametrize("furniture", [False, True])
def test_highlights_sit_exactly_on_their_words(
    view: ComparisonView, key: str, phrase: str, underline: US, bold: bool, furniture: bool
) -> None:
    view.set_show_furniture(furniture)
    text = view.texts[key]
    start = text.toPlainText().index(phrase)
    end = start + len(phrase)
    for position in (start, end - 1):
        fmt = char_format(text, position)
        assert fmt.underlineStyle() == underline
        assert (fmt.fontWeight() == QFont.Weight.Bold) == bold
    for position in (start - 2, end + 1):
        assert char_format(text, position).underlineStyle() != underline


def test_sentences_only_in_one_report_are_marked(view: ComparisonView) -> None:
    text = view.texts["A"].toPlainText()
    only_here = text.index("The strikes also caused massive damage")
    shared = text.index("In a letter to the United Nations")
    assert char_format(view.texts["A"], only_here).underlineStyle() == US.DotLine
    assert char_format(view.texts["A"], shared).underlineStyle() == US.NoUnderline


def test_page_furniture_is_hidden_until_asked_for(view: ComparisonView) -> None:
    text = view.texts["B"]
    assert "- Advertisement -" not in text.toPlainText()
    assert not view.show_furniture()
    view.set_show_furniture(True)
    shown = text.toPlainText()
    ad = shown.index("- Advertisement -")
    assert shown.index("In its letter addressed") < ad < shown.index("The letter of the Syrian")
    assert char_format(text, ad + 3).fontItalic()
    assert char_format(text, ad + 3).fontStrikeOut()
    assert "Subscribe to our newsletter" in shown
    view.set_show_furniture(False)
    assert "- Advertisement -" not in text.toPlainText()


def test_hovering_a_highlight_explains_it(view: ComparisonView, qtbot: QtBot) -> None:
    text = view.texts["A"]
    start = text.toPlainText().index("more than 10")
    text.scroll_to_position(start, start + 12)
    cursor = QTextCursor(text.document())
    cursor.setPosition(start + 4)
    pos = text.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, text.viewport().mapToGlobal(pos))
    text.eventFilter(text.viewport(), event)
    assert "death toll" in QToolTip.text()
    assert "“at least 10”" in QToolTip.text()
    with qtbot.waitSignal(view.difference_clicked) as clicked:
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert clicked.args[0].text == "more than 10"


def test_scrolling_one_column_levels_aligned_sentences(view: ComparisonView) -> None:
    a, b = view.texts["A"], view.texts["B"]
    top_a = a.sentence_y(4)[0]  # type: ignore[index]  # "In a letter to the United Nations"
    top_b = b.sentence_y(6)[0]  # type: ignore[index]  # "In its letter addressed"
    bar = a.verticalScrollBar()
    # Where the view's sliding sync point meets the top of the aligned sentence.
    value = round(top_a / (1 + a.viewport().height() / bar.maximum()))
    bar.setValue(value)
    on_screen_a = top_a - a.verticalScrollBar().value()
    on_screen_b = top_b - b.verticalScrollBar().value()
    assert 0 < b.verticalScrollBar().value() < b.verticalScrollBar().maximum()
    # Whole-pixel scrolling, stretched where B has a sentence A lacks: within a line.
    assert abs(on_screen_a - on_screen_b) < a.fontMetrics().lineSpacing()


def test_scrolling_to_the_end_takes_the_others_to_their_end(view: ComparisonView) -> None:
    a, b = view.texts["A"], view.texts["B"]
    a.verticalScrollBar().setValue(a.verticalScrollBar().maximum())
    assert b.verticalScrollBar().value() == b.verticalScrollBar().maximum()


def test_clicking_the_ruler_jumps_there(view: ComparisonView, qtbot: QtBot) -> None:
    ruler = view.panes[0].ruler
    marks = ruler.marks()
    assert {kind for _, kind in marks} == set(Kind)
    with qtbot.waitSignal(ruler.jumped):
        qtbot.mouseClick(ruler, Qt.MouseButton.LeftButton, pos=QPoint(5, ruler.height() - 3))
    text = view.texts["A"]
    assert text.verticalScrollBar().value() == text.verticalScrollBar().maximum()


def test_show_difference_brings_it_and_its_counterpart_into_view(view: ComparisonView) -> None:
    wanted = next(d for d in strike_builder().differences if d.text == "at least 10")
    view.show_difference(wanted)
    for key, phrase in (("B", "at least 10"), ("A", "more than 10")):
        text = view.texts[key]
        start = text.toPlainText().index(phrase)
        assert text.is_visible(start, start + len(phrase))
        (selection,) = text.extraSelections()
        assert selection.cursor.selectedText() == phrase  # type: ignore[attr-defined]


def test_highlights_follow_a_dark_palette(view: ComparisonView) -> None:
    text = view.texts["A"]
    start = text.toPlainText().index("more than 10")
    assert char_format(text, start).underlineColor() == QColor("#D55E00")  # vermillion
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    view.setPalette(dark)
    assert char_format(text, start).underlineColor() == QColor("#E69F00")  # orange


def test_an_also_link_is_drawn_faintly_but_does_not_level_the_columns(qtbot: QtBot) -> None:
    also = AlsoLink("A", 0, "B", 3, Relation.PARTIAL, 0.7)
    widget = placed(qtbot, ComparisonView(), replace(strike_builder().comparison(), also=(also,)))
    drawn = widget.panes[1].linkmap.links  # type: ignore[union-attr]
    assert [link for link in drawn if not link.group] == [Link("", Relation.RELATED, (0,), (3,))]
    assert widget.index is not None
    assert all(link.group for link in widget.index.links("A", "B"))


def test_a_caret_between_paragraphs_picks_the_sentence_after_it(view: ComparisonView) -> None:
    """Moving down with the arrow keys stops on the blank line between paragraphs: a link or
    a sentence note then silently took an older column's sentence instead."""
    text = view.texts["A"]
    shown = text.toPlainText()
    gap = shown.index("\n\n") + 1
    cursor = text.textCursor()
    cursor.setPosition(gap)
    text.setTextCursor(cursor)
    following = min(
        (start, index) for index, (start, _end) in text._sentences.items() if start > gap
    )[1]
    assert text.sentence_at_cursor() == following
    cursor.setPosition(len(shown))
    text.setTextCursor(cursor)
    assert text.sentence_at_cursor() == max(text._sentences)


def test_a_caret_in_shown_furniture_picks_no_sentence(qtbot: QtBot) -> None:
    """A caret inside a shown "READ MORE" line picked the story's next sentence, so a link
    or a note made there went to a sentence the reader never chose."""
    article = extract_text(
        "Council closes libraries\n\n"
        "The council voted on Tuesday to close three libraries, officials said.\n\n"
        "READ MORE: Old bridge to reopen after two years of repairs\n\n"
        "Residents protested outside the town hall on Wednesday evening.\n"
    )
    text = ArticleText()
    qtbot.addWidget(text)
    text.show_article(article, [], [], True)
    shown = text.toPlainText()
    teaser = shown.index("READ MORE")
    assert any(start <= teaser < end for start, end in text.rendered.furniture)
    for position, expected in [
        (teaser, None),
        (teaser + 3, None),
        (shown.index("bridge"), None),
        (shown.index("Residents") - 1, 1),  # the blank after the line: the next sentence
        (shown.index("officials"), 0),
        (len(shown), 1),
    ]:
        cursor = text.textCursor()
        cursor.setPosition(position)
        text.setTextCursor(cursor)
        assert text.sentence_at_cursor() == expected, shown[position:]
