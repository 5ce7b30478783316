"""The mark on the difference being looked at: kept through repaints, set from the ruler."""

from __future__ import annotations

from itertools import pairwise

import pytest
from compare_seeds import ShownView, strike_articles, strike_builder
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from comparer.model import Comparison, Difference
from ui.compare import ComparisonView
from ui.compare.column import CURRENT


@pytest.fixture
def view(shown_view: ShownView, strike: Comparison) -> ComparisonView:
    return shown_view(strike, 1000, 420)


def marked(view: ComparisonView, key: str) -> list[str]:
    text = view.texts[key]
    return [s.cursor.selectedText() for s in text.extraSelections()]  # type: ignore[attr-defined]


def toll() -> Difference:
    return next(d for d in strike_builder().differences if d.text == "more than 10")


def test_a_theme_switch_keeps_the_mark_in_the_new_colours(view: ComparisonView) -> None:
    view.show_difference(toll())
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3070a0"))
    view.setPalette(dark)
    assert marked(view, "A") == ["more than 10"]
    assert marked(view, "B") == ["at least 10"]
    (selection,) = view.texts["A"].extraSelections()
    assert selection.format.background().color() == QColor("#3070a0")  # type: ignore[attr-defined]


def test_showing_furniture_moves_the_mark_with_its_words(view: ComparisonView) -> None:
    view.show_difference(toll())
    view.set_show_furniture(True)
    assert marked(view, "A") == ["more than 10"]
    assert marked(view, "B") == ["at least 10"]
    view.set_comparison(None)
    assert view.current is None


def test_show_span_scrolls_to_article_offsets_and_marks_them(view: ComparisonView) -> None:
    view.set_show_furniture(True)  # document positions now differ from article offsets
    article = strike_articles()["B"]
    start = article.text.index("many more")
    view.show_span("B", start, start + len("many more"))
    assert marked(view, "B") == ["many more"]
    assert marked(view, "A") == []
    shown = view.texts["B"].layer(CURRENT)[0]
    assert view.texts["B"].is_visible(*shown)


def test_clicking_a_ruler_marker_picks_its_difference(view: ComparisonView, qtbot: QtBot) -> None:
    pane = view.panes[0]
    text, ruler = pane.text, pane.ruler
    start = text.toPlainText().index("“illegal” coalition")
    scale = ruler.height() / text.document().size().height()
    y = round(text.position_y(start)[0] * scale)
    with qtbot.waitSignal(view.difference_clicked) as clicked:
        qtbot.mouseClick(ruler, Qt.MouseButton.LeftButton, pos=QPoint(5, y))
    picked = clicked.args[0]
    picked_y = text.position_y(text.span_of(picked)[0])[0] * scale
    assert abs(picked_y - y) <= ruler.PICK_DISTANCE
    assert view.current == picked
    assert len(marked(view, picked.article)) == 1


def test_clicking_the_ruler_far_from_markers_picks_nothing(
    view: ComparisonView, qtbot: QtBot
) -> None:
    ruler = view.panes[0].ruler
    ys = sorted(
        y * ruler.height() / view.texts["A"].document().size().height() for y, _ in ruler.marks()
    )
    gaps = [(b - a, (a + b) / 2) for a, b in pairwise(ys)]
    width, middle = max(gaps)
    assert width > 2 * ruler.PICK_DISTANCE
    with qtbot.assertNotEmitted(view.difference_clicked):
        qtbot.mouseClick(ruler, Qt.MouseButton.LeftButton, pos=QPoint(5, round(middle)))
