"""The Summary tab on the strike reports: key differences listed, a pick shows the place,
and minor findings stay out of the columns until the switch shows them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from comparer.compare import compare
from comparer.key_differences import with_key_differences
from comparer.model import Comparison, Counterpart, Difference, Kind
from tests.comparer.analysis.test_findings_seeds import imported
from tests.ui.conftest import placed
from ui.compare.area import ComparisonArea
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
