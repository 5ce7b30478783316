"""Word text boxes (a pull quote, a fact box) are kept apart, not lost.

The file is written to disk with python-docx from a real report (the New York Times' story
of Jim Mattis's resignation, BASIL); the text box is added as Word writes one: a drawing in
a run, with a copy for older readers in ``mc:Fallback``, since python-docx has no call for it.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from comparer.ingest import extract_path
from comparer.ingest.kept import rebuild
from comparer.model import Furniture
from tests.comparer.ingest.test_ingest_word_files import BODY, LEDE

SIDEBAR = "FACT BOX: About 2,000 American troops are in Syria."
_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _text_box_run(text: str) -> object:
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return parse_xml(
        f'<w:r {_NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f"<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>"
        f"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_a_text_box_is_kept_apart_after_its_anchor_and_can_be_put_back(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(LEDE)
    document.add_paragraph()._p.append(_text_box_run(SIDEBAR))
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    path = tmp_path / "fact_box.docx"
    document.save(str(path))
    extracted = extract_path(path)
    assert extracted.text == "\n\n".join((LEDE, *BODY))
    boxes = [block for block in extracted.removed if block.reason is Furniture.TEXT_BOX]
    assert [(block.text, block.position) for block in boxes] == [(SIDEBAR, len(LEDE))]
    index = extracted.removed.index(boxes[0])
    restored = rebuild(extracted.text, extracted.removed, frozenset({index}))
    assert restored.text == "\n\n".join((LEDE, SIDEBAR, *BODY))
