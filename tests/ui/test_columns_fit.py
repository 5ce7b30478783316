"""The comparison's columns fit the window: two to six reports in a 1024 by 768 window each
get a readable width, side by side without a sideways scroll bar where the window can hold
them, and share the width evenly. Before, five reports were columns of about 126 px."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.storage import Library
from ui.main_window import MainWindow

READABLE = 160  # the brief's "about 160 px" a column, link map, text and ruler


def _six_reports(library: Library, samples: list[Path], folder: Path) -> list[int]:
    """The five bundled reports and a sixth, a rewrite of the first."""
    sixth = folder / "sixth.txt"
    first = samples[0].read_text("utf-8")
    sixth.write_text("Coalition denies striking Syrian army\n\n" + first, "utf-8")
    outcomes = import_all(library, [str(p) for p in [*samples, sixth]])
    return [o.article_id for o in outcomes if o.article_id is not None]


@pytest.mark.parametrize("reports", [2, 3, 4, 5, 6])
def test_each_column_gets_a_readable_width_at_1024_px(
    qtbot: QtBot,
    library: Library,
    window: MainWindow,
    samples: list[Path],
    tmp_path: Path,
    reports: int,
) -> None:
    ids = _six_reports(library, samples, tmp_path)
    assert len(ids) == 6
    window.resize(1024, 768)
    window.library_panel.refresh()
    window.open_articles(ids[:reports])
    qtbot.waitUntil(lambda: len(window.area.view.panes) == reports, timeout=60_000)
    view = window.area.view
    qtbot.waitUntil(lambda: all(p.width() >= READABLE for p in view.panes), timeout=5000)
    widths = [pane.width() for pane in view.panes]
    sideways = view.columns.horizontalScrollBar()
    if reports <= 5:  # they fit beside a narrowed library: no sideways scrolling
        # the scroll area hides its bar once the narrowed library's resize is laid out
        qtbot.waitUntil(lambda: not sideways.isVisible(), timeout=5000)
        assert sum(widths) <= view.columns.viewport().width()
    else:  # six cannot: they scroll sideways rather than shrink
        assert sideways.isVisible()
    assert max(widths) - min(widths) <= 4, widths  # an even share
    assert window.library_panel.width() >= 180  # the library stays usable
