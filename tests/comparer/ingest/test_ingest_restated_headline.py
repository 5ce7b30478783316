"""A page printing its headline again in other words above the body loses that line.

The real cases are pages of the fourth committed dev set (Fundus's parser tests): WDR's
headline with the programme's name after a bar, NDR's and t-online's in other words or
with a kicker before them, TechRadar's longer headline. Breitbart's standfirst (the
Readability set) repeats most of its headline's words but says more: it stays.
"""

from __future__ import annotations

import gzip

import pytest

from comparer.ingest import extract_bytes
from comparer.ingest.metadata import restates
from comparer.model import Furniture
from evaluation.pages_fundus import COMMITTED


@pytest.mark.parametrize(
    ("line", "title", "restated"),
    [
        (
            "Feuerwehrleute sollen später in Pension | wdr aktuell",
            "Feuerwehrleute sollen später in Pension",
            True,
        ),
        (
            "Forscher aus Osnabrück warnt: Studierende verlernen das Lesen",
            "Forscher warnt: Verlernen Studierende das Lesen?",
            True,
        ),
        (
            "Nach erneuter Kritik an Papst Leo Trump postet schon wieder Jesus-KI-Foto",
            "Nach erneuter Kritik an Papst Leo: Trump postet schon wieder Jesus-KI-Foto",
            True,
        ),
        (
            "Snopes fact checker and staff writer David Emery posted to Twitter asking if there"
            " were “any un-angry Trump supporters?”",
            "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
            False,
        ),
        (  # the lede of a story repeats the headline's words and ends as a sentence does
            "Feuerwehrleute sollen nach dem Willen der Landesregierung später in Pension.",
            "Feuerwehrleute sollen später in Pension",
            False,
        ),
        ("Die Pension", "Pension", False),  # too short a title to tell
    ],
)
def test_a_line_restates_the_headline_when_it_keeps_nearly_all_its_words(
    line: str, title: str, restated: bool
) -> None:
    assert restates(line, title) is restated


def test_wdrs_page_loses_its_headline_line_and_keeps_it_as_removed() -> None:
    data = gzip.decompress((COMMITTED / "de_WDR" / "source.html.gz").read_bytes())
    found = extract_bytes(data, source="wdr.html", filename="source.html")
    line = "Feuerwehrleute sollen später in Pension | wdr aktuell"
    assert line not in found.text
    assert any(block.reason == Furniture.HEADLINE and line in block.text for block in found.removed)
    assert "Dicke Ausrüstung und schweres Gerät" in found.text
