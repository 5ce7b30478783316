"""Soft hyphens in a PDF's text layer: a word cut only where the layout chose to.

A page printed from a browser (Chromium) draws each soft hyphen (U+00AD) of its text as a
space glyph inside a marked span whose ``ActualText`` is the soft hyphen; pypdf reads the
glyph, not the span's text, and every long word came out cut ("repea tedly",
"resp onsibility"). The spans are dropped from the page's content before the text is read.
Where the layout broke a line at a soft hyphen, or hyphenated a word itself (CSS ``hyphens:
auto``), it draws a hyphen (U+2010, where a typed hyphen is U+002D) at the line's end, which
the reflow (:mod:`comparer.ingest.paragraphs`) joins in any language. Joining the word here
instead, its tail moved up onto the first line, shortened the next line, which the reflow
then took for a paragraph's last ("in de" / "Tweede Kamer" cut into two paragraphs): dropped.
"""

from __future__ import annotations

import re
from typing import Any

from pypdf.generic import DecodedStreamObject, NameObject

_SOFT_HYPHEN_SPAN = re.compile(
    rb"/Span\s*<<\s*/ActualText\s*(?:<FEFF00AD>|\(\xfe\xff\x00\xad\))\s*>>\s*BDC.*?EMC",
    re.DOTALL | re.IGNORECASE,
)


def drop_soft_hyphen_spans(page: Any) -> None:
    """Take ``page``'s (a pypdf page read from a file) soft-hyphen spans out of its content."""
    contents = page.get_contents()
    if contents is None:
        return
    data = contents.get_data()
    if b"ActualText" not in data:
        return
    kept = _SOFT_HYPHEN_SPAN.sub(b"", data)
    if kept != data:
        stream = DecodedStreamObject()
        stream.set_data(kept)
        page[NameObject("/Contents")] = stream
