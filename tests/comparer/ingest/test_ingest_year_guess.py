"""A saved page with no date of its own is not dated 1 January of a year its text mentions."""

from __future__ import annotations

from datetime import date

import pytest

from comparer.ingest import extract_bytes
from comparer.ingest.formats.year_guess import year_only

BODY = (
    "<p>WASHINGTON — FBI Special Agent Peter Strzok, who was taken off the special counsel's "
    "team after investigators discovered his texts, has been fired from the bureau.</p>"
    "<p>Strzok was involved in the investigation into Russian interference in the 2016 "
    "election, which the bureau never publicly acknowledged until months later.</p>"
    "<p>His attorney said the decision should be deeply troubling to all Americans and "
    "called it a departure from typical bureau practice.</p>"
)


def page(extra: str = "") -> bytes:
    return (
        "<html><head><title>FBI Agent Peter Strzok Fired Over Anti-Trump Text Messages</title>"
        f"{extra}</head><body><article><h1>FBI Agent Peter Strzok Fired</h1>{BODY}</article>"
        "</body></html>"
    ).encode()


def test_a_year_in_the_text_does_not_date_the_page() -> None:
    """It was dated 2016-01-01 from "the 2016 election": a 2018 report a year and a half
    early, and the summary called its 'Friday' a contradiction."""
    article = extract_bytes(page(), source="strzok.html", filename="strzok.html")
    assert article.meta.published is None


def test_a_date_the_page_declares_is_kept() -> None:
    meta = '<meta property="article:published_time" content="2018-08-13T10:00:00Z">'
    article = extract_bytes(page(meta), source="strzok.html", filename="strzok.html")
    assert article.meta.published == date(2018, 8, 13)


def test_a_new_years_day_the_page_declares_is_kept() -> None:
    meta = '<meta property="article:published_time" content="2019-01-01T08:00:00Z">'
    article = extract_bytes(page(meta), source="strzok.html", filename="strzok.html")
    assert article.meta.published == date(2019, 1, 1)


@pytest.mark.parametrize(
    ("html", "guessed"),
    [
        ("the 2016 election", True),
        ("Published 2016-01-01T09:00", False),
        ("01/01/2016", False),
        ("January 1, 2016", False),
        ("1 Jan. 2016", False),
        ("Jan 1st 2016", False),
        ("12016-01-01", True),
    ],
)
def test_year_only(html: str, guessed: bool) -> None:
    assert year_only(date(2016, 1, 1), html) is guessed
    assert not year_only(date(2016, 3, 1), html)
    assert not year_only(None, html)
