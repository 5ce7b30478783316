"""Sessions in the window: review, note, save, close, reopen and find everything as left."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from comparer.importing import import_all
from comparer.model import Difference, Kind
from comparer.sessions import ReviewState, StaleSession
from comparer.storage import Library, SessionStore
from tests.ui.conftest import Answers, open_window
from ui.main_window import MainWindow
from ui.session.marks import marks_of
from ui.session.notes_view import rows_of
from ui.session.restore import offer_restore

# Guards against a hang, not limits on speed: on a busy shared machine (load 13) the
# crashing child alone took 61 s to start, compare, review and die (16 s at load 9, 3 s
# idle), so its old 120 s limit, and 30 s for a comparison here, could fail a slow run.
WAIT = 300_000
CHILD_TIMEOUT_S = 900
CRASHING = Path(__file__).with_name("crashing_window.py")


def compared(qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]) -> None:
    outcomes = import_all(library, [str(p) for p in samples[:2]])
    window.library_panel.refresh()
    window.open_articles([o.article_id for o in outcomes if o.article_id])
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)


def select(window: MainWindow, wanted: Difference) -> None:
    window.area.panel.select_difference(wanted)
    assert window.area.panel.current_difference() == wanted


def first_of(window: MainWindow, kind: Kind) -> Difference:
    comparison = window.area.comparison
    assert comparison is not None
    return next(d for d in comparison.differences if d.kind is kind and not d.minor)


def state_of(window: MainWindow, difference: Difference) -> str:
    return window.area.panel.model.marks.state(difference)


def one_marked_relevant(
    qtbot: QtBot, library: Library, samples: list[Path]
) -> tuple[MainWindow, Difference]:
    """A window comparing the seeds with their first number difference marked relevant."""
    window = open_window(qtbot, library)
    compared(qtbot, library, window, samples)
    number = first_of(window, Kind.NUMBER)
    select(window, number)
    window.actions_by_name["relevant"].trigger()
    return window, number


def review_some(window: MainWindow, answers: Answers) -> tuple[Difference, Difference]:
    number, wording = first_of(window, Kind.NUMBER), first_of(window, Kind.WORDING)
    select(window, number)
    window.actions_by_name["relevant"].trigger()
    answers.texts += ["Check the toll with OCHA.", "Two outlets, one strike."]
    window.actions_by_name["note"].trigger()
    window.actions_by_name["bookmark"].trigger()
    window.actions_by_name["session_note"].trigger()
    select(window, wording)
    window.actions_by_name["dismissed"].trigger()
    return number, wording


def what_the_reviewer_sees(window: MainWindow) -> dict[str, object]:
    attached = window.session.attached
    assert attached is not None
    marks = marks_of(attached)
    return {
        "states": {(d.article, d.text, s) for d, s in marks.states.items()},
        "noted": {d.text for d in marks.noted},
        "bookmarked": {d.text for d in marks.bookmarked},
        "notes": [(r.kind, r.about, r.text) for r in rows_of(attached)],
        "filters": window.area.panel.filters(),
        "tab": window.area.tabs.currentIndex(),
        "columns": window.area.shown_keys,
        "selected": window.area.panel.current_difference(),
        "differences": attached.comparison.differences,
        "groups": attached.comparison.groups,
    }


def test_a_reviewed_session_reopens_exactly_as_left(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], answers: Answers
) -> None:
    compared(qtbot, library, window, samples)
    number, wording = review_some(window, answers)
    assert state_of(window, number) == "relevant" and state_of(window, wording) == "dismissed"
    window.area.panel.set_filter(kind=Kind.NUMBER)
    select(window, number)
    window.area.tabs.setCurrentIndex(window.area.tabs.indexOf(window.notes_view))
    assert window.session.dirty and window.windowTitle().endswith("• (2 articles)")
    answers.texts.append("Strike on Raqqa")
    window.actions_by_name["save"].trigger()
    assert not window.session.dirty
    assert "Strike on Raqqa" in window.windowTitle()
    before = what_the_reviewer_sees(window)
    window.close()
    assert answers.asked == ["Note on Difference", "Note on the Session", "Save Session As"]

    again = open_window(qtbot, library)
    again.session_actions.open_named("Strike on Raqqa")
    qtbot.waitUntil(lambda: again.session.attached is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: again.area.panel.current_difference() is not None, timeout=WAIT)
    assert what_the_reviewer_sees(again) == before
    assert before["notes"][0][2] == "Two outlets, one strike."
    assert ("note", "Check the toll with OCHA.") in [(k, t) for k, _, t in before["notes"]]
    assert before["filters"] == (Kind.NUMBER, None, None)
    assert not again.session.dirty and again.notices.messages() == []


def test_every_review_action_can_be_undone_and_redone(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers
) -> None:
    window, number = one_marked_relevant(qtbot, library, samples)
    answers.texts.append("A note to undo.")
    window.actions_by_name["note"].trigger()
    assert window.session.session is not None and len(window.session.session.notes) == 1
    window.actions_by_name["undo"].trigger()
    assert window.session.session.notes == ()
    assert state_of(window, number) == "relevant"
    window.actions_by_name["undo"].trigger()
    assert state_of(window, number) == "open" and not window.session.dirty
    window.actions_by_name["redo"].trigger()
    window.actions_by_name["redo"].trigger()
    assert state_of(window, number) == "relevant"
    assert [n.text for n in window.session.session.notes] == ["A note to undo."]


def test_a_link_override_recomputes_and_undoes(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    compared(qtbot, library, window, samples)
    texts = window.area.view.texts
    before = window.area.comparison
    last_a = len(before.articles[0].article.sentences) - 1
    for key, index in (("A", last_a), ("B", 0)):
        cursor = texts[key].textCursor()
        cursor.setPosition(texts[key]._sentences[index][0] + 1)
        texts[key].setTextCursor(cursor)
        texts[key].focused.emit()
    window.actions_by_name["link"].trigger()
    qtbot.waitUntil(lambda: window.area.comparison is not before, timeout=WAIT)
    linked = window.area.comparison
    assert any(
        {(m.article, i) for m in g.members for i in m.sentences} >= {("A", last_a), ("B", 0)}
        for g in linked.groups
    )
    assert window.session.session is not None and len(window.session.session.links) == 1
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: window.area.comparison is not linked, timeout=WAIT)
    assert window.session.session.links == ()
    assert window.area.comparison.groups == before.groups


def test_the_selected_difference_stays_selected_when_a_link_redoes_the_comparison(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    """The reader's place was kept after a link but their selected difference was dropped,
    so the table lost its row and Next Difference started again from the top."""
    compared(qtbot, library, window, samples)
    number = first_of(window, Kind.NUMBER)
    select(window, number)
    window.area.show_difference(number)
    texts = window.area.view.texts
    before = window.area.comparison
    last_a = len(before.articles[0].article.sentences) - 1
    for key, index in (("A", last_a), ("B", 0)):
        cursor = texts[key].textCursor()
        cursor.setPosition(texts[key]._sentences[index][0] + 1)
        texts[key].setTextCursor(cursor)
        texts[key].focused.emit()
    window.actions_by_name["link"].trigger()
    qtbot.waitUntil(lambda: window.area.comparison is not before, timeout=WAIT)
    qtbot.waitUntil(lambda: window.area.current_difference() is not None, timeout=5_000)
    chosen = window.area.current_difference()
    assert chosen is not None
    assert (chosen.kind, chosen.article, chosen.text) == (number.kind, number.article, number.text)


def compared_ids(window: MainWindow) -> list[int]:
    attached = window.session.attached
    return sorted(c.article.id for c in attached.comparison.articles) if attached else []


def test_opening_a_session_selects_its_articles_in_the_library(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], answers: Answers
) -> None:
    """The library kept the previous comparison's selection, so the bar above the opened
    session offered to "Compare Them" in its place."""
    ids = [o.article_id for o in import_all(library, [str(p) for p in samples[:3]])]
    window.library_panel.refresh()
    window.open_articles([ids[0], ids[1]])
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)
    answers.texts.append("First two")
    window.actions_by_name["save_as"].trigger()
    window.library_panel.select_ids([ids[1], ids[2]])
    window.actions_by_name["compare"].trigger()
    qtbot.waitUntil(lambda: compared_ids(window) == ids[1:], timeout=WAIT)
    window.session_actions.open_named("First two")
    qtbot.waitUntil(lambda: compared_ids(window) == ids[:2], timeout=WAIT)
    assert sorted(window.library_panel.selected_ids()) == ids[:2]
    assert not window.area.compare_bar.isVisible()


def test_a_session_saved_elsewhere_is_not_overwritten_unseen(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], answers: Answers
) -> None:
    compared(qtbot, library, window, samples)
    answers.texts.append("Shared")
    window.actions_by_name["save"].trigger()
    store = SessionStore(library)
    store.update("Shared", lambda s: s)  # another window saves it meanwhile
    select(window, first_of(window, Kind.NUMBER))
    window.actions_by_name["relevant"].trigger()
    with pytest.raises(StaleSession):
        window.session.save()
    window.session.overwrite()
    reopened = store.get("Shared")
    assert [d.state for d in reopened.decisions] == [ReviewState.RELEVANT]


@pytest.mark.parametrize("kind", ["html", "pdf", "csv", "json"])
def test_the_window_exports_each_report(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers, tmp_path: Path, kind: str
) -> None:
    window, number = one_marked_relevant(qtbot, library, samples)
    window.session_actions.relevant_only.setChecked(True)
    target = tmp_path / f"report.{kind}"
    window.session_actions.export(kind, target)
    qtbot.waitUntil(lambda: any("Exported" in m for m in window.notices.messages()), timeout=WAIT)
    data = target.read_bytes()
    if kind == "pdf":
        text = "".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    else:
        text = data.decode("utf-8")
    assert number.text.split()[0] in text
    if kind == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == 1  # only the difference marked relevant
    if kind == "json":
        assert len(json.loads(text)["differences"]) == 1


def test_the_html_report_does_not_say_none_of_notes_that_stand_on_differences(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers, tmp_path: Path
) -> None:
    """A note on a difference stood in the table while "Reviewer's notes" said "None."."""
    window, number = one_marked_relevant(qtbot, library, samples)
    answers.texts.append("Check the toll with OCHA.")
    window.actions_by_name["note"].trigger()
    target = tmp_path / "report.html"
    window.session_actions.export("html", target)
    qtbot.waitUntil(lambda: any("Exported" in m for m in window.notices.messages()), timeout=WAIT)
    text = target.read_text("utf-8")
    notes = text.split("<h2>Reviewer's notes</h2>", 1)[1].split("<h2>", 1)[0]
    assert "None." not in notes
    assert "Check the toll with OCHA." in notes and f"“{number.text}”" in notes


def test_a_comparer_file_carries_the_session_to_another_library(
    qtbot: QtBot,
    library: Library,
    window: MainWindow,
    samples: list[Path],
    answers: Answers,
    tmp_path: Path,
) -> None:
    compared(qtbot, library, window, samples)
    review_some(window, answers)
    before = what_the_reviewer_sees(window)
    bundle = tmp_path / "strike.comparer"
    window.session_actions.export("comparer", bundle)
    qtbot.waitUntil(bundle.exists, timeout=WAIT)
    with Library.open(tmp_path / "elsewhere.sqlite3") as other:
        there = open_window(qtbot, other)
        there.session_actions.import_file(bundle)
        qtbot.waitUntil(lambda: there.session.attached is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: there.area.panel.current_difference() is not None, timeout=WAIT)
        after = what_the_reviewer_sees(there)
        assert {k: after[k] for k in ("states", "noted", "bookmarked", "notes")} == {
            k: before[k] for k in ("states", "noted", "bookmarked", "notes")
        }
        there.close()


def killed_after_a_verdict(db: Path, samples: list[Path]) -> str:
    """Run a window that marks a difference and is SIGKILLed; the text of that difference."""
    child = subprocess.run(
        [sys.executable, str(CRASHING), str(db), *map(str, samples[:2])],
        capture_output=True,
        text=True,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    return child.stdout.strip()


def test_work_left_by_a_killed_window_is_offered_back(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers, tmp_path: Path
) -> None:
    reviewed = killed_after_a_verdict(tmp_path / "library.sqlite3", samples)
    window = open_window(qtbot, library)
    answers.buttons.append(QMessageBox.StandardButton.Yes)
    assert offer_restore(window, window.session, window.notices)
    qtbot.waitUntil(lambda: window.session.attached is not None, timeout=WAIT)
    states = marks_of(window.session.attached).states
    assert [(d.text, s) for d, s in states.items()] == [(reviewed, "relevant")]
    assert window.session.dirty and answers.asked == ["Restore unsaved work?"]
    assert window.session.drafts.abandoned() == []  # claimed: not offered twice


def test_declining_the_restore_forgets_the_draft(
    qtbot: QtBot, library: Library, samples: list[Path], answers: Answers, tmp_path: Path
) -> None:
    killed_after_a_verdict(tmp_path / "library.sqlite3", samples)
    window = open_window(qtbot, library)
    assert not offer_restore(window, window.session, window.notices)  # answered Discard
    assert window.session.attached is None
    assert window.session.drafts.abandoned() == []


def test_a_dismissed_difference_loses_its_fill_in_the_column(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path]
) -> None:
    compared(qtbot, library, window, samples)
    number = first_of(window, Kind.NUMBER)
    text = window.area.view.texts[number.article]

    def filled() -> bool:
        start, _ = text.span_of(number)
        cursor = text.textCursor()
        cursor.setPosition(start + 1)
        return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush

    assert filled()
    select(window, number)
    window.actions_by_name["dismissed"].trigger()
    assert not filled()
    window.actions_by_name["undo"].trigger()
    assert filled()


def test_rename_delete_and_recent_sessions(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], answers: Answers
) -> None:
    compared(qtbot, library, window, samples)
    answers.texts += ["First look", "Strike, second look"]
    window.actions_by_name["save"].trigger()
    window.actions_by_name["rename_session"].trigger()
    store = SessionStore(library)
    assert [s.name for s in store.list()] == ["Strike, second look"]
    assert "Strike, second look" in window.windowTitle()
    window.session_actions.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.session_actions.recent_menu.actions()] == [
        "Strike, second look"
    ]
    answers.buttons.append(QMessageBox.StandardButton.Yes)
    window.actions_by_name["delete_session"].trigger()
    assert store.list() == []
    assert window.session.attached is not None and not window.session.stored
    assert answers.asked[-1] == "Delete Session"


def test_a_result_from_another_engine_is_pointed_out_and_can_be_accepted(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], answers: Answers
) -> None:
    compared(qtbot, library, window, samples)
    select(window, first_of(window, Kind.NUMBER))
    window.actions_by_name["relevant"].trigger()
    answers.texts.append("Reviewed with an older engine")
    window.actions_by_name["save"].trigger()
    store = SessionStore(library)
    store.update(
        "Reviewed with an older engine",
        lambda s: replace(s, engine_version="0.0.1", result_digest="0" * 64),
    )
    window.session_actions.open_named("Reviewed with an older engine")
    qtbot.waitUntil(lambda: window.session.session.engine_version == "0.0.1", timeout=WAIT)
    qtbot.waitUntil(lambda: window.session.attached.session.engine_version == "0.0.1", timeout=WAIT)
    assert any("different result" in m for m in window.notices.messages())
    assert window.session.attached.result_changed and not window.session.dirty
    window.actions_by_name["accept_result"].trigger()
    assert not window.session.attached.result_changed and window.session.dirty
    window.actions_by_name["save"].trigger()
    assert store.get("Reviewed with an older engine").engine_version != "0.0.1"


def test_notes_are_edited_and_deleted_from_the_notes_tab(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], answers: Answers
) -> None:
    compared(qtbot, library, window, samples)
    answers.texts += ["First thought.", "Second thought."]
    window.notes_view.add_button.click()
    notes = window.notes_view
    notes.tree.setCurrentIndex(notes.model.index(0, 0))
    notes.edit_button.click()
    assert [r.text for r in rows_of(window.session.attached)] == ["Second thought."]
    notes.tree.setCurrentIndex(notes.model.index(0, 0))
    notes.delete_button.click()
    assert notes.model.rowCount() == 0
    window.actions_by_name["undo"].trigger()
    assert notes.model.index(0, 2).data() == "Second thought."
    assert notes.model.index(0, 1).data() == "Whole session"


def test_a_tampered_comparer_file_is_refused_and_changes_nothing(
    qtbot: QtBot, library: Library, window: MainWindow, samples: list[Path], tmp_path: Path
) -> None:
    compared(qtbot, library, window, samples)
    bundle = tmp_path / "strike.comparer"
    window.session_actions.export("comparer", bundle)
    qtbot.waitUntil(bundle.exists, timeout=WAIT)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bundle.write_bytes(bytes(data))
    with Library.open(tmp_path / "elsewhere.sqlite3") as other:
        there = open_window(qtbot, other)
        there.session_actions.import_file(bundle)
        assert any("strike.comparer" in m for m in there.notices.messages())
        assert SessionStore(other).list() == [] and other.list() == []
        there.close()
