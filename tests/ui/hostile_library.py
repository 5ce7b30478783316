"""A library whose articles, session and notes carry markup, for the untrusted-text tests.

Two real HTML pages are imported whose title, outlet and author are
``<b>X</b> & <img src="…">``; a stored session is named likewise and holds a note, a
bookmark and a session note saying the same. Whatever the window does with these strings,
it must show them literally and never load the image. Run as a script
(``python -m tests.ui.hostile_library LIBRARY IMAGE``), it fills ``LIBRARY`` and prints
the session's name.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from comparer.importing import import_all
from comparer.sessions.attach import begin
from comparer.sessions.edit import add_bookmark, add_note
from comparer.storage import Library, SessionStore

PAGE = """<!DOCTYPE html><html><head><title>{markup}</title>
<meta property="og:site_name" content="{markup}"><meta name="author" content="{markup}">
</head><body><article><h1>{markup}</h1>{paragraphs}</article></body></html>"""

TEXTS = (
    (
        "Officials said twelve people died in the strike on the market in Idlib on Monday.",
        "Witnesses said the bakery near the market was destroyed by the second strike.",
    ),
    (
        "Officials said fifteen people died in the strike on the market in Idlib on Monday.",
        "The council denied any role in the attack and called for an inquiry.",
    ),
)


def hostile(image: str) -> str:
    """Markup as an attacker would put it in a title: bold, an ampersand and an image."""
    return f'<b>X</b> & <img src="{image}">'


def fill(library: Library, folder: Path, image: str) -> str:
    """Import the two pages, store the marked-up session; returns the session's name."""
    markup = hostile(image)
    paths = []
    for number, paragraphs in enumerate(TEXTS):
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        page = PAGE.format(markup=html.escape(markup), paragraphs=body)
        path = folder / f"hostile-{number}.html"
        path.write_text(page, encoding="utf-8")
        paths.append(str(path))
    outcomes = import_all(library, paths)
    articles = [library.get(o.article_id) for o in outcomes if o.article_id is not None]
    assert [a.meta.title for a in articles] == [markup, markup]  # the premise of the tests
    attached = begin(f"Session {markup}", articles)
    anchor = attached.anchors[0]
    session = add_note(attached.session, anchor, f"Note {markup}")
    session = add_note(session, None, f"Overall {markup}")
    session = add_bookmark(session, anchor, f"Mark {markup}")
    return SessionStore(library).create(session).name


if __name__ == "__main__":
    with Library.open(Path(sys.argv[1])) as opened:
        print(fill(opened, Path(sys.argv[1]).parent, sys.argv[2]))
