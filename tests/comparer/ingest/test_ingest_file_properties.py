"""A Word file's own properties, believed only when a journalist could believe them.

Each file is written with python-docx, its core properties set as a newsroom's files carry
them: a working title, the company's name as the author, a clock set years ahead.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx
import pytest

from comparer.ingest import extract_path

BODY = (
    "WASHINGTON — Defense Secretary Jim Mattis resigned on Thursday in protest of President "
    "Trump's decision to withdraw forces from Syria.",
    "Officials said Mr. Mattis went to the White House with his resignation letter already "
    "written, but nonetheless made a last attempt at persuading the president.",
)


def _word_file(path: Path, **properties: object) -> Path:
    document = docx.Document()
    for name, value in properties.items():
        setattr(document.core_properties, name, value)
    for paragraph in BODY:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


@pytest.mark.parametrize("title", ["draft3", "Final", "story_v2", "Draft 2"])
def test_a_working_title_is_no_title(tmp_path: Path, title: str) -> None:
    assert extract_path(_word_file(tmp_path / "a.docx", title=title)).meta.title == ""


def test_a_paper_named_as_the_author_is_no_author(tmp_path: Path) -> None:
    # Cut to "The New" it was taken for a person.
    path = _word_file(tmp_path / "a.docx", author="The New York Times", title="Mattis resigns")
    assert extract_path(path).meta.author == ""


def test_a_creation_date_still_to_come_is_no_date(tmp_path: Path) -> None:
    path = _word_file(tmp_path / "a.docx", author="Helene Cooper", created=datetime(2099, 1, 1))
    meta = extract_path(path).meta
    assert (meta.author, meta.published, meta.published_raw) == ("Helene Cooper", None, "")


def test_a_plausible_title_and_date_are_kept(tmp_path: Path) -> None:
    path = _word_file(
        tmp_path / "a.docx",
        title="Mattis resigns",
        author="Helene Cooper",
        created=datetime(2018, 12, 20),
    )
    meta = extract_path(path).meta
    assert (meta.title, meta.author, meta.published_raw) == (
        "Mattis resigns",
        "Helene Cooper",
        "2018-12-20",
    )
