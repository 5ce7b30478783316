"""Typographic ligatures spelt out as the letters they join, in every imported text.

A PDF set with ligatures often carries them in its text layer as one character each ("ﬁ"
U+FB01, "ﬂ", "ﬀ", "ﬃ", "ﬄ", "ﬅ", "ﬆ"), and a Word file or a page may hold them too: "ﬁrst"
then never matched "first" in another report, nor a search for it. Only these presentation
forms are spelt out (as NFKC would); NFKC itself would also change superscripts, fractions
and full-width forms that mean something in a text.
"""

from __future__ import annotations

import unicodedata

_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
"""The Latin ligatures of the Alphabetic Presentation Forms block, each to its letters."""


def letters(text: str) -> str:
    """``text`` in one spelling for each character (NFC), its ligatures spelt out."""
    return unicodedata.normalize("NFC", text.translate(_LIGATURES))
