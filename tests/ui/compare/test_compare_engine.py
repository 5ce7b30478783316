"""The comparison view showing what the real engine makes of the two strike reports."""

from __future__ import annotations

import pytest
from compare_seeds import ShownView, make_article, seed, strike_articles
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from comparer.compare import compare
from comparer.model import Comparison, Kind, Metadata, Relation
from tests.ui.conftest import placed
from ui.compare import ComparisonView, DifferencesPanel, bind_panel
from ui.compare.palette import RELATION_HINTS, RELATION_LABELS

US = QTextCharFormat.UnderlineStyle
UNDERLINES = {
    Kind.WORDING: US.WaveUnderline,
    Kind.NUMBER: US.SingleUnderline,
    Kind.FRAMING: US.DashUnderline,
    Kind.OMISSION: US.DotLine,
}


@pytest.fixture(scope="module")
def engine_result() -> Comparison:
    articles = strike_articles()
    return compare([articles["A"], articles["B"]])


@pytest.fixture
def view(shown_view: ShownView, engine_result: Comparison) -> ComparisonView:
    return shown_view(engine_result, 1000, 400)


def test_every_engine_span_is_painted_on_its_own_text(
    view: ComparisonView, engine_result: Comparison
) -> None:
    assert engine_result.differences
    for difference in engine_result.differences:
        text = view.texts[difference.article]
        # Raw text keeps no-break spaces, which toPlainText() turns into plain ones.
        shown = text.document().toRawText().replace("\u2029", "\n")
        assert shown[difference.start : difference.end] == difference.text
        covering = {
            UNDERLINES[d.kind]
            for d in engine_result.differences
            if d.article == difference.article and d.start <= difference.start < d.end
        }
        cursor = QTextCursor(text.document())
        cursor.setPosition(difference.start + 1)
        assert cursor.charFormat().underlineStyle() in covering


def test_link_map_joins_every_group_and_also_link_of_the_neighbours(
    view: ComparisonView, engine_result: Comparison
) -> None:
    linkmap = view.panes[1].linkmap
    assert linkmap is not None
    shared = [g for g in engine_result.groups if {m.article for m in g.members} >= {"A", "B"}]
    also = [x for x in engine_result.also if {x.article_a, x.article_b} == {"A", "B"}]
    assert len(linkmap.links) == len(shared) + len(also) and shared
    assert [link.group for link in linkmap.links].count("") == len(also)  # faint also bands
    view.grab()  # paints the bands, crossing ones included


def test_end_of_one_column_levels_with_the_end_of_the_other(view: ComparisonView) -> None:
    a, b = view.texts["A"], view.texts["B"]
    a.verticalScrollBar().setValue(a.verticalScrollBar().maximum())
    assert b.verticalScrollBar().value() == b.verticalScrollBar().maximum()
    a.verticalScrollBar().setValue(0)
    assert b.verticalScrollBar().value() == 0


def test_the_panel_lists_and_navigates_engine_differences(
    qtbot: QtBot, qtmodeltester: ModelTester, view: ComparisonView, engine_result: Comparison
) -> None:
    panel = placed(qtbot, DifferencesPanel(), engine_result)
    bind_panel(view, panel)
    qtmodeltester.check(panel.model)
    major = [d for d in engine_result.differences if not d.minor]
    assert panel.proxy.rowCount() == len(major) < len(engine_result.differences)
    assert panel.hidden.isVisibleTo(panel) and panel.hidden.text().startswith(
        f"{len(engine_result.differences) - len(major)} minor hidden"
    )
    panel.set_show_minor(True)  # the Summary tab's switch
    assert panel.proxy.rowCount() == len(engine_result.differences)
    assert not panel.hidden.isVisibleTo(panel)
    last = panel.previous_difference()
    assert last is not None
    text = view.texts[last.article]
    assert text.is_visible(last.start, min(last.end, last.start + 20))


def test_the_minor_hidden_count_follows_the_filters(
    qtbot: QtBot, engine_result: Comparison
) -> None:
    panel = placed(qtbot, DifferencesPanel(), engine_result)
    for kind in Kind:
        for article in ("A", "B"):
            panel.set_filter(kind, article)
            hidden = [
                d for d in engine_result.differences
                if d.minor and d.kind is kind and d.article == article
            ]  # fmt: skip
            assert panel.hidden.isVisibleTo(panel) == bool(hidden), (kind, article)
            if hidden:
                assert panel.hidden.text().startswith(f"{len(hidden)} minor hidden")
    wording = [d for d in engine_result.differences if d.minor and d.kind is Kind.WORDING]
    assert 0 < len(wording) < sum(d.minor for d in engine_result.differences)
    panel.set_filter(Kind.WORDING)
    assert panel.hidden.text().startswith(f"{len(wording)} minor hidden")
    panel.set_filter(state="relevant")  # nothing marked relevant: nothing hidden either
    assert not panel.hidden.isVisibleTo(panel)


def test_reports_of_different_events_are_joined_only_by_faint_bands(
    shown_view: ShownView,
) -> None:
    # Seeds 002 and 003: Press TV on two strikes a month apart, sharing its background lines.
    press_tv = [make_article(n, seed(n), (), Metadata(outlet="Press TV")) for n in (2, 3)]
    two = compare(press_tv)
    assert [e.articles for e in two.events] == [("A",), ("B",)]
    assert {g.relation for g in two.groups} - {Relation.RELATED}  # the aligner joined them
    linkmap = shown_view(two, 1000, 400).panes[1].linkmap
    assert linkmap is not None and linkmap.links
    assert {link.relation for link in linkmap.links} == {Relation.RELATED}
    # Outlines only: the faint fills overlapped into a grey block read as Identical.
    picture = linkmap.grab().toImage()
    middle = linkmap.width() // 2
    column = {picture.pixelColor(middle, y).name() for y in range(picture.height())}
    inside = [
        y for y in range(2, picture.height() - 2)
        if any(path.contains(QPointF(middle, y)) for path, _link in linkmap.painted)
    ]  # fmt: skip
    assert inside
    ground = picture.pixelColor(0, 0).name()  # above every band: the window's colour
    filled = [y for y in inside if picture.pixelColor(middle, y).name() != ground]
    assert len(filled) < len(inside) / 4, (len(filled), len(inside), column)


def test_hovering_a_band_names_its_relation(
    qtbot: QtBot, view: ComparisonView, engine_result: Comparison
) -> None:
    """The bands said nothing when hovered: a faint dotted one was explained only by the
    legend. Each now names its relation in words."""
    linkmap = view.panes[1].linkmap
    assert linkmap is not None
    linkmap.grab()  # painted, as on screen
    assert linkmap.painted
    middle = linkmap.width() // 2
    inside = next(
        QPoint(middle, y)
        for path, _link in linkmap.painted
        for y in range(0, linkmap.height())
        if path.contains(QPointF(middle, y))
    )
    relation = linkmap.relation_at(QPointF(inside))
    assert relation is not None
    hover = QHelpEvent(QEvent.Type.ToolTip, inside, linkmap.mapToGlobal(inside))
    QApplication.sendEvent(linkmap, hover)
    assert QToolTip.text() == f"{RELATION_LABELS[relation]}: {RELATION_HINTS[relation].lower()}"
    assert linkmap.relation_at(QPointF(-5, -5)) is None
