"""Fixtures of the comparison-view tests: the strike reports compared by hand, the four seed
reports compared by the engine, and a shown view."""

from __future__ import annotations

import pytest
from analysis_seeds import four_articles
from compare_seeds import ShownView, strike_builder
from pytestqt.qtbot import QtBot

from comparer.analysis import analyse
from comparer.compare import compare
from comparer.model import Comparison
from tests.ui.conftest import placed
from ui.compare import ComparisonView


@pytest.fixture
def strike() -> Comparison:
    """Seeds 000 and 001 with hand-placed groups and differences of every kind."""
    return strike_builder().comparison()


@pytest.fixture(scope="module")
def engine_four() -> Comparison:
    """The four reports of ``analysis_seeds`` as the engine compares them, every analyser on."""
    return compare(list(four_articles().values()), analysers=[analyse])


@pytest.fixture
def shown_view(qtbot: QtBot) -> ShownView:
    """Show a comparison in a view of the given width and height, exposed on screen."""

    def show(comparison: Comparison, width: int, height: int) -> ComparisonView:
        widget = placed(qtbot, ComparisonView(), comparison, (width, height), show=True)
        qtbot.waitExposed(widget)
        return widget

    return show
