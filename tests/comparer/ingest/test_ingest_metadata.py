"""Metadata a journalist can trust: people as authors, bylines, clean titles, file properties.

Author fields are the junk the issue quotes from real pages; the Word file is built for
real with python-docx (whose defaults are "python-docx" and 2013-12-23), the PDF with fpdf.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from comparer.dates import us_stamp_line
from comparer.ingest import extract_bytes, extract_path, extract_text
from comparer.ingest.bylines import parse_byline
from comparer.ingest.people import clean_authors
from comparer.ingest.plausible import plausible_title
from comparer.ingest.titles import strip_site

BODY = (
    "WASHINGTON — The Senate passed the bill early Sunday after a night of debate, with 51 "
    "senators voting in favour. The measure now goes to the House, where leaders said a vote "
    "could come within days."
)
QUOTE = "“We did our job,” the majority leader told reporters at the Capitol."
BYLINE = "By Ryan J. Reilly and Nick Wing, HuffPost"


@pytest.mark.parametrize(
    ("field", "author"),
    [
        ("JERUSALEM POST STAFF NOVEMBER", ""),
        ("Detroit News wire services Published", ""),
        ("AP Sports Writer", ""),
        ("Текст", ""),
        ("Username", ""),
        ("作者", ""),
        ("Our Foreign Staff", ""),
        ("Last Updated January 7", ""),
        ("python-docx", ""),
        # agencies named in Spanish, Italian and French (trafilatura's test pages)
        ("Agencia EFE", ""),
        ("Agenzia ANSA", ""),
        ("Agence Anadolu", ""),
        ("Ana García y Agencias", "Ana García"),
        ("Aleš Vávra před", "Aleš Vávra"),
        ("Joshua Sokol May", "Joshua Sokol"),
        ("Laura June Topolsky July", "Laura June Topolsky"),
        ("Theresa May", "Theresa May"),
        ("Ben Silverman Games Editor", "Ben Silverman"),
        ("Jeffrey Gettleman; JEFFREY GETTLEMAN", "Jeffrey Gettleman"),
        ("Brenda Goodman; MA", "Brenda Goodman"),
        ("Stella Kim; Jennifer Jett", "Stella Kim and Jennifer Jett"),
        ("Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("Иван Петров", "Иван Петров"),
        ("Jane Doe <jane@example.org>", "Jane Doe"),
        ("Doe, Jane", "Jane Doe"),
        # One word is kept when it is the whole field and written as a name (trafilatura's
        # evaluation pages: bloggers signing with a first name or a pen name).
        ("Tlow", "Tlow"),
        ("Dominique", "Dominique"),
        ("Jean-Luc", "Jean-Luc"),
        ("Name", ""),
        ("Redaktion", ""),
        ("Anónimo", ""),
        ("Redaccion", ""),  # a label typed without its accent
        ("Newsdesk", ""),  # a desk and a label written as one word
        ("Wordpressadmin", ""),
        # a dictionary word that names no one: a button, a section, a form's field label
        ("Follow", ""),
        ("Letters", ""),
        ("Datum", ""),
        ("Madonna", "Madonna"),  # WordNet knows her as a person
        ("Nils", "Nils"),  # not the plural of "nil"
        ("Grace", "Grace"),  # a singular noun may be a given name
        ("Zvg", ""),
        ("Reuters", ""),
        ("DT", ""),
        ("HansG", ""),
        ("Jane Doe, Bloomberg", "Jane Doe"),
        ("No Author", ""),
        # organisations and a site's address written as a name are credits, not people
        ("Olympia-Verlag GmbH", ""),
        ("Hanns-Seidel-Stiftung e V", ""),
        ("Greentech LIVE Redaktion", ""),
        ("CBS News", ""),
        ("Tennisnet Com", ""),
        ("Mediaindonesia Com Developer", ""),  # the account Media Indonesia's site posts as
        ("Stol It and Suedtirol Online", ""),
        ("La República", ""),
        ("The Planetary Press", ""),
        ("Edilson La Rosa", "Edilson La Rosa"),
        ("Le Thu Ha", "Le Thu Ha"),
        # "by" in other languages, a label or a job before the name
        ("Par Stefan Häne et Sylvain Besson", "Stefan Häne and Sylvain Besson"),
        ("Von Max Muster", "Max Muster"),
        ("Capital Von Jemima Kelly", "Jemima Kelly"),  # stern.de, a partner's name first
        ("Diane Von Furstenberg", "Diane Von Furstenberg"),
        ("Ursula Von Der Leyen", "Ursula Von Der Leyen"),
        ("Interview Harald Willenbrock", "Harald Willenbrock"),
        ("Rechtsanwalt Dennis Tölle", "Dennis Tölle"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Mark Di Stefano", "Mark Di Stefano"),
        # a field cut after a particle keeps the name; one cut by other words is no name
        ("Pirate Rogue von", "Pirate Rogue"),
        ("José Miguel Wilson Tiempo de lectura", ""),
        ("Theme Pirate Rogue von xwolf", ""),
        # what a page prints after the name: a job's acronym, a widget, an outlet
        ("Gina Trapani CEO", "Gina Trapani"),
        ("Steven Shepard Link Copied", "Steven Shepard"),
        ("Oli Coleman View", "Oli Coleman"),
        ("Joe Davidson Washington Post", "Joe Davidson"),
        ("Henry Ford III", "Henry Ford III"),
        # a name's own capitals and words that end names too are kept
        ("Pierre LE HIR", "Pierre LE HIR"),
        ("Hugo VAN DER BERG", "Hugo VAN DER BERG"),
        ("Sir Thomas More", "Sir Thomas More"),
        ("Glenn Close", "Glenn Close"),
        ("Jessica Link", "Jessica Link"),
        ("Emily Post", "Emily Post"),
        # a name printed twice (a link and its label), a template's placeholder
        ("Confreaks Confreaks", "Confreaks"),
        ("Xxx", ""),
    ],
)
def test_an_author_is_a_person(field: str, author: str) -> None:
    assert clean_authors(field).author == author


@pytest.mark.parametrize(
    ("field", "author"),
    [
        ("Letters", ""),
        ("JERUSALEM POST STAFF NOVEMBER", ""),
        ("Detroit News wire services Published", ""),
        ("AP Sports Writer", ""),
        ("Текст", ""),
        ("Jane Doe", "Jane Doe"),
    ],
)
def test_a_page_whose_author_field_names_no_one_has_no_author(field: str, author: str) -> None:
    # The page's JSON-LD puts a section, a desk or a label where the writer's name belongs.
    declared = {"@context": "https://schema.org", "@type": "NewsArticle", "author": {
        "@type": "Person", "name": field}}  # fmt: skip
    page = (
        "<html><head><title>Readers on the bridge</title>"
        f"<script type='application/ld+json'>{json.dumps(declared)}</script></head><body>"
        f"<article><h1>Readers on the bridge</h1><p>{BODY}</p><p>{QUOTE}</p></article>"
        "</body></html>"
    )
    article = extract_bytes(page.encode(), source="letters.html", filename="letters.html")
    assert article.meta.author == author


@pytest.mark.parametrize(
    ("field", "credit"), [("AFP", "AFP"), ("JERUSALEM POST STAFF NOVEMBER", "JERUSALEM")]
)
def test_agencies_and_desks_become_credits(field: str, credit: str) -> None:
    assert clean_authors(field).credits[0].startswith(credit)


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        (BYLINE, "Ryan J. Reilly and Nick Wing", "HuffPost"),
        ("By John Smith, Associated Press", "John Smith", "Associated Press"),
        ("By Sarah Jones | Reuters", "Sarah Jones", "Reuters"),
        ("By Bob Lee - The Guardian", "Bob Lee", "The Guardian"),
        ("By John Smith, Jane Doe and Bob Lee", "John Smith, Jane Doe and Bob Lee", ""),
        ("By John Smith, Senior Writer", "John Smith", ""),
        ("By JOHN SMITH", "John Smith", ""),
        # in other languages: ZDF's and WDR's pages in the Fundus set print them so
        ("von Manuela Conrad", "Manuela Conrad", ""),
        ("Von Nina Magoley", "Nina Magoley", ""),
        ("Par Stefan Häne et Sylvain Besson", "Stefan Häne and Sylvain Besson", ""),
    ],
)
def test_bylines(line: str, author: str, outlet: str) -> None:
    found = parse_byline(line)
    assert found is not None
    assert (found[0].author, found[1]) == (author, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "By the time the police arrived, the crowd had left the square.",
        "Von Berlin aus fuhr der Zug weiter nach Hamburg.",
        "Par la suite, le ministre a quitté la salle.",
        "Por Dios, dijo el alcalde.",
    ],
)
def test_a_sentence_starting_with_by_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("title", "names", "clean"),
    [
        ("Budget passes – TechCrunch", ["TechCrunch"], "Budget passes"),
        ("New trail opens | MoreBikes", ["https://www.morebikes.co.uk/x"], "New trail opens"),
        ("BBC News - Obama admits defeat", ["BBC News"], "Obama admits defeat"),
        ("Whales strand again | Eleanor Ainge Roy", ["the Guardian", "Eleanor Ainge Roy"],
         "Whales strand again"),
        ("Spider-Man - The Movie", ["Daily Planet"], "Spider-Man - The Movie"),
        ("Guardian angels - The Guardian", ["The Guardian"], "Guardian angels"),
        # a host is known by its own name, whatever its country's ending
        ("Forest birds return | Swiss Ornithological Station", ["www.ornithological.ch"],
         "Forest birds return"),
        ("Minister visits Graz - Federal Chancellery Austria", ["chancellery.gv.at"],
         "Minister visits Graz"),
        # a leading segment must open with the site's name, not merely mention it
        ("Fans of Eintracht cheer - Bayern beaten 2:1", ["eintracht.de"],
         "Fans of Eintracht cheer - Bayern beaten 2:1"),
        ("EFC Bembel Regensburg - New board elected", ["EFC Bembel"], "New board elected"),
        # a template's date after the headline goes, with or without a known site
        ("So much rain at last : 31.10.2023, 10.19 Uhr", [], "So much rain at last"),
        ("Score after the break: 3 - 1", [], "Score after the break: 3 - 1"),
        # Sott.net's double hyphen (newspaper4k's article_with_br page)
        ("'The American friends': New court files expose Sheldon Adelson's security team -- "
         "Sott.net", ["Sott.net", "www.sott.net"],
         "'The American friends': New court files expose Sheldon Adelson's security team"),
        # a colon or bar without spaces, as Japanese and Chinese titles set them (Postlight's
        # phpspot.org page), but not a clock's colon
        ("マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌", ["phpspot.org"],
         "マインドマップ風のツリーを描画できる「Treeviz」"),
        ("新型車を発表｜Car Watch", ["car.watch.example"], "新型車を発表"),
        ("Meeting at 10:30 in Reuters building", ["Reuters"],
         "Meeting at 10:30 in Reuters building"),
        ("Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!", ["TMZ"],
         "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"),
        # an asterisk between spaces (The Gateway Pundit's pages in the Fundus set)
        ("As Protests Grow Over Dismissal of Defense Minister Fedorov, Zelensky Is Now "
         "Considering Firing Top General Syrsky * The Gateway Pundit",
         ["The Gateway Pundit", "www.thegatewaypundit.com"],
         "As Protests Grow Over Dismissal of Defense Minister Fedorov, Zelensky Is Now "
         "Considering Firing Top General Syrsky"),
        ("Rated 5 * 3 stars", ["Reuters"], "Rated 5 * 3 stars"),
    ],
)  # fmt: skip
def test_titles_lose_the_site_name(title: str, names: list[str], clean: str) -> None:
    assert strip_site(title, names) == clean


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Microsoft Word - strike report.docx", ""),
        ("Untitled", ""),
        ("Document1", ""),
        ("report-final.pdf", ""),
        ("Senate passes bill", "Senate passes bill"),
    ],
)
def test_only_plausible_property_titles(title: str, kept: str) -> None:
    assert plausible_title(title) == kept


def _word_file(path: Path, *paragraphs: str, author: str = "", created: date | None = None) -> Path:
    document = docx.Document()
    if author:
        document.core_properties.author = author
    if created:
        document.core_properties.created = datetime(
            created.year, created.month, created.day, tzinfo=UTC
        )
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def test_word_file_with_byline_and_default_properties(tmp_path: Path) -> None:
    path = _word_file(
        tmp_path / "a.docx", "Senate passes bill after long night", BYLINE, "March 5, 2017",
        BODY, QUOTE,
    )  # fmt: skip
    meta = extract_path(path).meta
    assert meta.author == "Ryan J. Reilly and Nick Wing"
    assert meta.outlet == "HuffPost"
    assert meta.published == date(2017, 3, 5)
    assert meta.title == "Senate passes bill after long night"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("02/08/2017 07:12 pm ET | Updated Feb 09, 2017", date(2017, 2, 8)),
        ("05/24/2016 01:35 PM EDT", date(2016, 5, 24)),
    ],
)
def test_word_file_with_a_us_time_stamp(tmp_path: Path, stamp: str, day: date) -> None:
    """HuffPost stamps a story "02/08/2017 07:12 pm ET | Updated Feb 09, 2017"; pasted into a
    Word file under the byline, it was kept as the first paragraph and the file had no date."""
    path = _word_file(tmp_path / "a.docx", "Senate passes bill", BYLINE, stamp, BODY, QUOTE)
    found = extract_path(path)
    assert (found.meta.published, found.meta.author) == (day, "Ryan J. Reilly and Nick Wing")
    assert found.text.startswith("WASHINGTON")


@pytest.mark.parametrize("line", ["02/08/2017", "13/08/2017 07:12 pm ET", "02/08/2017 07:12"])
def test_a_numeric_date_without_a_us_zone_is_not_read(line: str) -> None:
    assert us_stamp_line(line) is None


def test_word_file_defaults_give_no_date_and_no_author(tmp_path: Path) -> None:
    meta = extract_path(_word_file(tmp_path / "a.docx", "Senate passes bill", BODY, QUOTE)).meta
    assert (meta.author, meta.published) == ("", None)


def test_plausible_word_properties_are_used(tmp_path: Path) -> None:
    path = _word_file(tmp_path / "a.docx", "Senate passes bill", BODY, QUOTE,
                      author="Jane Roe", created=date(2017, 3, 6))  # fmt: skip
    meta = extract_path(path).meta
    assert (meta.author, meta.published) == ("Jane Roe", date(2017, 3, 6))


def test_a_creation_date_before_the_dates_in_the_text_is_dropped(tmp_path: Path) -> None:
    text = f"{BODY} The House votes on March 9, 2017."
    path = _word_file(tmp_path / "a.docx", "Senate passes bill", text, QUOTE,
                      author="Jane Roe", created=date(2016, 1, 2))  # fmt: skip
    assert extract_path(path).meta.published is None


def test_pdf_byline(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.set_author("Microsoft Word")
    body = BODY.replace("—", "-")
    pdf.multi_cell(
        0, 8, f"Senate passes bill\n\nBy Ryan J. Reilly and Nick Wing, HuffPost\n\n{body}"
    )
    pdf.output(str(tmp_path / "a.pdf"))
    meta = extract_path(tmp_path / "a.pdf").meta
    assert (meta.author, meta.outlet) == ("Ryan J. Reilly and Nick Wing", "HuffPost")


def test_text_byline() -> None:
    meta = extract_text(f"Senate passes bill\n\n{BYLINE}\n\n{BODY}\n\n{QUOTE}").meta
    assert (meta.author, meta.outlet, meta.title) == (
        "Ryan J. Reilly and Nick Wing", "HuffPost", "Senate passes bill",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("author", "site", "kept"),
    [
        ("Telebasel", "https://telebasel.ch/2021/01/fire", ""),
        ("Solarserver", "https://www.solarserver.de/2021/news", ""),
        ("Martin", "https://resonator-podcast.de/2021/res158/", "Martin"),
    ],
)
def test_a_one_word_author_naming_the_site_is_the_outlet(author: str, site: str, kept: str) -> None:
    person = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "author": {"@type": "Person", "name": author}}
    )  # fmt: skip
    page = (
        f'<html><head><title>Fire in the old town</title><link rel="canonical" href="{site}">'
        f'<script type="application/ld+json">{person}</script></head><body><article><h1>Fire '
        f"in the old town</h1><p>{BODY}</p><p>{QUOTE}</p></article></body></html>"
    )
    assert (
        extract_bytes(page.encode(), source="page.html", filename="page.html").meta.author == kept
    )


def test_a_byline_repeating_the_pages_author_leaves_the_text() -> None:
    # Modelled on a magazine's page (trafilatura's test pages): the author in the page's
    # metas, and in the body a standfirst, the section's name, then "Von Tim Ehlers"
    lead = " ".join([BODY] * 2)
    page = (
        "<html><head><title>Die sonstigen Parteien</title>"
        "<meta name='author' content='Tim Ehlers'></head><body><article>"
        f"<h1>Die sonstigen Parteien</h1><p>{lead}</p><p>Deutschland</p><p>Von Tim Ehlers</p>"
        f"<p>{QUOTE}</p><p>{BODY}</p></article></body></html>"
    )
    article = extract_bytes(page.encode(), source="katapult.html", filename="katapult.html")
    assert article.meta.author == "Tim Ehlers"
    assert "Von Tim Ehlers" not in article.text
    assert QUOTE in article.text
