"""The Summary tab on the strike reports: key differences listed, a pick shows the place,
and minor findings stay out of the columns until the switch shows them."""

from __future__ import annotations

from analysis_seeds import four_reports, one_event
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel, QTextCursor
from pytestqt.qtbot import QtBot

from comparer.compare import compare
from comparer.key_differences import with_key_differences
from comparer.model import Comparison, Counterpart, Difference, Kind
from tests.comparer.analysis.test_findings_seeds import imported
from tests.ui.conftest import placed, shown_text
from ui.compare import palette
from ui.compare.area import ComparisonArea
from ui.compare.column import CURRENT
from ui.compare.differences import DIFFERENCE_ROLE
from ui.compare.summary_view import SummaryView


def strike() -> Comparison:
    return compare([imported(0), imported(1)])


def test_the_summary_lists_the_key_differences_best_first(qtbot: QtBot) -> None:
    comparison = strike()
    view = placed(qtbot, SummaryView(), comparison)
    lines = view.lines()
    assert len(lines) == len(comparison.key_differences) > 0
    assert lines[0].startswith("1. ") and "more than 10" in lines[0]
    with qtbot.waitSignal(view.difference_chosen) as chosen:
        view.choose(0)
    assert chosen.args[0].text in ("more than 10 civilians", "at least 10 civilians")


def test_the_window_opens_on_the_summary_and_hides_minor_findings(qtbot: QtBot) -> None:
    area = ComparisonArea()
    qtbot.addWidget(area)
    comparison = strike()
    area.show_comparison(comparison)
    assert area.tabs.currentWidget() is area.summary
    minor = [d for d in comparison.differences if d.minor]
    assert minor
    assert not any(d.minor for d in area.view.comparison.differences)  # type: ignore[union-attr]
    major = len(comparison.differences) - len(minor)
    assert area.panel.proxy.rowCount() == major  # the table follows the switch too
    area.summary.minor.setChecked(True)
    shown = area.view.comparison
    assert shown is not None and set(minor) <= set(shown.differences)
    assert area.panel.proxy.rowCount() == len(comparison.differences)


def test_article_text_in_a_line_is_never_markup(qtbot: QtBot) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    base = strike()
    hostile = "<b>bold</b> & <script>"
    d = Difference(
        Kind.NUMBER, "conflict", None, "A", 0, 3, "abc", Counterpart("B", 0, 3, "xyz"),
        f"Figures conflict: {hostile}",
    )  # fmt: skip
    view.set_comparison(with_key_differences(Comparison("t", base.articles, base.events, (), (d,))))
    assert hostile in view.lines()[0]
    # Qt reads a tooltip that looks like markup as rich text: what it shows is the line.
    assert shown_text(view.list.item(0).toolTip()) == f"Figures conflict: {hostile}"


def test_a_picked_key_difference_is_the_one_the_review_menu_acts_on(qtbot: QtBot) -> None:
    area = ComparisonArea()
    qtbot.addWidget(area)
    area.show_comparison(strike())
    with qtbot.waitSignal(area.summary.difference_chosen) as chosen:
        area.summary.choose(0)
    picked = chosen.args[0]
    assert area.view.current == picked
    # Verdicts, notes and "next difference" start from the selected row of the table.
    assert area.current_difference() == area.panel.current_difference() == picked
    leaf = next(i for i in _items(area.framing.model) if i.data(DIFFERENCE_ROLE) is not None)
    framing = leaf.data(DIFFERENCE_ROLE)
    assert framing != picked
    area.tabs.setCurrentWidget(area.framing)
    area.framing.tree.setCurrentIndex(area.framing.model.indexFromItem(leaf))
    assert area.view.current == framing == area.panel.current_difference()


def _items(model: QStandardItemModel) -> list[QStandardItem]:
    found, stack = [], [model.item(r) for r in range(model.rowCount())]
    while stack:
        item = stack.pop()
        found.append(item)
        stack += [item.child(r) for r in range(item.rowCount())]
    return found


def test_a_highlight_the_filtered_table_hides_is_still_what_the_review_menu_acts_on(
    qtbot: QtBot,
) -> None:
    area = ComparisonArea()
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    comparison = strike()
    area.show_comparison(comparison)
    area.set_filter(Kind.NUMBER, None, None)
    number = area.panel.select_row(0)
    assert number is not None and number.kind is Kind.NUMBER
    framing = next(d for d in comparison.differences if d.kind is Kind.FRAMING and not d.minor)
    text = area.view.texts[framing.article]
    start, end = text.span_of(framing)
    text.scroll_to_position(start, end)
    cursor = QTextCursor(text.document())
    cursor.setPosition(start + 1)
    qtbot.mouseClick(
        text.viewport(), Qt.MouseButton.LeftButton, pos=text.cursorRect(cursor).center()
    )
    assert area.current_difference() == framing  # not the number row left selected
    assert area.panel.current_difference() is None


