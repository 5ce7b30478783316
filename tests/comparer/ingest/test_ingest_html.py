"""Web pages keep what journalists save them for: tables, every section, embedded quotes."""

from __future__ import annotations

from comparer.ingest import extract_bytes

LONG = (
    "The league table tightened on Saturday after both leaders dropped points away from home, "
    "leaving the title race open with five matches left to play this season. "
)
PAGE = f"""<html><head><title>Standings tighten – SportsDesk</title>
<meta property="og:site_name" content="SportsDesk"></head><body><article>
<h1>Standings tighten</h1><p>{LONG * 2}</p>
<table><tr><th>Team</th><th>Points</th></tr><tr><td>Arsenal</td><td>30</td></tr>
<tr><td>Chelsea</td><td>28</td></tr></table>
<blockquote class="twitter-tweet"><p>What a day for the club, thank you all.</p>
&mdash; Club Captain (@captain) <a href="#">May 1, 2020</a></blockquote>
<section><p>{LONG}</p></section><section><p>Second section: the manager spoke after the game
and said the squad would rest before the cup tie on Wednesday evening.</p></section>
<p>{LONG}</p></article></body></html>"""


def _page() -> str:
    return extract_bytes(
        PAGE.encode(), source="https://sportsdesk.example/t", filename="t.html"
    ).text


def test_a_table_is_kept_a_row_a_line() -> None:
    lines = _page().split("\n\n")
    assert "Team | Points" in lines
    assert "Arsenal | 30" in lines and "Chelsea | 28" in lines


def test_every_section_is_kept() -> None:
    assert "Second section: the manager spoke" in _page()


def test_an_embedded_tweet_is_kept_as_a_quote() -> None:
    assert "“What a day for the club, thank you all.”" in _page()


def test_the_title_loses_the_site_name() -> None:
    found = extract_bytes(PAGE.encode(), source="https://sportsdesk.example/t", filename="t.html")
    assert found.meta.title == "Standings tighten"


def test_a_saved_page_names_its_site_by_its_canonical_address() -> None:
    page = PAGE.replace('<meta property="og:site_name" content="SportsDesk">', "").replace(
        "<title>Standings tighten – SportsDesk</title>",
        '<title>Standings tighten | MoreBikes</title><link rel="canonical" '
        'href="https://www.morebikes.co.uk/standings">',
    )
    found = extract_bytes(page.encode(), source="saved.html", filename="saved.html")
    assert found.meta.title == "Standings tighten"


def test_an_author_naming_the_outlet_is_no_author() -> None:
    page = PAGE.replace(
        '<meta property="og:site_name" content="SportsDesk">',
        '<meta property="og:site_name" content="El Mostrador">'
        '<meta name="author" content="El Mostrador y Raúl Espina">',
    )
    found = extract_bytes(page.encode(), source="saved.html", filename="saved.html")
    assert (found.meta.author, found.meta.outlet) == ("Raúl Espina", "El Mostrador")


def test_a_template_date_after_the_headline_leaves_the_title() -> None:
    page = PAGE.replace(
        "<title>Standings tighten – SportsDesk</title>",
        "<title>Standings tighten : 31.10.2023, 10.19 Uhr</title>",
    )
    found = extract_bytes(page.encode(), source="saved.html", filename="saved.html")
    assert found.meta.title == "Standings tighten"
