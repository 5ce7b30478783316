"""A site's section menu printed as one line of words: "Home Politics World Business Tech".

A page printed to PDF, or copied whole, keeps the site's navigation bar as a line of section
names with nothing between them (the bar's links are set apart by padding, not by a bar or
a comma, so the rules for "News | Sport" menus miss it). Such a line is taken for navigation
only when every word of it is a capitalised section name from the list below ("Home" or
"HOME"): four of them, or three after a home link. A headline in title case holds words that
name no section ("World Business Leaders Meet in Davos"), a byline a name, and a list of
sections in a sentence its commas and lower-case words, so none of them is taken.
"""

from __future__ import annotations

from comparer.model import Furniture

_HOME = ("Home", "Homepage", "Startseite", "Inicio", "Portada", "Accueil", "Voorpagina")
_SECTIONS = (
    # English
    "News", "Latest", "World", "Politics", "Business", "Money", "Markets",
    "Economy", "Tech", "Technology", "Science", "Health", "Sport", "Sports", "Football",
    "Soccer", "Culture", "Arts", "Entertainment", "Lifestyle", "Life", "Style", "Travel",
    "Food", "Opinion", "Opinions", "Comment", "Video", "Videos", "Audio", "Podcasts",
    "Photos", "Weather", "Climate", "Environment", "Education", "Local", "National",
    "International", "Books", "Music", "Film", "Movies", "TV", "Media", "Obituaries", "Crime",
    "Games",
    "Puzzles", "Crossword", "Magazine", "Newsletters", "Real Estate", "Property", "Cars",
    "Motoring", "Jobs", "Careers", "Shopping", "Reviews", "Investigations", "Fashion",
    "Beauty", "Wellness", "Family", "Parenting", "Religion", "Royals", "Celebrity",
    "Showbiz", "Features", "Live", "More", "Sections", "Elections", "Personal Finance",
    "Innovation", "Voices", "Metro", "Nation", "Region", "Regional",
    # German
    "Nachrichten", "Politik", "Wirtschaft", "Kultur", "Wissen", "Panorama", "Gesellschaft",
    "Meinung", "Reise", "Auto", "Digital", "Gesundheit", "Finanzen", "Ausland", "Inland",
    "Lokales", "Leben", "Stil", "Karriere", "Wetter",
    # Spanish
    "Noticias", "Internacional", "Nacional", "Política", "Economía", "Deportes", "Cultura",
    "Sociedad", "Opinión", "Tecnología", "Ciencia", "Salud", "Gente", "Vídeos", "Mundo",
    # French
    "Actualités", "Politique", "Économie", "Société", "Sciences", "Planète", "Idées",
    "Santé", "Monde", "Vidéos", "Débats",
)  # fmt: skip
_PLACES = (
    "US", "U.S.", "UK", "Europe", "Asia", "Africa", "Americas", "Australia", "Middle East",
    "España", "France",
)  # fmt: skip
"""Sections named after places: a line of them alone is as often a poll's or a table's
header ("US UK France Australia"), so a menu needs two sections that are no place."""


def _names(words: tuple[str, ...]) -> str:
    """``words`` as written and in capitals, matched with their case (the rules ignore it)."""
    spellings = sorted({form for word in words for form in (word, word.upper())}, key=len)
    return (
        "(?-i:" + "|".join(spelling.replace(".", r"\.") for spelling in reversed(spellings)) + ")"
    )


_TOPIC = _names(_SECTIONS)
_SECTION = _names(_SECTIONS + _PLACES)
_MENU_HOME = _names(_HOME)
_GAP = r"(?: [·•] | )"

SECTION_MENU_LINES: tuple[tuple[Furniture, str], ...] = (
    (
        Furniture.NAVIGATION,
        rf"(?:{_MENU_HOME}{_GAP}{_SECTION}(?:{_GAP}{_SECTION}){{1,30}}"
        rf"|(?=(?:.*?(?<!\S){_TOPIC}(?!\S)){{2}}){_SECTION}(?:{_GAP}{_SECTION}){{3,30}})",
    ),
)
"""A line of section names alone: a home link and two sections or more, or four sections of
which two name no place."""
