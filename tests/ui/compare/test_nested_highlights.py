"""A word highlighted inside a longer highlighted passage: the reader means the word.

A whole sentence marked as reworded can hold a framing word or a figure. Clicking or hovering
that word must pick the word's finding (the innermost span), not the passage around it, so
the table row, the review verdict and the note all go to what the reader pointed at.
"""

from __future__ import annotations

from compare_seeds import Builder, ShownView, strike_articles
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from comparer.model import Difference, Kind
from tests.ui.conftest import shown_text
from ui.compare.column import ArticleText
from ui.compare.palette import highlight_format
from ui.theme import is_dark

PASSAGE = "where more than 10 civilians were killed and scores of others were injured"


def nested() -> tuple[Builder, Difference, Difference]:
    b = Builder(strike_articles())
    passage = b.diff(Kind.WORDING, "replaced", ("A", PASSAGE), ("B", "many more left injured"))
    figure = b.diff(
        Kind.NUMBER, "changed_figure", ("A", "more than 10"), ("B", "at least 10"), None,
        "The death toll is given as more than 10 here, at least 10 there.",
    )  # fmt: skip
    return b, passage, figure


def point_at(text: ArticleText, phrase: str) -> QPoint:
    start = text.toPlainText().index(phrase)
    text.scroll_to_position(start, start + len(phrase))
    cursor = QTextCursor(text.document())
    cursor.setPosition(start + 3)
    return text.cursorRect(cursor).center()


def test_clicking_a_word_inside_a_passage_picks_the_word(
    shown_view: ShownView, qtbot: QtBot
) -> None:
    b, passage, figure = nested()
    view = shown_view(b.comparison(), 1000, 420)
    text = view.texts["A"]
    pos = point_at(text, "more than 10")
    assert text.differences_at(text.cursorForPosition(pos).position())[0] == figure
    with qtbot.waitSignal(view.difference_clicked) as clicked:
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert clicked.args[0] == figure
    # The passage is still picked where it alone is highlighted.
    with qtbot.waitSignal(view.difference_clicked) as clicked:
        qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point_at(text, "scores"))
    assert clicked.args[0] == passage


def test_the_tooltip_explains_the_word_first(shown_view: ShownView) -> None:
    b, _, _ = nested()
    text = shown_view(b.comparison(), 1000, 420).texts["A"]
    pos = point_at(text, "more than 10")
    text.eventFilter(
        text.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, text.viewport().mapToGlobal(pos))
    )
    shown = shown_text(QToolTip.text())
    assert shown.index("Numbers") < shown.index("Wording")


def tip_at(text: ArticleText, phrase: str) -> str:
    pos = point_at(text, phrase)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, text.viewport().mapToGlobal(pos))
    text.eventFilter(text.viewport(), event)
    return shown_text(QToolTip.text())


def test_a_tooltip_quotes_the_other_report_once_and_never_as_empty_quotes(
    shown_view: ShownView,
) -> None:
    b = Builder(strike_articles())
    b.diff(Kind.WORDING, "inserted", ("A", "strongly"), ("B", ""), None, "A adds “strongly”")
    b.diff(
        Kind.NUMBER, "changed_figure", ("A", "more than 10"), ("B", "at least 10"), None,
        "“more than 10” in A vs “at least 10” in B.",
    )  # fmt: skip
    text = shown_view(b.comparison(), 1000, 420).texts["A"]
    inserted = tip_at(text, "strongly")
    assert "A adds “strongly”" in inserted and "“”" not in inserted
    assert tip_at(text, "more than 10").count("“at least 10”") == 1


def test_a_word_opening_a_passage_keeps_its_own_colour(shown_view: ShownView) -> None:
    """A label swap that opens a reworded clause is painted as framing, not as wording."""
    b = Builder(strike_articles())
    clause = "Washington-led alliance against innocent civilians"
    b.diff(Kind.WORDING, "replaced", ("B", clause), ("A", "“illegal” coalition"))
    b.diff(
        Kind.FRAMING, "label_swap", ("B", "Washington-led alliance"),
        ("A", "U.S.-led international coalition"),
    )  # fmt: skip
    text = shown_view(b.comparison(), 1000, 420).texts["B"]
    start = text.toPlainText().index(clause)
    cursor = QTextCursor(text.document())
    framing = highlight_format(Kind.FRAMING, is_dark(text.palette()))
    wording = highlight_format(Kind.WORDING, is_dark(text.palette()))
    for offset, painted in ((1, framing), (len("Washington-led alliance") + 3, wording)):
        cursor.setPosition(start + offset)
        assert cursor.charFormat().background() == painted.background()
        assert cursor.charFormat().underlineStyle() == painted.underlineStyle()
