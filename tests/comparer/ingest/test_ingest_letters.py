"""A letter's greeting under its heading is no signature: "Dear Councillors," was read as
the author and cut from a Word file's text (a review found it)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from comparer.ingest import extract_path, extract_text

HEADING = "Letter to the council about the bridge closure"
BODY = (
    "I write as a resident of the east bank who has crossed the old bridge every working day "
    "for twenty years, and who now drives forty minutes around it."
)


@pytest.mark.parametrize("greeting", ["Dear Councillors,", "Dear Jane Roe,", "Hello Readers,"])
def test_a_greeting_is_no_signature(tmp_path: Path, greeting: str) -> None:
    document = docx.Document()
    for paragraph in (HEADING, greeting, BODY, "Yours faithfully,", "Jane Doe"):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "letter.docx"))
    extracted = extract_path(tmp_path / "letter.docx")
    assert extracted.meta.author != greeting.rstrip(",").removeprefix("Dear ")
    assert greeting in extracted.text


def test_a_pasted_letters_greeting_stays_in_its_text() -> None:
    extracted = extract_text(f"{HEADING}\n\nDear Councillors,\n\n{BODY}")
    assert (extracted.meta.author, "Dear Councillors," in extracted.text) == ("", True)
