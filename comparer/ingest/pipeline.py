"""Turn what a reader extracted into an :class:`Extracted` article: the steps every format shares.

Paragraphs are cut, furniture and metadata lines marked, the kept paragraphs joined with a
blank line between them, and every removed block recorded at the offset where it stood.
Captions, sentences and the language are then found on the cleaned text, so all offsets
refer to the text clients will show.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from comparer.ingest.captions import is_caption
from comparer.ingest.furniture import Marked, mark_furniture
from comparer.ingest.language import detect_language
from comparer.ingest.ligatures import letters
from comparer.ingest.limits import MAX_SENTENCES, MAX_TEXT_CHARS
from comparer.ingest.menus import menu_indexes
from comparer.ingest.metadata import read_text_metadata
from comparer.ingest.paragraphs import split_paragraphs
from comparer.ingest.plausible import add_properties, finish, split_properties
from comparer.ingest.raw import Raw
from comparer.ingest.refusal import Refusal
from comparer.ingest.splitting import segment
from comparer.model import Extracted, Furniture, Metadata, Removed, Span
from comparer.one_line import MAX_LINE_CHARS, one_line, tidy

WEB_PAGE_TYPES = frozenset({"text/html", "application/xml"})
COPIED_TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
"""Text a page may have been copied into, its menus a link a line (a PDF's are cut from its
lines as it is read, a web page's by its markup)."""
"""Pages, whose bylines and datelines the page reader has read already; the rules for
bylines printed without "By" and dated datelines are for files and pasted text only."""

SEPARATOR = "\n\n"
"""What stands between two paragraphs of the cleaned text."""

# Text keeps tabs and line ends; other C0 controls are debris (NULs from PDFs, form feeds
# between pages) that no one wants to see, store or search.
_PAGE_BREAK = re.compile(r"[\x0b\x0c]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def build(raw: Raw, original: bytes, source: str) -> Extracted:
    """The finished article for ``raw``, imported from ``original`` under the name ``source``."""
    if len(raw.text) > MAX_TEXT_CHARS:
        raise Refusal(f"text is {len(raw.text):,} characters, too long for one article")
    # One spelling for each character (NFC), as the web and most keyboards write it: "ড়" as
    # two code points in one report and one in another would never match; nor would "ﬁ".
    body = letters(_CONTROL.sub("", _PAGE_BREAK.sub("\n", raw.text)))
    aside = frozenset((letters(_CONTROL.sub("", line)), seen) for line, seen in raw.aside)
    marked = mark_furniture(*split_paragraphs(body, wrapped=raw.wrapped, aside=aside))
    if raw.media_type in COPIED_TEXT_TYPES:
        _mark_menus(marked)
    start, props = split_properties(raw.media_type, _plain_meta(_tidy_meta(raw.meta)))
    meta = read_text_metadata(marked, start, printed=raw.media_type not in WEB_PAGE_TYPES)
    styled = frozenset(letters(line.strip()) for line in raw.captions)
    text, removed, captions = assemble(marked, styled)
    boxes = (Removed(box, Furniture.TEXT_BOX, _after(text, at)) for at, box in raw.boxes)
    links = (Removed(run, Furniture.READ_MORE, _after_any(text, at)) for at, run in raw.link_lists)
    menus = (Removed(run, Furniture.NAVIGATION, _after_any(text, at)) for at, run in raw.menus)
    removed = tuple(sorted((*removed, *boxes, *links, *menus), key=lambda block: block.position))
    removed += tuple(Removed(note, Furniture.FOOTNOTE, len(text)) for note in raw.notes)
    if not text.strip():
        raise Refusal("no article text found (only page furniture)")
    meta = finish(add_properties(meta, props, text), source)
    sentences = segment(text)
    if len(sentences) > MAX_SENTENCES:
        raise Refusal(f"text has {len(sentences):,} sentences, too many for one article")
    return Extracted(
        source=source,
        media_type=raw.media_type,
        original=original,
        content_hash=hashlib.sha256(original).hexdigest(),
        meta=replace(meta, language=meta.language or detect_language(text)),
        text=text,
        removed=removed,
        captions=captions,
        sentences=sentences,
    )


def assemble(
    marked: Marked, styled: frozenset[str] = frozenset()
) -> tuple[str, tuple[Removed, ...], tuple[Span, ...]]:
    """The cleaned text, the removed blocks and the caption spans of ``marked``; a paragraph
    among ``styled`` (a file's caption style) is a caption whatever its words."""
    parts: list[str] = []
    removed: list[Removed] = []
    captions: list[Span] = []
    length = 0
    for paragraph, mark in zip(marked.paragraphs, marked.marks, strict=True):
        if mark is not None:
            _add_removed(removed, Removed(paragraph, mark, length + _gap(parts)))
            continue
        length += _gap(parts)
        if is_caption(paragraph) or paragraph in styled:
            captions.append(Span(length, length + len(paragraph)))
        parts.append(paragraph)
        length += len(paragraph)
    text = SEPARATOR.join(parts)
    clipped = [replace(block, position=min(block.position, len(text))) for block in removed]
    return text, tuple(clipped), tuple(captions)


def _mark_menus(marked: Marked) -> None:
    """Mark the runs of short link-like paragraphs still kept as navigation."""
    kept = marked.kept()
    for position in menu_indexes([marked.paragraphs[index] for index in kept]):
        marked.marks[kept[position]] = Furniture.NAVIGATION


def _gap(parts: list[str]) -> int:
    return len(SEPARATOR) if parts else 0


def _add_removed(removed: list[Removed], block: Removed) -> None:
    """Append ``block``, merging it with the previous one if they are one run."""
    last = removed[-1] if removed else None
    if last is not None and last.reason == block.reason and last.position == block.position:
        removed[-1] = replace(last, text=f"{last.text}\n{block.text}")
    else:
        removed.append(block)


def _plain_meta(meta: Metadata) -> Metadata:
    """``meta`` with every control character gone: a PDF title may hold NULs and newlines,
    and a title is shown on one line in tables, menus and terminals."""
    return replace(
        meta,
        title=one_line(meta.title)[:MAX_LINE_CHARS],
        outlet=one_line(meta.outlet)[:MAX_LINE_CHARS],
        author=one_line(meta.author)[:MAX_LINE_CHARS],
        published_raw=one_line(meta.published_raw),
        dateline=one_line(meta.dateline),
        credits=tuple(one_line(credit) for credit in meta.credits),
    )


def _tidy_meta(meta: Metadata) -> Metadata:
    return replace(meta, title=_nfc(meta.title), author=_nfc(meta.author), outlet=_nfc(meta.outlet))


def _nfc(value: str) -> str:
    return letters(tidy(value))


def _after_any(text: str, anchors: tuple[str, ...]) -> int:
    """Where a block stands that came after the paragraphs ``anchors`` (nearest first): after
    the nearest of them still in ``text``, at the start when none stood before it, else at
    the end."""
    if not anchors:
        return 0
    found = [_after(text, anchor) for anchor in anchors if anchor and anchor in text]
    end = text.find(SEPARATOR, found[0]) if found else -1
    return len(text) if end < 0 else end  # a block stands at a paragraph's end


def _after(text: str, anchor: str) -> int:
    """Where a block anchored after the paragraph ``anchor`` stands in ``text``: at the end of
    that paragraph, or at the end of the text when it is not found there."""
    start = text.find(anchor) if anchor else -1
    return len(text) if start < 0 else start + len(anchor)