def test_the_minor_switch_keeps_the_reader_s_place_in_the_columns(qtbot: QtBot) -> None:
    area = ComparisonArea()
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    qtbot.waitExposed(area)
    comparison = strike()
    area.show_comparison(comparison)
    last = max((d for d in comparison.differences if not d.minor), key=lambda d: d.start)
    text = area.view.texts[last.article]
    qtbot.waitUntil(lambda: text.verticalScrollBar().maximum() > 0)  # laid out
    area.panel.select_difference(last)
    area.show_difference(last)
    where = area.scroll_position()
    assert where > 0
    area.summary.minor.setChecked(True)
    text = area.view.texts[last.article]
    qtbot.waitUntil(lambda: area.scroll_position() == where)
    assert area.view.current == last
    assert text.layer(CURRENT) == [text.span_of(last)]  # still marked where the reader is


def test_picking_the_headlines_line_marks_the_headlines(qtbot: QtBot) -> None:
    area = ComparisonArea()
    qtbot.addWidget(area)
    comparison = strike()
    area.show_comparison(comparison)
    keys = comparison.key_differences
    row = next(i for i, k in enumerate(keys) if not k.differences)
    area.summary.choose(row)
    marked = {p.key for p in area.view.panes if p.headline.extraSelections()}
    assert marked == set(keys[row].articles) == {"A", "B"}
    area.summary.choose(0)  # another line: the headlines lose the mark
    assert not any(p.headline.extraSelections() for p in area.view.panes)
    assert area.view.current is not None


def test_picking_the_headlines_line_leaves_no_row_of_the_table_selected(qtbot: QtBot) -> None:
    area = ComparisonArea()
    qtbot.addWidget(area)
    comparison = strike()
    area.show_comparison(comparison)
    area.summary.choose(0)
    assert area.current_difference() is not None
    row = next(i for i, k in enumerate(comparison.key_differences) if not k.differences)
    area.summary.choose(row)  # a verdict now would go to the finding picked before
    assert area.current_difference() is None
    assert not area.panel.table.selectionModel().hasSelection()


def test_a_key_difference_beyond_the_sixth_report_shows_every_column_it_concerns(
    qtbot: QtBot,
) -> None:
    """Eight reports, the strike's two last (G and H): picking their key difference shows
    both columns, not only the first finding's, each marked; six columns stay."""
    area = ComparisonArea()
    qtbot.addWidget(area)
    comparison = compare([imported(i) for i in (2, 3, 4, 2, 3, 4, 0, 1)])
    area.show_comparison(comparison)
    keys = comparison.key_differences
    row = next(i for i, k in enumerate(keys) if "more than 10" in k.explanation)
    assert {"G", "H"} <= {comparison.differences[i].article for i in keys[row].differences}
    area.summary.choose(row)
    panes = {p.key: p for p in area.view.panes}
    assert {"G", "H"} <= panes.keys() and len(panes) == 6
    for key in ("G", "H"):
        assert panes[key].text.layer(CURRENT), key


def test_the_summary_warns_first_when_the_reports_cover_several_events(qtbot: QtBot) -> None:
    """The Summary, where the window opens, listed framing findings of unrelated reports
    as key differences; only the Events tab's title carried a small warning sign."""
    view = placed(qtbot, SummaryView(), four_reports(), show=True)
    assert view.events_warning.isVisible()
    assert view.events_warning.text().endswith(
        "report different events, so they are not set against each other (see the Events tab)."
    )
    assert view.events_warning.textFormat() == Qt.TextFormat.PlainText
    colour = view.events_warning.palette().color(QPalette.ColorRole.WindowText)
    assert colour == palette.warning_colour(palette.is_dark(view.palette()))
    view.set_comparison(one_event(four_reports()))
    assert not view.events_warning.isVisible()


def test_a_quotation_ended_in_the_line_is_not_closed_twice(qtbot: QtBot) -> None:
    """BASIL's Fox report ends a tweet's quotation in a sentence of its own; only in A, it
    was listed “No Collusion, No Obstruction - I just fight back!"” with two closing marks,
    and a sentence quoting "textbook bias." in double marks inside double marks."""
    base = strike()
    tail = 'No Collusion, No Obstruction - I just fight back!"'
    whole = 'Trey Gowdy saying he exhibited "textbook bias."'
    facts = [
        Difference(Kind.OMISSION, "sentence", None, "A", 0, len(text), text, None, "Only in A.")
        for text in (tail, whole)
    ]
    view = placed(qtbot, SummaryView(), None)
    view.set_comparison(
        with_key_differences(Comparison("t", base.articles, base.events, (), tuple(facts)))
    )
    facts_shown = {line.split(". ", 1)[1] for line in view.lines() if "Only in A." in line}
    assert facts_shown == {
        "Only in A. “No Collusion, No Obstruction - I just fight back!”",
        'Only in A. ‘Trey Gowdy saying he exhibited "textbook bias."’',
    }
