"""A Word paragraph in the "Caption" style is a caption, whatever its words say.

A photo's caption in a Word file rarely opens as a wire caption does ("The photo shows"):
"Residents outside the library on Monday." is set apart by its style only. It stays in the
text, listed among the captions, and stays one when a removed block is put back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx

from comparer.ingest import extract_path
from comparer.ingest.kept import keep_removed
from comparer.model import Article, Extracted, Span

BODY = (
    "The council voted on Tuesday to close the old library, a decision that angered "
    "residents who had campaigned for months to keep it open."
)
CAPTION = "Residents outside the library on Monday."


def _word_file(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Council closes library", style="Title")
    document.add_paragraph(BODY)
    document.add_paragraph(CAPTION, style="Caption")
    document.add_paragraph(BODY.replace("Tuesday", "Wednesday"))
    document.save(str(path))
    return path


def _captions(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [text[span.start : span.end] for span in spans]


def _article(extracted: Extracted) -> Article:
    return Article(
        1, extracted.source, extracted.media_type, extracted.content_hash, extracted.meta,
        extracted.text, extracted.removed, extracted.captions, extracted.sentences,
        datetime.now(UTC),
    )  # fmt: skip


def test_a_caption_styled_paragraph_is_a_caption(tmp_path: Path) -> None:
    extracted = extract_path(_word_file(tmp_path / "a.docx"))
    assert _captions(extracted.text, extracted.captions) == [CAPTION]
    assert CAPTION in extracted.text


def test_it_stays_a_caption_when_the_text_is_rebuilt(tmp_path: Path) -> None:
    extracted = extract_path(_word_file(tmp_path / "a.docx"))
    rebuilt = keep_removed(_article(extracted), ())
    assert _captions(rebuilt.text, rebuilt.captions) == [CAPTION]
