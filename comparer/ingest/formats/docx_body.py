"""The text of a Word document's body in reading order, as Word shows it with changes accepted.

python-docx's ``Document.paragraphs`` skips tables, and a paragraph's ``text`` skips the runs
inside a tracked insertion (``w:ins``): a standings table vanished, and an edited draft lost
the words its editor added ("resigned on Thursday in protest" read "resigned on Thursday ,").
So the body is walked here. A paragraph's text is every ``w:t`` it holds itself, insertions
and moves included; deleted text (``w:del``, the old place of a move) is left out, and so are
the copies Word writes for older readers (``mc:Fallback``). Text boxes (a pull quote, a
fact box) are not the running text: their paragraphs are read apart, each with the body
paragraph it is anchored after, and kept as removed blocks one can put back.
Comments live in another part and never appear; footnotes and endnotes are read from theirs
and kept apart, as removed blocks one can put back (a damaged notes part loses only the
notes). A table gives a line a row, its cells between bars ("| Team | Wins |"): joined by
bars alone, a header row of short words reads as a site's menu and was taken out. A table
used for layout (one column, or a cell holding several paragraphs: a newsroom template
setting the whole story in one cell) gives each paragraph its own line, without bars; read
as rows it became one line, the headline glued onto the lede. A line break inside
a paragraph (Shift+Enter) is kept as a line end unless the text runs on across it, a
sentence cut by a typed break ("a paragraph" / "continues after"), which is rejoined with a
space.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import qn

_Element = Any  # an lxml element (lxml ships no type stubs)
_P, _TBL, _TR, _TC, _SDT = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt")
_SDT_CONTENT, _CUSTOM_XML = qn("w:sdtContent"), qn("w:customXml")
_TEXT_BOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
         qn("w:noBreakHyphen"): "-"}  # fmt: skip
_SKIPPED = frozenset(
    {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"), qn("w:pPr"), qn("w:rPr"),
     qn("w:instrText"), qn("w:delText"), qn("w:commentReference"),
     _FALLBACK}
)  # fmt: skip
"""Elements whose text Word does not show in the body (or shows as another paragraph)."""
_CELL_SEPARATOR = " | "
_NOTE_PARTS = ("/footnotes", "/endnotes")
_ENDS_SENTENCE = (".", "!", "?", ":", ";", '"', "”", "’", ")")


def body_lines(body: _Element) -> list[str]:
    """The paragraphs and table rows of ``body``, one a line, in reading order."""
    return [_block_text(block) for block in _blocks(body)]


def box_lines(body: _Element) -> list[tuple[str, str]]:
    """Each text box paragraph of ``body`` (a pull quote, a fact box) with the text of the
    last body paragraph up to its anchor ("" before the first), in reading order."""
    boxes: list[tuple[str, str]] = []
    anchor = ""
    for block in _blocks(body):
        anchor = _block_text(block).strip() or anchor
        for box in _text_boxes(block):
            lines = (paragraph_text(p).strip() for p in box.iter(_P))
            boxes += [(anchor, line) for line in lines if line]
    return boxes


def _text_boxes(element: _Element) -> Iterator[_Element]:
    """The outermost text boxes inside ``element``, leaving out Word's copies for older
    readers (``mc:Fallback``)."""
    for child in element:
        if child.tag == _TEXT_BOX:
            yield child
        elif child.tag != _FALLBACK:
            yield from _text_boxes(child)


def paragraph_text(paragraph: _Element) -> str:
    """What Word shows of one paragraph, changes accepted, breaks inside it rejoined."""
    return _rejoin_breaks("".join(_pieces(paragraph)))


def note_lines(document: Any) -> list[str]:
    """The text of each footnote and endnote, one a line: Word keeps them in parts of their
    own, and the reference in the body is a mark without text."""
    lines: list[str] = []
    for relation in document.part.rels.values():
        if relation.is_external or not relation.reltype.endswith(_NOTE_PARTS):
            continue
        try:
            notes = parse_xml(relation.target_part.blob)
        except SyntaxError:  # lxml's XMLSyntaxError: a damaged part loses its notes only
            continue
        for note in notes:
            if note.get(qn("w:type")) in (None, "normal"):  # separators have a type
                text = " ".join(" ".join(paragraph_text(p) for p in note.iter(_P)).split())
                lines += [text] if text else []
    return lines


def _blocks(container: _Element) -> Iterator[_Element]:
    """The paragraphs and tables of ``container``, looking inside content controls and
    custom XML regions."""
    for child in container:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            for content in child.iter(_SDT_CONTENT):
                yield from _blocks(content)
                break
        elif child.tag == _CUSTOM_XML:  # a template's tagged region ("<story>...</story>")
            yield from _blocks(child)


def _block_text(block: _Element) -> str:
    if block.tag == _P:
        return paragraph_text(block)
    if _is_layout(block):
        cells = (cell for row in block if row.tag == _TR for cell in row if cell.tag == _TC)
        lines = (_block_text(inner) for cell in cells for inner in _blocks(cell))
        return "\n".join(line for line in lines if line.strip())
    rows = (_row_text(row) for row in block if row.tag == _TR)
    return "\n".join(row for row in rows if row.strip(" |"))


def _is_layout(table: _Element) -> bool:
    """A table holding text rather than data: one column, or a cell of several paragraphs."""
    rows = [[cell for cell in row if cell.tag == _TC] for row in table if row.tag == _TR]
    if max((len(cells) for cells in rows), default=0) <= 1:
        return True
    return any(_paragraph_count(cell) > 1 for cells in rows for cell in cells)


def _paragraph_count(cell: _Element) -> int:
    return sum(1 for p in cell.iter(_P) if paragraph_text(p).strip())


def _row_text(row: _Element) -> str:
    cells = [cell for cell in row if cell.tag == _TC]
    texts = (" ".join(paragraph_text(p) for p in cell.iter(_P)).split() for cell in cells)
    return f"| {_CELL_SEPARATOR.join(' '.join(words) for words in texts)} |"


def _pieces(element: _Element) -> Iterator[str]:
    for child in element:
        if child.tag in _SKIPPED or child.tag == _P:
            continue
        if child.tag in _TEXT:
            yield _TEXT[child.tag] or child.text or ""
        else:
            yield from _pieces(child)


def _rejoin_breaks(text: str) -> str:
    lines = text.split("\n")
    joined = lines[0]
    for line in lines[1:]:
        runs_on = joined.strip() and not joined.rstrip().endswith(_ENDS_SENTENCE)
        if runs_on and line.lstrip()[:1].islower():
            joined = f"{joined.rstrip()} {line.lstrip()}"
        else:
            joined = f"{joined}\n{line}"
    return joined
