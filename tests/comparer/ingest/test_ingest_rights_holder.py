"""A publisher that puts its own name in a page's author field is not taken for a reporter.

The real case is WIRED's page in the second committed dev set (newspaper4k's test pages):
``<meta name="author" content="Condé Nast">`` beside the byline, and the same company in
``<meta name="copyright">``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from trafilatura.utils import load_html

from comparer.ingest import extract_bytes
from comparer.ingest.formats.rights import rights_holder, without_rights_holder
from evaluation.pages_newspaper import COMMITTED


def test_wireds_author_is_its_reporter_not_its_publisher() -> None:
    data = gzip.decompress((COMMITTED / "wired_001" / "source.html.gz").read_bytes())
    found = extract_bytes(data, source="wired.html", filename="source.html")
    assert found.meta.author == "Tom Bennett"


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("Copyright (c) Condé Nast 2023", "Condé Nast"),
        ("© 2014–2024 Rivertown Media Ltd. All rights reserved.", "Rivertown Media Ltd"),
        ("2023", ""),
    ],
)
def test_the_rights_holder_is_read_from_the_copyright_notice(notice: str, holder: str) -> None:
    page = f'<html><head><meta name="copyright" content="{notice}"></head><body></body></html>'
    assert rights_holder(load_html(page)) == holder


@pytest.mark.parametrize(
    ("author", "holder", "kept"),
    [
        ("Condé Nast; Tom Bennett", "Condé Nast", "; Tom Bennett"),
        ("Tom Bennett", "Condé Nast", "Tom Bennett"),
        ("Nastassja Condé", "Condé Nast", "Nastassja Condé"),
        ("Jane Doe", "", "Jane Doe"),
        ("Jane Doe", "Jane Doe", "Jane Doe"),
    ],
)
def test_the_rights_holder_leaves_the_author_field(author: str, holder: str, kept: str) -> None:
    assert without_rights_holder(author, holder).strip() == kept.strip()


def test_a_writer_holding_the_copyright_keeps_the_byline(tmp_path: Path) -> None:
    page = tmp_path / "essay.html"
    page.write_text(
        "<html><head><title>On walking</title>"
        '<meta name="author" content="Jane Doe">'
        '<meta name="copyright" content="© 2020 Jane Doe"></head><body><article>'
        "<h1>On walking</h1>"
        + "<p>Walking in the hills every morning clears the mind and keeps the body well.</p>" * 8
        + "</article></body></html>",
        encoding="utf-8",
    )
    found = extract_bytes(page.read_bytes(), source=str(page), filename=page.name)
    assert found.meta.author == "Jane Doe"
