"""A key difference picked in the Summary is marked in every column it concerns, and a
reopened session marks it again exactly as it was left.

Real engine output on three reports of one strike: seeds 000 and 001, and 001 again with
its toll told otherwise ("at least 14"), written to a file and imported like any report.
The engine names one referent three ways ("airstrike" in A, "massacre" in B and C): one
key difference over the three columns, whose first finding is A's word against B's.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.model import KeyDifference
from comparer.storage import Library
from tests.ui.conftest import Answers, open_window
from tests.ui.test_sessions_window import WAIT
from ui.compare.column import CURRENT
from ui.main_window import MainWindow

Marks = dict[str, list[str]]


def three_reports(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], folder: Path
) -> None:
    """The window comparing seeds 000, 001 and the third report."""
    second = samples[1].read_text(encoding="utf-8")
    third = folder / "third.txt"
    third.write_text(second.replace("at least 10 civilians", "at least 14 civilians"), "utf-8")
    outcomes = import_all(library, [str(samples[0]), str(samples[1]), str(third)])
    window.library_panel.refresh()
    window.open_articles([o.article_id for o in outcomes if o.article_id])
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)


def marks(window: MainWindow) -> Marks:
    """The text each column shows as current, and "headline" when its headline is marked."""
    found: Marks = {}
    for pane in window.area.view.panes:
        text = pane.text.toPlainText()
        found[pane.key] = [text[a:b] for a, b in pane.text.layer(CURRENT)]
        if pane.headline.extraSelections():
            found[pane.key].append("headline")
    return found


def three_way(window: MainWindow) -> tuple[int, KeyDifference]:
    comparison = window.area.comparison
    assert comparison is not None
    keys = comparison.key_differences
    row = next(n for n, k in enumerate(keys) if len(k.articles) == 3 and k.differences)
    return row, keys[row]


def test_a_key_difference_over_three_reports_is_marked_in_every_column(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], tmp_path: Path
) -> None:
    three_reports(qtbot, library, window, samples, tmp_path)
    row, key = three_way(window)
    assert "“airstrike”" in key.explanation and "C (" in key.explanation
    window.area.summary.choose(row)
    shown = marks(window)
    assert "airstrike" in shown["A"]
    assert "massacre" in shown["B"] and "massacre" in shown["C"]  # the third column too
    assert window.area.summary.list.currentRow() == row
    for pane in window.area.view.panes:  # each column shows its mark, scrolled to if need be
        assert any(pane.text.is_visible(*span) for span in pane.text.layer(CURRENT)), pane.key
    picked = window.area.current_difference()
    assert window.area.panel.next_difference() not in (None, picked)  # another pick ...
    assert window.area.summary.list.currentRow() == -1
    assert window.area.picked_key_explanation() is None  # ... forgets the key difference
    assert "massacre" not in marks(window)["C"]


def test_a_reopened_session_marks_the_picked_key_difference_as_left(
    qtbot: QtBot,
    library: Library,
    window: MainWindow,
    samples: list[Path],
    answers: Answers,
    tmp_path: Path,
) -> None:
    three_reports(qtbot, library, window, samples, tmp_path)
    row, _ = three_way(window)
    window.area.summary.choose(row)
    window.area.summary.minor.setChecked(True)  # the columns refilled: the marks stay
    qtbot.wait(20)
    left = marks(window)
    assert all(left[k] for k in "ABC"), left
    answers.texts.append("Three ways")
    window.actions_by_name["save"].trigger()
    window.close()
    again = open_window(qtbot, library)
    again.session_actions.open_named("Three ways")
    qtbot.waitUntil(lambda: again.area.picked_key_explanation() is not None, timeout=WAIT)
    qtbot.wait(20)
    assert marks(again) == left
    assert again.area.summary.list.currentRow() == row
    for pane in again.area.view.panes:  # the restored scroll does not hide a column's mark
        assert any(pane.text.is_visible(*span) for span in pane.text.layer(CURRENT)), pane.key


def test_a_reopened_session_marks_the_picked_headlines_again(
    qtbot: QtBot,
    library: Library,
    window: MainWindow,
    samples: list[Path],
    answers: Answers,
    tmp_path: Path,
) -> None:
    three_reports(qtbot, library, window, samples, tmp_path)
    comparison = window.area.comparison
    assert comparison is not None
    row = next(n for n, k in enumerate(comparison.key_differences) if k.kind == "headline")
    window.area.summary.choose(row)
    left = marks(window)
    assert all(left[k] == ["headline"] for k in "ABC"), left
    answers.texts.append("Headlines")
    window.actions_by_name["save"].trigger()
    window.close()
    again = open_window(qtbot, library)
    again.session_actions.open_named("Headlines")
    qtbot.waitUntil(lambda: again.area.picked_key_explanation() is not None, timeout=WAIT)
    qtbot.wait(20)
    assert marks(again) == left
