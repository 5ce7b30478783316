"""A drop cap drawn as a picture given back to its word before the article is extracted.

Older templates drew an article's first letter as an image and left the rest of the word
in the text: ``<img src="dropcap/qs.gif" alt='"S'>tar Wars," George Lucas's ...`` on a
1977 review in The New York Times's archive. Extraction drops the image, and the opening
read "tar Wars,". An image whose alternative text is one capital letter (a quotation mark
may come before it) and whose following text goes straight on in small letters is replaced
by that letter, so the word is whole again. An image followed by a space or a capital is
left: its letter stands alone (an icon, a close button's "x" before "Close").
"""

from __future__ import annotations

import re
from typing import Any

_LETTER = re.compile(r"[\"'“‘„«]?[^\W\d_]")


def restore_drop_caps(tree: Any) -> None:
    """Replace each drop-cap image in ``tree`` (None is left) by the letter it draws."""
    if tree is None:
        return
    for image in list(tree.iter("img")):
        letter = (image.get("alt") or "").strip()
        tail = image.tail or ""
        if _LETTER.fullmatch(letter) and letter[-1].isupper() and tail[:1].islower():
            _replace_by_text(image, letter + tail)


def _replace_by_text(element: Any, text: str) -> None:
    """Take ``element`` out of its parent, leaving ``text`` where it stood."""
    parent = element.getparent()
    if parent is None:
        return
    before = element.getprevious()
    if before is not None:
        before.tail = (before.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(element)
