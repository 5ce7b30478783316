"""An author field that names no person is left empty or cut to the people it names.

The lines are real, from Fundus's saved pages: Wochenblatt's author meta ("Nachrichten"),
Die Zeit's declared agency ("dpa  ", which the extractor reads as "Dpa"), Ilanga's
account name ("Ilanga D"), MDR's name beside the broadcaster, Hankook Ilbo's "reporter
and one other" and MBN's four Korean names; an empty author is correctable, junk misleads.
"""

from __future__ import annotations

import pytest

from comparer.ingest import extract_bytes
from comparer.ingest.people import clean_authors

BODY = (
    "HALLE — Die Autobahnen im Land sind nach der letzten Hitzewelle beschädigt, und bis sie "
    "saniert sind, wird es noch Jahre dauern. Künftig könnte es zu Tempolimits kommen."
)


def _meta(head: str) -> tuple[str, tuple[str, ...]]:
    page = (
        f"<html><head><title>Hitzewelle und Autobahnen</title>{head}</head><body><article>"
        f"<h1>Hitzewelle und Autobahnen</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    meta = extract_bytes(page.encode(), source="a.html", filename="a.html").meta
    return meta.author, meta.credits


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ('<meta name="author" content="Nachrichten" />', ""),
        ('<meta name="author" content="Engin Haupt, MDR SACHSEN-ANHALT"/>', "Engin Haupt"),
        ('<meta name="author" content="박준석 기자 외 1명"/>', "박준석"),
        (
            '<meta name="byl" content="By 배윤경,이상현,한수진,김혜진" />',
            "배윤경, 이상현, 한수진 and 김혜진",
        ),
        (
            '<script type="application/ld+json">{"@type":"NewsArticle","author":'
            '{"@id":"https://ilanganews.co.za/author/admin/","name":"Ilanga D"}}</script>',
            "",
        ),
    ],
)
def test_an_author_field_keeps_only_people(head: str, author: str) -> None:
    assert _meta(head)[0] == author


def test_an_agency_is_a_credit_whatever_its_case() -> None:
    # Die Zeit's "dpa  " as the extractor hands it on, and MDR's broadcaster after a name
    assert clean_authors("Dpa").names == ()
    assert clean_authors("Dpa").credits == ("Dpa",)
    people = clean_authors("Engin Haupt and Mdr Sachsen-Anhalt")
    assert people.names == ("Engin Haupt",) and people.credits == ("Mdr Sachsen-Anhalt",)


@pytest.mark.parametrize("field", ["Amw", "Ilanga D", "Nieuwsblad Be"])
def test_a_short_word_a_cut_name_or_a_site_is_no_one(field: str) -> None:
    # Kicker's "amw" (an editor's initials), Ilanga's account, Nieuwsblad's address
    assert clean_authors(field).names == ()


def test_a_one_word_pen_name_and_two_word_names_are_kept() -> None:
    assert clean_authors("Tlow").names == ("Tlow",)
    assert clean_authors("Ann Lee and Mark Di Stefano").names == ("Ann Lee", "Mark Di Stefano")
