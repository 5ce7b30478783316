"""Word files as a newsroom saves them: tables, tracked changes, comments, styled headlines,
footnotes.

Every file is written to disk with python-docx from a real report (the New York Times'
story of Jim Mattis's resignation, BASIL); tracked changes and a footnotes part are added as
Word writes them (``w:ins`` and ``w:del`` elements in the paragraph, ``word/footnotes.xml``),
since python-docx has no call for them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from comparer.ingest import extract_path
from comparer.ingest.kept import rebuild
from comparer.model import Furniture

HEADLINE = "Jim Mattis, Defense Secretary, Resigns in Rebuke of Trump’s Worldview"
LEDE = (
    "WASHINGTON — Defense Secretary Jim Mattis, whose experience and stability were widely "
    "seen as a balance to an unpredictable president, resigned Thursday in protest of "
    "President Trump’s decision to withdraw American forces from Syria."
)
BODY = (
    "Officials said Mr. Mattis went to the White House with his resignation letter already "
    "written, but nonetheless made a last attempt at persuading the president to reverse his "
    "decision about Syria.",
    "Mr. Mattis, a retired four-star Marine general, was rebuffed. Returning to the Pentagon, "
    "he asked aides to print out 50 copies of his resignation letter.",
)


def _tracked(paragraph: Paragraph, tag: str, text: str) -> None:
    change = OxmlElement(tag)
    for name, value in (("w:id", "7"), ("w:author", "Desk"), ("w:date", "2018-12-20T10:00:00Z")):
        change.set(qn(name), value)
    run, words = OxmlElement("w:r"), OxmlElement("w:delText" if tag == "w:del" else "w:t")
    words.text = text
    words.set(qn("xml:space"), "preserve")
    run.append(words)
    change.append(run)
    paragraph._p.append(change)


def test_a_table_is_kept_a_row_a_line_with_its_header(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(HEADLINE)
    document.add_paragraph(LEDE)
    table = document.add_table(rows=3, cols=3)
    for row, cells in enumerate([("Country", "Troops", "Since"), ("Syria", "2,000", "2015"),
                                 ("Afghanistan", "14,000", "2001")]):  # fmt: skip
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph(BODY[0])
    document.save(str(tmp_path / "troops.docx"))
    text = extract_path(tmp_path / "troops.docx").text
    rows = "\n\n".join(
        (
            "| Country | Troops | Since |",
            "| Syria | 2,000 | 2015 |",
            "| Afghanistan | 14,000 | 2001 |",
        )
    )
    assert f"{LEDE}\n\n{rows}\n\n{BODY[0]}" in text


def test_tracked_insertions_are_kept_deletions_and_comments_never_leak(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(HEADLINE)
    edited = document.add_paragraph()
    edited.add_run("Mr. Mattis resigned on Thursday ")
    _tracked(edited, "w:ins", "in protest")
    _tracked(edited, "w:del", " after a shouting match, sources say")
    edited.add_run(", after Mr. Trump decided to withdraw troops from Syria.")
    commented = document.add_paragraph(BODY[0])
    document.add_comment(commented.runs, text="Check with the Pentagon first", author="Desk")
    document.add_paragraph(BODY[1])
    document.save(str(tmp_path / "edited.docx"))
    text = extract_path(tmp_path / "edited.docx").text
    assert text.startswith(
        "Mr. Mattis resigned on Thursday in protest, after Mr. Trump decided to withdraw"
    )
    assert "shouting" not in text
    assert "Pentagon first" not in text


def test_a_heading_style_beats_the_working_title_in_the_properties(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Mattis draft v2"
    document.add_heading(HEADLINE, level=1)
    for paragraph in (LEDE, *BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "draft.docx"))
    extracted = extract_path(tmp_path / "draft.docx")
    assert extracted.meta.title == HEADLINE
    assert extracted.text.startswith("WASHINGTON — ")


def test_a_styled_headline_loses_its_full_stop(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading(f"{HEADLINE}.", level=1)
    for paragraph in (LEDE, *BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "styled.docx"))
    extracted = extract_path(tmp_path / "styled.docx")
    assert extracted.meta.title == HEADLINE
    assert extracted.text.startswith("WASHINGTON — ")
    assert [block.text for block in extracted.removed] == [f"{HEADLINE}."]


def test_a_short_bold_sentence_opening_the_file_is_body_text(tmp_path: Path) -> None:
    lede = "Defense Secretary Jim Mattis resigned on Thursday in protest."
    document = docx.Document()
    document.add_paragraph().add_run(lede).bold = True
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "short_lede.docx"))
    extracted = extract_path(tmp_path / "short_lede.docx")
    assert extracted.meta.title == ""
    assert extracted.text.startswith(lede)


@pytest.mark.parametrize("label", ["John Smith", "Helene Cooper", "EMBARGOED UNTIL 0600 GMT"])
def test_a_bold_name_or_embargo_line_is_no_headline(tmp_path: Path, label: str) -> None:
    document = docx.Document()
    document.add_paragraph().add_run(label).bold = True
    for paragraph in (LEDE, *BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "label.docx"))
    extracted = extract_path(tmp_path / "label.docx")
    assert extracted.meta.title == ""
    assert extracted.text.startswith(f"{label}\n\nWASHINGTON — ")


def test_a_bold_headline_is_the_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("Mattis Resigns").bold = True
    for paragraph in (LEDE, *BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "bold.docx"))
    assert extract_path(tmp_path / "bold.docx").meta.title == "Mattis Resigns"


def test_a_bold_byline_is_no_headline(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run("By Helene Cooper").bold = True
    for paragraph in (LEDE, *BODY):
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "byline.docx"))
    extracted = extract_path(tmp_path / "byline.docx")
    assert (extracted.meta.title, extracted.meta.author) == ("", "Helene Cooper")


def test_a_typed_line_break_inside_a_sentence_is_rejoined(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(HEADLINE)
    broken = document.add_paragraph("Officials said Mr. Mattis went to the White House")
    broken.add_run().add_break()
    broken.add_run("with his resignation letter already written.")
    kept = document.add_paragraph("Contact: Pentagon press office.")
    kept.add_run().add_break()
    kept.add_run("Phone: 703-571-3343")
    document.add_paragraph(BODY[1])
    document.save(str(tmp_path / "breaks.docx"))
    text = extract_path(tmp_path / "breaks.docx").text
    assert "went to the White House with his resignation letter already written." in text
    assert "Contact: Pentagon press office.\n\nPhone: 703-571-3343" in text


def test_a_lede_set_in_bold_stays_in_the_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(HEADLINE)
    document.add_paragraph().add_run(LEDE).bold = True
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "bold_lede.docx"))
    extracted = extract_path(tmp_path / "bold_lede.docx")
    assert extracted.meta.title == HEADLINE
    assert extracted.text.startswith(LEDE)


def test_a_bold_lede_opening_the_file_is_no_headline(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run(LEDE).bold = True
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "bold_lede.docx"))
    extracted = extract_path(tmp_path / "bold_lede.docx")
    assert extracted.meta.title == ""
    assert extracted.text.startswith(LEDE)


_NOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_NOTES_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def _with_footnote(path: Path, note: str) -> None:
    """Give the saved file at ``path`` a footnotes part, as Word writes it (python-docx
    writes the reference in the body but has no call for the part)."""
    words = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {words}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f'</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>{note}</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    with zipfile.ZipFile(path) as source:
        members = [(item, source.read(item.filename)) for item in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item, data in members:
            if item.filename == "[Content_Types].xml":
                override = f'<Override PartName="/word/footnotes.xml" ContentType="{_NOTES_TYPE}"/>'
                data = data.replace(b"</Types>", f"{override}</Types>".encode())
            if item.filename == "word/_rels/document.xml.rels":
                relation = (
                    f'<Relationship Id="rId99" Type="{_NOTES_RELATION}" Target="footnotes.xml"/>'
                )
                data = data.replace(b"</Relationships>", f"{relation}</Relationships>".encode())
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", notes)


def test_a_footnote_is_kept_apart_and_can_be_put_back(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(HEADLINE)
    lede = document.add_paragraph(LEDE)
    reference, mark = OxmlElement("w:r"), OxmlElement("w:footnoteReference")
    mark.set(qn("w:id"), "1")
    reference.append(mark)
    lede._p.append(reference)
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    path = tmp_path / "noted.docx"
    document.save(str(path))
    _with_footnote(path, "Source: a Pentagon official who asked not to be named.")
    extracted = extract_path(path)
    assert extracted.text == "\n\n".join((LEDE, *BODY))
    note = extracted.removed[-1]
    assert (note.reason, note.text) == (
        Furniture.FOOTNOTE, "Source: a Pentagon official who asked not to be named.",
    )  # fmt: skip
    restored = rebuild(extracted.text, extracted.removed, frozenset({len(extracted.removed) - 1}))
    assert restored.text.endswith(f"{BODY[1]}\n\n{note.text}")


def test_a_damaged_footnotes_part_loses_only_the_notes(tmp_path: Path) -> None:
    document = docx.Document()
    for paragraph in (LEDE, *BODY):
        document.add_paragraph(paragraph)
    path = tmp_path / "damaged_notes.docx"
    document.save(str(path))
    _with_footnote(path, "Source: <a Pentagon official")
    extracted = extract_path(path)
    assert extracted.text == "\n\n".join((LEDE, *BODY))
    assert extracted.removed == ()


def test_a_story_laid_out_in_a_one_cell_table_keeps_its_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = HEADLINE
    for paragraph in (LEDE, *BODY):
        cell.add_paragraph(paragraph)
    document.save(str(tmp_path / "template.docx"))
    extracted = extract_path(tmp_path / "template.docx")
    assert "|" not in extracted.text
    assert extracted.text.split("\n\n")[-3:] == [LEDE, *BODY]


def test_a_two_column_layout_with_paragraphs_in_a_cell_has_no_bars(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(HEADLINE)
    story, aside = document.add_table(rows=1, cols=2).rows[0].cells
    story.text = LEDE
    story.add_paragraph(BODY[0])
    aside.text = BODY[1]
    document.save(str(tmp_path / "columns.docx"))
    assert extract_path(tmp_path / "columns.docx").text == "\n\n".join((LEDE, *BODY))


def test_paragraphs_inside_a_custom_xml_region_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    for paragraph in (LEDE, *BODY):
        document.add_paragraph(paragraph)
    region = OxmlElement("w:customXml")
    region.set(qn("w:element"), "story")
    tagged = document.paragraphs[1]._p
    tagged.addprevious(region)
    region.append(tagged)
    document.save(str(tmp_path / "tagged.docx"))
    assert extract_path(tmp_path / "tagged.docx").text == "\n\n".join((LEDE, *BODY))
