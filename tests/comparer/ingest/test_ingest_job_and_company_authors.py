"""A job title or a company beside a byline is no author.

The pages are real, GoOse's saved pages committed under tests/pages/goose: a Blogspot post
signed "Rachel Sterling, Product Marketing Manager" (the job was kept as a second name) and
a PR Newswire release opening "Atlantic Merchant Capital Investors announced today" (the
company was kept as the author).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from comparer.ingest import extract_bytes
from comparer.ingest.people import clean_authors

PAGES = Path(__file__).parents[2] / "pages" / "goose"


def _author(site: str) -> str:
    data = gzip.decompress((PAGES / site / "source.html.gz").read_bytes())
    return extract_bytes(data, source=site, filename="source.html").meta.author


def test_a_job_title_after_a_name_is_not_a_second_author() -> None:
    assert _author("blogspot.co.uk") == "Rachel Sterling"


def test_a_company_opening_a_release_is_not_its_author() -> None:
    assert _author("prnewswire.com") == ""


@pytest.mark.parametrize(
    ("field", "names", "credits"),
    [
        ("Rachel Sterling, Product Marketing Manager", ("Rachel Sterling",), ()),
        ("Atlantic Merchant Capital Investors", (), ("Atlantic Merchant Capital Investors",)),
        ("Jane Doe and Acme Holdings", ("Jane Doe",), ("Acme Holdings",)),
    ],
)
def test_a_job_or_a_company_is_set_apart(
    field: str, names: tuple[str, ...], credits: tuple[str, ...]
) -> None:
    people = clean_authors(field)
    assert (people.names, people.credits) == (names, credits)


def test_an_account_handle_is_no_author() -> None:
    """Postlight's saved tweet (tests/pages/postlight/twitter.com): its author field is the
    account's handle, which came out as the author "@ Kingbeyoncestan"."""
    page = Path(__file__).parents[2] / "pages" / "postlight" / "twitter.com"
    data = gzip.decompress((page / "source.html.gz").read_bytes())
    assert extract_bytes(data, source="twitter.com", filename="source.html").meta.author == ""


@pytest.mark.parametrize(
    ("field", "names"),
    [("@KingBeyonceStan", ()), ("@ Kingbeyoncestan", ()), ("Jane Doe @janedoe", ("Jane Doe",))],
)
def test_a_handle_names_no_one(field: str, names: tuple[str, ...]) -> None:
    assert clean_authors(field).names == names
