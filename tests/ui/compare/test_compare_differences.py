"""The differences table: model checks, filters, sorting, navigation and scrolling the view."""

from __future__ import annotations

import pytest
from analysis_seeds import four_reports
from compare_seeds import ShownView, strike_builder
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from comparer.model import Comparison, Kind
from tests.ui.conftest import placed, shown_text
from ui.compare import ComparisonView, DifferencesPanel, bind_panel
from ui.compare.differences import COUNTERPART_COLUMN, TEXT_COLUMN, TYPE_COLUMN


@pytest.fixture
def panel(qtbot: QtBot, strike: Comparison) -> DifferencesPanel:
    return placed(qtbot, DifferencesPanel(), strike)


def visible_texts(panel: DifferencesPanel) -> list[str]:
    return [panel.proxy.index(r, TEXT_COLUMN).data() for r in range(panel.proxy.rowCount())]


def test_the_filtering_proxy_passes_the_qt_model_checks(
    qtmodeltester: ModelTester, panel: DifferencesPanel
) -> None:
    panel.set_filter(Kind.NUMBER, None)
    qtmodeltester.check(panel.proxy)


def test_rows_read_in_article_then_text_order(panel: DifferencesPanel) -> None:
    assert visible_texts(panel) == [
        "strongly",
        "more than 10",
        "scores of others were injured",
        "“illegal” coalition",
        "so-called “anti-ISIS”",
        "at least 10",
    ]
    first_number = panel.proxy.index(1, 0)
    assert first_number.data() == "Numbers"
    assert panel.proxy.index(1, TYPE_COLUMN).data() == "Changed figure"
    assert panel.proxy.index(1, TYPE_COLUMN + 1).data() == "A · The Syrian Observer"
    assert panel.proxy.index(1, COUNTERPART_COLUMN).data() == "B: at least 10"


@pytest.mark.parametrize(
    ("kind", "article", "expected"),
    [
        (None, None, 6),
        (Kind.NUMBER, None, 2),
        (Kind.WORDING, None, 2),
        (Kind.FRAMING, "B", 1),
        (None, "A", 4),
        (Kind.OMISSION, None, 0),
    ],
)
def test_filters_by_kind_and_article(
    panel: DifferencesPanel, kind: Kind | None, article: str | None, expected: int
) -> None:
    panel.set_filter(kind, article)
    assert panel.proxy.rowCount() == expected
    wanted = [
        d.text
        for d in strike_builder().differences
        if (kind is None or d.kind == kind) and (article is None or d.article == article)
    ]
    assert sorted(visible_texts(panel)) == sorted(wanted)
    assert panel.kind_box.currentData() == kind
    assert panel.article_box.currentData() == article


def test_sorting_by_a_column(panel: DifferencesPanel) -> None:
    panel.table.sortByColumn(TEXT_COLUMN, Qt.SortOrder.AscendingOrder)
    texts = visible_texts(panel)
    assert texts == sorted(texts)
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert panel.proxy.index(0, 0).data() == "Wording"


def test_next_and_previous_walk_the_visible_rows(panel: DifferencesPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.difference_chosen) as chosen:
        first = panel.next_difference()
    assert first is not None and first.text == "strongly"
    assert chosen.args == [first]
    walked = [panel.next_difference() for _ in range(6)]
    assert [d.text for d in walked if d] == [
        "more than 10",
        "scores of others were injured",
        "“illegal” coalition",
        "so-called “anti-ISIS”",
        "at least 10",
        "strongly",
    ]
    back = panel.previous_difference()
    assert back is not None and back.text == "at least 10"


def test_next_of_same_kind_skips_other_kinds(panel: DifferencesPanel) -> None:
    panel.select_row(1)  # "more than 10", a number
    found = panel.next_of_same_kind()
    assert found is not None and (found.kind, found.text) == (Kind.NUMBER, "at least 10")
    again = panel.next_of_same_kind()
    assert again is not None and again.text == "more than 10"


def test_navigation_in_an_empty_table_finds_nothing(qtbot: QtBot) -> None:
    empty = placed(qtbot, DifferencesPanel(), None)
    assert empty.next_difference() is None
    assert empty.previous_difference() is None
    assert empty.next_of_same_kind() is None


def test_choosing_a_row_scrolls_every_column_to_it(
    shown_view: ShownView, panel: DifferencesPanel, strike: Comparison
) -> None:
    view = shown_view(strike, 900, 260)
    bind_panel(view, panel)
    panel.set_filter(None, "B")
    panel.select_row(panel.proxy.rowCount() - 1)  # "at least 10", at B's end
    b, a = view.texts["B"], view.texts["A"]
    assert b.verticalScrollBar().value() > 0
    assert a.verticalScrollBar().value() > 0
    for text, phrase in ((b, "at least 10"), (a, "more than 10")):
        start = text.toPlainText().index(phrase)
        assert text.is_visible(start, start + len(phrase))


def test_clicking_a_highlight_selects_its_row(
    qtbot: QtBot, panel: DifferencesPanel, strike: Comparison
) -> None:
    view = placed(qtbot, ComparisonView(), strike)
    bind_panel(view, panel)
    target = next(d for d in strike.differences if d.text == "so-called “anti-ISIS”")
    with qtbot.assertNotEmitted(panel.difference_chosen):
        view.difference_clicked.emit(target)
    assert panel.current_difference() == target


def test_kind_colours_follow_a_dark_palette(panel: DifferencesPanel) -> None:
    number = panel.proxy.index(1, 0)  # "more than 10"
    assert number.data(Qt.ItemDataRole.DecorationRole) == QColor("#D55E00")
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    panel.setPalette(dark)
    assert number.data(Qt.ItemDataRole.DecorationRole) == QColor("#E69F00")


def test_a_scare_quote_is_not_quoted_twice_in_its_tooltip(qtbot: QtBot) -> None:
    """The Text cell's tooltip quotes the passage: A's scare quote read ““illegal””."""
    shown = placed(qtbot, DifferencesPanel(), four_reports())
    rows = range(shown.proxy.rowCount())
    [cell] = [
        shown.proxy.index(r, TEXT_COLUMN)
        for r in rows
        if shown.proxy.index(r, TEXT_COLUMN).data() == "“illegal”"
    ]
    tip = shown_text(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert tip.split("\n")[0] == "‘“illegal”’"  # (the seed's own explanation follows)
