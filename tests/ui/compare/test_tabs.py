"""What the comparison tabs share: their item models pass Qt's model checks (empty, filled,
emptied), and a tab with nothing to show says so instead of showing an empty table."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from analysis_seeds import four_reports
from compare_seeds import strike_builder
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from comparer.model import Comparison
from tests.ui.conftest import placed
from ui.compare.differences import DifferencesModel
from ui.compare.events_view import EventsModel
from ui.compare.framing_view import FramingModel, FramingView
from ui.compare.numbers_view import NumbersModel, NumbersView


def _strike() -> Comparison:
    return strike_builder().comparison()


@pytest.mark.parametrize(
    ("model_type", "comparison"),
    [
        (DifferencesModel, _strike),
        (EventsModel, four_reports),
        (FramingModel, four_reports),
        (NumbersModel, four_reports),
    ],
)
def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester,
    model_type: type[DifferencesModel | EventsModel | FramingModel | NumbersModel],
    comparison: Callable[[], Comparison],
) -> None:
    model = model_type()
    qtmodeltester.check(model)
    model.set_comparison(comparison())
    qtmodeltester.check(model)
    model.set_comparison(None)
    qtmodeltester.check(model)


@pytest.mark.parametrize(("view_type", "contents"), [(FramingView, "tree"), (NumbersView, "table")])
def test_a_tab_with_nothing_to_show_says_so(
    qtbot: QtBot, view_type: type[FramingView | NumbersView], contents: str
) -> None:
    widget = placed(qtbot, view_type(), None, show=True)
    assert widget.empty.isVisible() and not getattr(widget, contents).isVisible()
