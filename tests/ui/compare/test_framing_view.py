"""The framing summary: findings grouped per report and per type, counted, and pickable."""

from __future__ import annotations

import pytest
from analysis_seeds import four_articles, four_reports
from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from comparer.model import Comparison, Difference, Kind
from tests.ui.conftest import placed, shown_text
from ui.compare.framing_view import FramingModel, FramingView


@pytest.fixture
def view(qtbot: QtBot) -> FramingView:
    return placed(qtbot, FramingView(), four_reports(), (600, 400), show=True)


def outline(model: FramingModel, parent: QModelIndex = QModelIndex()) -> list[object]:  # noqa: B008
    """The tree's first column as nested lists: [label, [children...]] or label."""
    rows: list[object] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        children = outline(model, index)
        rows.append([index.data(), children] if children else index.data())
    return rows


def test_findings_are_grouped_by_report_then_type(view: FramingView) -> None:
    assert outline(view.model) == [
        [
            "A · The Syrian Observer — 4 findings",
            [
                ["Loaded (2)", ["crimes", "terrorists"]],
                ["Emotive (1)", ["innocent"]],
                ["Scare quote (1)", ["“illegal”"]],
            ],
        ],
        [
            "B · Fort Russ News — 4 findings",
            [
                ["Distancing (2)", ["so-called", "alleged"]],
                ["Hedge (1)", ["could"]],
                ["Loaded (1)", ["war crimes"]],
            ],
        ],
        ["C · Press TV — 1 finding", [["Loaded (1)", ["crimes"]]]],
        "D · SANA — 0 findings",
    ]


def test_wording_differences_are_left_out(view: FramingView) -> None:
    found = [d for key in "ABCD" for code in ("inserted",) for d in view.findings(key, code)]
    assert found == []
    assert [d.text for d in view.findings("B", "distancing")] == ["so-called", "alleged"]


def test_type_rows_compare_the_reports(view: FramingView) -> None:
    loaded = view.model.item(0).child(0)
    assert shown_text(loaded.toolTip()) == "Loaded in every report — A: 2 · B: 1 · C: 1"


def test_picking_a_finding_emits_it(view: FramingView, qtbot: QtBot) -> None:
    model = view.model
    hedge = model.index(1, 0, model.index(1, 0))
    with qtbot.waitSignal(view.difference_chosen) as chosen:
        view.tree.setCurrentIndex(model.index(0, 1, hedge))
    picked = chosen.args[0]
    assert isinstance(picked, Difference)
    assert (picked.article, picked.type, picked.text) == ("B", "hedge", "could")
    assert four_articles()["B"].text[picked.start : picked.end] == "could"
    with qtbot.assertNotEmitted(view.difference_chosen):
        view.tree.setCurrentIndex(hedge)  # a type row is not a finding


def test_selecting_from_outside_is_quiet(view: FramingView, qtbot: QtBot) -> None:
    wanted = view.findings("A", "emotive")[0]
    with qtbot.assertNotEmitted(view.difference_chosen):
        view.select_difference(wanted)
    assert view.tree.currentIndex().data() == "innocent"


def test_the_engine_framing_is_all_there(
    qtbot: QtBot, qtmodeltester: ModelTester, engine_four: Comparison
) -> None:
    widget = placed(qtbot, FramingView(), engine_four)
    qtmodeltester.check(widget.model)
    framing = [d for d in engine_four.differences if d.kind is Kind.FRAMING]
    major = [d for d in framing if not d.minor]
    assert major and len(major) < len(framing)

    def listed() -> list[Difference]:
        codes = {f.type for f in framing}
        return [d for key in four_articles() for code in codes for d in widget.findings(key, code)]

    assert sorted(listed(), key=repr) == sorted(major, key=repr)
    widget.set_show_minor(True)  # the Summary tab's switch
    qtmodeltester.check(widget.model)
    assert sorted(listed(), key=repr) == sorted(framing, key=repr)


def test_the_tone_table_gives_each_report_its_rates(qtbot: QtBot, engine_four: Comparison) -> None:
    widget = placed(qtbot, FramingView(), engine_four)
    assert widget.tone.rowCount() == len(four_articles()) == len(engine_four.tone)
    for row, tone in enumerate(engine_four.tone):
        cells = widget.tone.cell_texts(row)
        assert cells[0].startswith(tone.article)
        assert cells[1] == f"{tone.negative * 1000 / tone.words:.1f}"
        assert cells[-1] == ", ".join(tone.top)
    widget.set_comparison(None)
    assert widget.tone.rowCount() == 0 and not widget.tone.isVisibleTo(widget)
