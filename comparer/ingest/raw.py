"""The intermediate record every format reader returns before the text is cleaned.

A reader knows its format: it turns bytes into text with paragraphs on separate lines and
fills in whatever metadata the markup carries. Cleaning, metadata from the text itself and
sentence splitting are the same for every format and happen afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from comparer.model import Metadata


@dataclass(frozen=True, slots=True)
class Raw:
    """Text as a reader extracted it, one paragraph a line (or hard-wrapped if ``wrapped``)."""

    text: str
    media_type: str
    meta: Metadata = field(default_factory=Metadata)
    wrapped: bool = False
    notes: tuple[str, ...] = ()
    """Footnotes and endnotes, kept as removed blocks after the text (they are not the
    article's running text, but nothing the file holds is lost)."""
    boxes: tuple[tuple[str, str], ...] = ()
    """Text box paragraphs (a pull quote, a fact box), each after the text of the paragraph
    it is anchored after, kept as removed blocks there."""
    link_lists: tuple[tuple[tuple[str, ...], str], ...] = ()
    """Runs of link lines cut from a page's text with the lines before them, nearest first
    (:mod:`.formats.link_lists`), kept as removed "read more" blocks after the nearest of
    those lines that stays in the text."""
    menus: tuple[tuple[tuple[str, ...], str], ...] = ()
    """A site's menus cut from a printed page's lines (:mod:`comparer.ingest.menus`), held
    as ``link_lists`` are and kept as removed navigation blocks."""
    captions: frozenset[str] = frozenset()
    """Paragraphs the file marks as captions (Word's "Caption" style), set apart as the
    captions found by their words are."""
    aside: frozenset[tuple[str, int]] = frozenset()
    """Lines the reader knows are furniture (a PDF's running headers and page numbers), as
    ``(line, n)``: the n-th time (from 0) that line stands in ``text``; each is set aside
    after the paragraph it interrupts and marked as page furniture."""
