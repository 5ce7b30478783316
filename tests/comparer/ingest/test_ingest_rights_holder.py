"""A publisher that puts its own name in a page's author field is not taken for a reporter.

The real case is WIRED's page in the second committed dev set (newspaper4k's test pages):
``<meta name="author" content="Condé Nast">`` beside the byline, and the same company in
``<meta name="copyright">``.
"""

from __future__ import annotations

import gzip

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
    ],
)
def test_the_rights_holder_leaves_the_author_field(author: str, holder: str, kept: str) -> None:
    assert without_rights_holder(author, holder).strip() == kept.strip()
