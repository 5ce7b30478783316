"""The find bar over the comparison view: marks every match, walks them, leaves highlights be."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from analysis_seeds import four_reports
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from comparer.model import Comparison
from ui.compare import ComparisonView
from ui.compare.column import CURRENT, CURRENT_MATCH, MATCH, ArticleText
from ui.compare.find_bar import FindBar, search_pattern


@pytest.fixture
def comparison() -> Comparison:
    return four_reports()


@pytest.fixture
def bar(qtbot: QtBot, comparison: Comparison) -> Iterator[FindBar]:
    host = QWidget()
    qtbot.addWidget(host)
    view = ComparisonView()
    found = FindBar(view)
    layout = QVBoxLayout(host)
    layout.addWidget(found)
    layout.addWidget(view, 1)
    host.resize(1200, 500)
    view.set_comparison(comparison)
    host.show()
    qtbot.waitExposed(host)
    yield found  # keeps ``host`` (and with it the bar) alive through the test


def selected(text: ArticleText, start: int, end: int) -> str:
    cursor = QTextCursor(text.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def search(bar: FindBar, query: str) -> None:
    bar.open()
    bar.edit.setText(query)


def test_every_match_in_every_column_is_found_and_marked(
    bar: FindBar, comparison: Comparison
) -> None:
    search(bar, "coalition")
    expected = {c.key: c.article.text.lower().count("coalition") for c in comparison.articles}
    counted = {key: sum(1 for k, _, _ in bar.matches() if k == key) for key in expected}
    assert counted == expected
    assert bar.count.text() == f"1 of {sum(expected.values())}"
    for key, start, end in bar.matches():
        assert selected(bar.view.texts[key], start, end).lower() == "coalition"
    for key, text in bar.view.texts.items():
        assert len(text.layer(MATCH)) == expected[key]


def test_next_and_previous_walk_the_matches_and_wrap(bar: FindBar) -> None:
    search(bar, "civilians")
    matches = bar.matches()
    assert bar.current() == matches[0]
    assert bar.find_next() == matches[1]
    assert bar.count.text() == f"2 of {len(matches)}"
    assert bar.find_previous() == matches[0]
    assert bar.find_previous() == matches[-1]
    key, start, end = matches[-1]
    assert bar.view.texts[key].is_visible(start, end)
    assert bar.view.texts[key].layer(CURRENT_MATCH) == [(start, end)]
    assert all(t.layer(CURRENT_MATCH) == [] for k, t in bar.view.texts.items() if k != key)
    assert bar.find_next() == matches[0]


def test_enter_shift_enter_and_escape(bar: FindBar, qtbot: QtBot) -> None:
    search(bar, "Syria")
    first, second = bar.matches()[:2]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.current() == second
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current() == first
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert bar.matches() == []
    assert all(not t.extraSelections() for t in bar.view.texts.values())


def test_ctrl_f_opens_and_f3_goes_on(bar: FindBar, qtbot: QtBot) -> None:
    bar.close()
    text = bar.view.texts["A"]
    bar.window().activateWindow()
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    qtbot.keyClick(text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.edit.hasFocus()
    bar.edit.setText("letter")
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert bar.count.text() == f"2 of {len(bar.matches())}"


@pytest.mark.parametrize(
    ("query", "key", "found"),
    [
        ('"anti-ISIS"', "B", "“anti-ISIS”"),
        ("syrian army's progress", "B", "Syrian Army’s progress"),
        ("US-LED   COALITION", "C", "US-led coalition"),
    ],
)
def test_case_spaces_and_quotes_do_not_get_in_the_way(
    bar: FindBar, query: str, key: str, found: str
) -> None:
    search(bar, query)
    hits = [(k, s, e) for k, s, e in bar.matches() if k == key]
    assert hits
    assert selected(bar.view.texts[key], hits[0][1], hits[0][2]) == found


def test_nothing_found_and_blank(bar: FindBar) -> None:
    search(bar, "zebra crossing")
    assert bar.matches() == [] and bar.count.text() == "No matches"
    assert bar.find_next() is None
    bar.edit.setText("   ")
    assert bar.count.text() == ""
    assert search_pattern("  ") is None


def test_difference_highlights_survive_a_search(bar: FindBar) -> None:
    text = bar.view.texts["A"]
    start = text.toPlainText().index("more than 10")
    cursor = QTextCursor(text.document())
    cursor.setPosition(start + 2)
    before = cursor.charFormat()
    search(bar, "more than 10")
    assert text.layer(MATCH) == [(start, start + 12)]
    bar.close()
    cursor.setPosition(start + 2)
    assert cursor.charFormat() == before


def test_showing_furniture_searches_again(bar: FindBar) -> None:
    search(bar, "advertisement")
    assert bar.matches() == []
    bar.view.set_show_furniture(True)
    (hit,) = bar.matches()
    assert hit[0] == "B"
    assert selected(bar.view.texts["B"], hit[1], hit[2]) == "Advertisement"


def test_marks_keep_through_a_theme_switch(bar: FindBar) -> None:
    search(bar, "coalition")
    bar.find_next()
    bar.view.show_difference(bar.view.comparison.differences[0])  # type: ignore[union-attr]
    layers = {k: (t.layer(MATCH), t.layer(CURRENT)) for k, t in bar.view.texts.items()}
    dark = QPalette(bar.view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    bar.view.setPalette(dark)
    assert {k: (t.layer(MATCH), t.layer(CURRENT)) for k, t in bar.view.texts.items()} == layers
    text = bar.view.texts["A"]
    assert len(text.extraSelections()) == len(text.layer(MATCH)) + len(text.layer(CURRENT)) + len(
        text.layer(CURRENT_MATCH)
    )
