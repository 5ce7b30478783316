"""One article shown alone: styled headline, author, and furniture reasons told in words, in
the right places (also after an emoji, which Qt counts twice), markup shown as text, and a
long article in the window as a reader meets it, read off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont, QTextCursor
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine

from comparer.importing import import_all
from comparer.model import Article, Furniture, Removed
from comparer.storage import Library
from tests.articles import build_article
from ui.library.article_view import ArticleView
from ui.main_window import MainWindow

TITLE = "Strike 🚀 hits <b>market</b>"


def _stored(library: Library, *sentences: str) -> Article:
    added = library.add(build_article(sentences, title=TITLE, author="Jane <i>Doe</i>"))
    return library.get(added.article_id)


def _format_at(view: ArticleView, needle: str) -> tuple[bool, bool]:
    """Whether the character just inside ``needle`` (first found) is bold, and italic."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document().find(needle).selectionStart() + 1)
    look = cursor.charFormat()
    return look.fontWeight() == QFont.Weight.Bold, look.fontItalic()


def test_headline_facts_text_and_furniture_each_in_their_own_style(
    qtbot: QtBot, library: Library
) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(_stored(library, "Prices fell 🚀 by <i>half</i>.", "Traders left."))
    assert view.toPlainText().split("\n\n") == [
        TITLE,
        "Example News · By Jane <i>Doe</i>",
        "Prices fell 🚀 by <i>half</i>. Traders left.",
        "Removed page furniture",
        "• Newsletter: Subscribe to our newsletter\n• Read more: Read more: other news",
    ]
    assert _format_at(view, "market") == (True, False)
    assert _format_at(view, "Prices") == (False, False)
    assert _format_at(view, "Traders") == (False, False)
    assert _format_at(view, "Newsletter:") == (False, True)
    assert _format_at(view, "Subscribe") == (False, False)
    assert _format_at(view, "Removed page") == (True, False)
    view.show_guide()
    assert view.toPlainText().startswith("Drop two or more reports")
    assert _format_at(view, "Drop two") == (True, False)


def _reason_shown(qtbot: QtBot, library: Library, reason: Furniture) -> str:
    """The words the view puts before a line removed for ``reason``."""
    cut = (Removed("Cut line", reason, 0),)
    added = library.add(replace(build_article(("Prices fell.",)), removed=cut))
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(library.get(added.article_id))
    listed = view.toPlainText().split("\n\n")[-1]
    assert listed.startswith("• ") and listed.endswith(": Cut line")
    return listed.removeprefix("• ").removesuffix(": Cut line")


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        (Furniture.READ_MORE, "Read more"),
        (Furniture.PHOTO_CREDIT, "Photo credit"),
        (Furniture.METADATA, "Byline or date"),
        (Furniture.PAGE_HEADER, "Page header, footer or number"),
        (Furniture.KICKER, "Kicker or section label"),
        (Furniture.SHARE, "Share buttons"),
    ],
)
def test_a_removal_reason_is_told_in_words_not_as_the_importers_code(
    qtbot: QtBot, library: Library, reason: Furniture, words: str
) -> None:
    """The view showed the codes ('read more', 'photo credit', 'metadata', 'page header')."""
    assert _reason_shown(qtbot, library, reason) == words


def test_no_removal_reason_is_shown_as_a_code(qtbot: QtBot, library: Library) -> None:
    for reason in Furniture:
        shown = _reason_shown(qtbot, library, reason)
        assert shown[0].isupper() and "_" not in shown, shown


def test_a_long_article_is_shown_whole_and_the_window_follows_a_resize(
    qtbot: QtBot, library: Library, window: MainWindow, tmp_path: Path
) -> None:
    paragraph = "Officials said the strike hit the market at dawn, witnesses said. " * 8
    path = tmp_path / "long.txt"
    path.write_text("A very long report\n\n" + "\n\n".join([paragraph] * 3000), encoding="utf-8")
    import_all(library, [str(path)])
    window.library_panel.refresh()
    window.library_panel.table.selectRow(0)
    view = window.area.article_view
    qtbot.waitUntil(lambda: view.toPlainText().count(paragraph.strip()) == 3000, timeout=5000)
    assert window.area.stack.currentWidget() is view
    window.resize(window.width() - 200, window.height() - 100)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: view.cursorForPosition(view.rect().center()).position() > 0)


@pytest.fixture
def article_readers() -> Iterator[list[threading.Thread]]:
    """The threads that read an article's removed blocks, as only reading one article does."""
    readers: list[threading.Thread] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if "FROM removed_blocks" in statement and "removed_blocks.article_id = ?" in statement:
            readers.append(threading.current_thread())

    event.listen(Engine, "before_cursor_execute", seen)
    yield readers
    event.remove(Engine, "before_cursor_execute", seen)


def test_the_article_shown_alone_is_read_off_the_gui_thread(
    qtbot: QtBot,
    library: Library,
    window: MainWindow,
    samples: list[Path],
    article_readers: list[threading.Thread],
) -> None:
    """A 5 MB article took ~8 ms to read and ~28 ms to join on the GUI thread (and a library
    on a server a round trip per query): a worker now does both."""
    import_all(library, [str(samples[1])])
    window.library_panel.refresh()
    window.library_panel.table.selectRow(0)
    view = window.area.article_view
    qtbot.waitUntil(lambda: "at least 10 civilians were killed" in view.toPlainText(), timeout=5000)
    assert window.area.stack.currentWidget() is view
    assert article_readers
    assert threading.main_thread() not in article_readers
