"""A dateline opening a report ("WASHINGTON —") is a place the Events tab lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from comparer.align.events import find_events
from comparer.align.prepared import prepare
from evaluation.articles import from_text
from evaluation.gold import basil_articles

CORPORA = Path(__file__).resolve().parents[3].parent / "shared" / "corpora"
LEDE = "President Trump dug in for a lengthy shutdown after a meeting failed."


def places(text: str) -> tuple[str, ...]:
    [event] = find_events([prepare("a", from_text(1, text))])
    return event.places


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("WASHINGTON — ", "Washington"),
        ("WASHINGTON ― ", "Washington"),  # HuffPost's horizontal bar
        ("NEW YORK — ", "New York"),
        ("BEIRUT, Lebanon — ", "Beirut"),
        ("WASHINGTON, Dec. 20 — ", "Washington"),
        # A date with its year: read as no dateline before, "no place" in the Events tab.
        ("WASHINGTON, Aug 13, 2018 — ", "Washington"),
        ("WASHINGTON, Aug. 13, 2018 -- ", "Washington"),
        ("BEIRUT, Lebanon, Aug. 13, 2018 — ", "Beirut"),
        ("NEW YORK, 2018 — ", "New York"),
        ("ST. LOUIS -- ", "St. Louis"),
        ("RAQQA, Syria — ", "Raqqa"),  # a town WordNet knows by its region
        ("WASHINGTON (Reuters) - ", "Washington"),  # an agency in brackets
        ("WASHINGTON (AP) — ", "Washington"),
    ],
)
def test_a_datelines_capitals_are_its_place(opening: str, place: str) -> None:
    assert places(opening + LEDE) == (place,)


@pytest.mark.parametrize(
    "text",
    [
        "NATO — The alliance met on Friday.",  # capitals that name no place
        "BREAKING — The alliance met on Friday.",
        "BREAKING, Paris — The alliance met on Friday.",  # a word, not a town of the region
        "CORRECTION, Georgia — The alliance met on Friday.",
        "BREAKING, Aug 13, 2018 — The alliance met on Friday.",  # a date is no place either
        "UPDATE, Paris, Aug 13, 2018 — The alliance met on Friday.",
        f"He said: WASHINGTON — {LEDE}",  # not at the start of the text
        "Washington — the city, not the man — waited.",  # no capitals: a sentence's subject
    ],
)
def test_capitals_that_are_no_dateline_name_no_place(text: str) -> None:
    assert places(text) == ()


@pytest.mark.skipif(not (CORPORA / "basil").is_dir(), reason="BASIL corpus not found")
def test_basil_huffpost_dateline_is_listed() -> None:
    """BASIL 0d10341a (HuffPost): "WASHINGTON ― President Donald Trump's partial ..." """
    huffpost = basil_articles(CORPORA, "0d10341a-9dba-4374-a524-814c300d1611")[2]
    [event] = find_events([prepare("c", huffpost)])
    assert "Washington" in event.places


def test_a_dateline_after_white_space_opens_the_text_and_no_later_sentence_does() -> None:
    """Names are read as places only where one may stand (the signature skips the rest):
    the text's first word after its white space may be a dateline, a later sentence's
    first word may not."""
    assert places("\n\n  WASHINGTON — " + LEDE) == ("Washington",)
    assert places(f"{LEDE}\n\nWASHINGTON — The talks went on.") == ()
