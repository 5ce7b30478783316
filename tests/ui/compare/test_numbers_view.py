"""The numbers table on hand-placed figures of four seed reports, and on the engine's own."""

from __future__ import annotations

from dataclasses import replace

import pytest
from analysis_seeds import four_articles, four_reports, one_event
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from comparer.model import Comparison, Figure, NumberRow
from tests.ui.conftest import placed, shown_text
from ui.compare.numbers_view import BACKGROUND_HEADING, NumbersModel, NumbersView, interval_text

Role = Qt.ItemDataRole


@pytest.fixture
def view(qtbot: QtBot) -> NumbersView:
    return placed(qtbot, NumbersView(), four_reports(), (700, 300), show=True)


def cells(model: NumbersModel, role: Role = Role.DisplayRole) -> list[list[object]]:
    return [
        [model.index(r, c).data(role) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_rows_are_counted_things_and_columns_are_reports(view: NumbersView) -> None:
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == [
        "Counted",
        "A · The Syrian Observer",
        "B · Fort Russ News",
        "C · Press TV",
        "D · SANA",
    ]
    assert cells(model) == [
        ["≠ civilians killed · E1", "more than 10 civilians", "at least 10 civilians", "—", "—"],
        ["people injured · E1", "scores of others", "many more", "—", "—"],
        ["civilians killed · E2", "—", "—", "14 civilians; thousands of civilians", "—"],
        ["injured · E2", "—", "—", "over 40", "—"],
        ["civilians killed · E3", "—", "—", "—", "17 civilians"],
    ]


def test_one_event_needs_no_event_in_the_labels(qtbot: QtBot) -> None:
    model = NumbersModel()
    model.set_comparison(one_event(four_reports()))
    assert [row[0] for row in cells(model)] == ["≠ civilians killed", "people injured"]


def test_conflicts_are_tinted_and_vague_figures_italic(view: NumbersView) -> None:
    model = view.model
    backgrounds = cells(model, Role.BackgroundRole)
    assert all(isinstance(b, QColor) for b in backgrounds[0])
    assert all(b is None for row in backgrounds[1:] for b in row)
    fonts = cells(model, Role.FontRole)
    assert fonts[1][1].italic() and fonts[1][2].italic()  # type: ignore[union-attr]
    assert fonts[0][1] is None
    assert "disagree" in str(model.index(0, 0).data(Role.ToolTipRole))


@pytest.mark.parametrize(
    ("interval", "vague", "words"),
    [
        ((10, None), False, "at least 10"),
        ((40, 200), True, "between 40 and 200 (vague wording)"),
        ((14, 14), False, "exactly 14"),
        ((None, 5), False, "at most 5"),
        ((1500, 1500), False, "exactly 1,500"),
        ((2.5, 3.5), False, "between 2.5 and 3.5"),
        ((None, None), True, "an unknown amount (vague wording)"),
    ],
)
def test_tooltips_say_the_interval(
    interval: tuple[float | None, float | None], vague: bool, words: str
) -> None:
    figure = Figure("A", 0, 5, "words", interval[0], interval[1], vague)
    assert interval_text(figure) == words


def test_cell_tooltips_quote_the_figure(view: NumbersView) -> None:
    tips = [[shown_text(t) if t else t for t in row] for row in cells(view.model, Role.ToolTipRole)]
    assert tips[0][1] == "“more than 10 civilians”: at least 10"
    assert tips[1][2] == "“many more”: at least 3 (vague wording)"
    assert tips[0][3] == "This report gives no figure"


def test_picking_a_cell_names_the_figure_in_its_article(view: NumbersView, qtbot: QtBot) -> None:
    text = four_articles()["B"].text
    with qtbot.waitSignal(view.figure_chosen) as chosen:
        view.select_figure(1, 2)
    key, start, end = chosen.args
    assert key == "B"
    assert text[start:end] == "many more"
    with qtbot.assertNotEmitted(view.figure_chosen):
        view.select_figure(1, 0)  # the label column holds no figure
        view.select_figure(1, 3)  # C gives none


def test_activating_a_cell_again_goes_on_to_its_next_figure(
    view: NumbersView, qtbot: QtBot
) -> None:
    text = four_articles()["C"].text
    index = view.model.index(2, 3)
    shown = []
    for _ in range(3):
        with qtbot.waitSignal(view.figure_chosen) as chosen:
            view.table.activated.emit(index)
        shown.append(text[chosen.args[1] : chosen.args[2]])
    assert shown == ["14 civilians", "thousands of civilians", "14 civilians"]
    tip = shown_text(index.data(Role.ToolTipRole))
    assert (
        tip
        == "“14 civilians”: exactly 14\n“thousands of civilians”: at least 2,000 (vague wording)"
    )
    assert index.data(Role.FontRole) is None  # italic only when every figure is vague


def test_a_dark_palette_changes_the_conflict_tint(view: NumbersView) -> None:
    before = view.model.index(0, 1).data(Role.BackgroundRole)
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    view.setPalette(dark)
    assert view.model.dark
    assert view.model.index(0, 1).data(Role.BackgroundRole) != before


def test_the_engine_figures_land_on_their_words(
    qtbot: QtBot, qtmodeltester: ModelTester, engine_four: Comparison
) -> None:
    widget = placed(qtbot, NumbersView(), engine_four)
    qtmodeltester.check(widget.model)
    assert widget.model.rowCount() == len(engine_four.numbers) > 0
    by_key = {c.key: c.article for c in engine_four.articles}
    for row in range(widget.model.rowCount()):
        for column in range(1, widget.model.columnCount()):
            for figure in widget.model.figures(widget.model.index(row, column)):
                assert by_key[figure.article].text[figure.start : figure.end] == figure.text
                assert " ".join(figure.text.split()) in widget.model.index(row, column).data()


def with_background(comparison: Comparison) -> Comparison:
    """``comparison`` plus one background row: a past toll quoted in report A."""
    first = comparison.numbers[0].figures[0]
    past = NumberRow("E1", "people", "killed", (first,), conflict=False, background=True)
    return replace(comparison, numbers=(past, *comparison.numbers))


def test_background_figures_come_last_under_their_own_heading(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    comparison = with_background(four_reports())
    widget = placed(qtbot, NumbersView(), comparison)
    model = widget.model
    qtmodeltester.check(model)
    rows = len(comparison.numbers)
    assert model.rowCount() == rows + 1
    heading = model.index(rows - 1, 0)
    assert heading.data() == BACKGROUND_HEADING
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert model.figures(model.index(rows - 1, 1)) == []
    label = model.index(rows, 0)
    assert label.data() == "people killed · E1"
    assert "not compared" in str(label.data(Role.ToolTipRole))
    assert model.index(rows, 1).data(Role.ForegroundRole) is not None
    figure = widget.select_figure(rows, 1)
    assert figure is not None and figure.article == "A"
