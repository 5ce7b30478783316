"""Pasting a selection copied from a browser: the clipboard's HTML is imported as a page is
(trafilatura), so the site's menu, the headline and the byline are told from the article;
its plain text is imported only when the HTML holds no article."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from comparer.storage import Library
from ui.main_window import MainWindow

_BODY = (
    "Heavy rain flooded the old town of Valencia on Tuesday, officials said, and 40 people "
    "were moved from their homes.",
    "The river rose two metres in three hours, the city's emergency service said.",
)
_HTML = (
    "<html><body><!--StartFragment--><nav><a href='/'>Home</a> <a href='/world'>World</a> "
    "<a href='/business'>Business</a></nav><h1>Flood hits Valencia</h1>"
    "<p class='byline'>By Ana Ruiz</p>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in _BODY)
    + "<!--EndFragment--></body></html>"
)
_TEXT = "Home World Business\n\nFlood hits Valencia\n\nBy Ana Ruiz\n\n" + "\n\n".join(_BODY)


def _paste(qtbot: QtBot, window: MainWindow, text: str, html: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)
    try:
        window.paste()
        qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 1, timeout=15000)
    finally:
        # The clipboard owns the data it was given: emptied here, not at the application's
        # exit, where Python and Qt would both free it (the run then ended on a segfault).
        QApplication.clipboard().clear()


def test_pasted_html_is_read_as_a_page(qtbot: QtBot, library: Library, window: MainWindow) -> None:
    _paste(qtbot, window, _TEXT, _HTML)
    (summary,) = library.list()
    article = library.get(summary.id)
    assert article.text == "\n\n".join(_BODY)
    assert (article.meta.title, article.meta.author) == ("Flood hits Valencia", "Ana Ruiz")
    assert article.media_type == "text/html"


def test_html_without_an_article_gives_way_to_the_text(
    qtbot: QtBot, library: Library, window: MainWindow
) -> None:
    _paste(qtbot, window, _TEXT, "<html><body><img src='chart.png'></body></html>")
    (summary,) = library.list()
    article = library.get(summary.id)
    assert article.media_type == "text/plain"
    assert article.text.endswith("\n\n".join(_BODY))
