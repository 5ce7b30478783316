"""Datelines in a place's own spelling: "Den Haag -", "Rotterdam -", "Kyiv, Ukraine (AP) —".

Wire copy pasted or saved as Word opens with the place it was filed from and a dash. In
capitals that is the uppercase dateline :mod:`~comparer.ingest.metadata` reads; in the
place's own spelling ("Den Haag - Het kabinet", "Wien – Die Regierung") a capital or seat of
government, as English and the main European languages write it, is taken, and so is a
place WordNet names as one ("Rotterdam", "Springfield"; not "Trump", "Police", "Jordan";
"Houston" or "Madison", a person too, only with a region, an agency or a sentence after the
dash that does not go on about a person: "Clinton - The senator said", "Lincoln - He was"),
perhaps with its region and an agency ("Kyiv, Ukraine (AP) —", "Springfield, Ill. -"), so
that a sentence opening with a name is not. The dash must be a dateline's: spaced, followed
by a capital letter, and not opening an aside closed by a second dash in the same sentence
("Paris – die Stadt der Liebe – ist teuer", "Berlin - the capital - voted", "Trump - who had
... - said"); a bracket must name an agency ("Berlin (Deutschland) -" is no dateline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from comparer.ingest.kickers import AGENCY_NAMES
from comparer.wordnet import flags

CAPITALS = frozenset(
    ("washington", "london", "londen", "londres", "londra", "paris", "parijs", "parigi",
     "berlin", "berlijn", "berlino", "madrid", "rome", "rom", "roma", "lisbon", "lisboa",
     "lissabon", "lisbonne", "brussels", "brussel", "bruxelles", "brüssel", "bruselas",
     "bruxelas", "amsterdam", "den haag", "the hague", "la haye", "vienna", "wien", "wenen",
     "vienne", "viena", "bern", "berne", "berna", "warsaw", "warschau", "varsovie",
     "warszawa", "prague", "prag", "praag", "praha", "budapest", "athens", "athen", "athene",
     "athènes", "atenas", "atene", "dublin", "copenhagen", "kopenhagen", "copenhague",
     "københavn", "stockholm", "oslo", "helsinki", "helsingfors", "moscow", "moskau",
     "moskou", "moscou", "moscú", "mosca", "kyiv", "kiev", "kiew", "ankara",
     "jerusalem", "jérusalem", "jerusalén", "gerusalemme", "beijing", "peking", "pékin",
     "pekín", "pechino", "tokyo", "tokio", "new delhi", "neu-delhi", "ottawa", "canberra",
     "luxembourg", "luxemburg", "bratislava", "ljubljana", "zagreb", "belgrade", "belgrad",
     "bucharest", "bukarest", "boekarest", "bucarest", "sofia", "vilnius", "riga", "tallinn",
     "reykjavik", "valletta", "nicosia", "cairo", "kairo", "le caire", "el cairo", "tehran",
     "teheran", "téhéran", "damascus", "damaskus", "damas", "beirut", "beyrouth", "baghdad",
     "bagdad", "kabul", "islamabad", "seoul", "séoul", "seúl", "brasília", "brasilia",
     "buenos aires", "mexico city", "mexiko-stadt", "bogotá", "lima", "santiago", "caracas",
     "havana", "havanna", "la havane", "la habana", "nairobi", "pretoria", "abuja", "riyadh",
     "riad", "doha", "abu dhabi", "amman", "bangkok", "hanoi", "jakarta", "manila",
     "kinshasa", "addis abeba", "addis ababa", "minsk", "tbilisi", "tiflis", "yerevan",
     "eriwan", "baku", "kischinau", "chisinau", "tirana", "skopje", "podgorica", "sarajevo",
     "pristina",
     # every other nation's capital or seat of government, as English writes it
     "la paz", "san salvador", "guatemala city", "san josé", "san jose", "panama city",
     "santo domingo", "port of spain", "cape town", "port louis", "são tomé", "sao tome",
     "kuwait city", "ulan bator", "phnom penh", "kuala lumpur", "bandar seri begawan",
     "port moresby", "port vila", "andorra la vella", "san marino", "vatican city", "wellington",
     "quito", "sucre", "asunción", "asuncion", "montevideo", "georgetown", "paramaribo",
     "nassau", "belmopan", "managua", "tegucigalpa", "port-au-prince", "kingston",
     "basseterre", "kingstown", "castries", "roseau", "bridgetown", "rabat", "algiers",
     "alger", "argel", "tunis", "tripoli", "khartoum", "juba", "asmara", "djibouti",
     "mogadishu", "kampala", "kigali", "gitega", "bujumbura", "dodoma", "lusaka", "harare",
     "lilongwe", "maputo", "gaborone", "windhoek", "maseru", "mbabane", "antananarivo",
     "moroni", "luanda", "brazzaville", "libreville", "malabo", "yaoundé", "yaounde",
     "bangui", "n'djamena", "niamey", "porto-novo", "lomé", "lome", "accra", "ouagadougou",
     "bamako", "dakar", "banjul", "bissau", "conakry", "freetown", "monrovia",
     "yamoussoukro", "nouakchott", "praia", "sanaa", "sana'a", "muscat", "manama",
     "tashkent", "astana", "bishkek", "dushanbe", "ashgabat", "ulaanbaatar", "pyongyang",
     "taipei", "naypyidaw", "vientiane", "singapore", "dili", "dhaka", "kathmandu",
     "thimphu", "colombo", "honiara", "suva", "nuku'alofa", "apia", "funafuti", "tarawa",
     "majuro", "palikir", "yaren", "monaco", "vaduz", "chişinău", "chișinău", "kishinev",
     # found missing by a check against WordNet 3.0's national capitals (see below)
     "st. john's", "saint john's", "st. george's", "saint george's", "putrajaya", "abidjan",
     "porto novo", "ashkhabad", "yamoussukro")
)  # fmt: skip
"""Capitals and seats of government of every nation in English, Europe's and the big ones'
also in the languages of the texts read, with a typewriter apostrophe ("nuku'alofa").
Checked against WordNet 3.0 (each a national capital there, or its gloss says "capital"):
those it does not know are newer or smaller than it (Juba, Gitega, Naypyidaw, Ouagadougou,
Dili, Thimphu, Palikir...), and where it names a former capital (Yangon, Kolonia, Dar es
Salaam) the list keeps today's; "Alger" and "Argel" are Algiers in French and Spanish.
Left out: Malé and Victoria (Seychelles), words and names more often than datelines."""
_PLACE_DASH = re.compile(
    r"(?P<line>(?P<place>[A-ZÀ-Ý][\w'’.]*(?:[ -][A-Za-zÀ-ý][\w'’.]*){0,2})"
    r"(?:, (?P<region>[A-ZÀ-Ý][\w'’]*(?: [A-ZÀ-Ý][\w'’]*)?\.?|(?:[A-Z]\.){2}))?"
    r"(?: \((?P<agency>[A-Za-z][\w .&-]{1,30})\))?) [-–—] (?=[A-ZÀ-Ý\"“„«])"
)
_REGION_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}")
"""A state or province as papers abbreviate it after a town ("Ill.", "Calif.", "N.J.")."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_ASIDE_DASH = re.compile(r" [-–—] ")


@dataclass(frozen=True)
class PlaceDateline:
    """A dateline found: as printed ("Kyiv, Ukraine (AP)") and its agency ("AP" or "")."""

    line: str
    agency: str


def place_dateline(paragraph: str) -> PlaceDateline | None:
    """The dateline opening ``paragraph`` in a place's own spelling, if it opens with one."""
    found = _PLACE_DASH.match(paragraph)
    agency = (found.group("agency") or "").strip() if found else ""
    after = paragraph[found.end() :] if found else ""
    if not found or not _a_place(found.group("place"), found.group("region"), agency, after):
        return None
    sentence = _SENTENCE_END.split(paragraph[found.end() :], maxsplit=1)[0]
    if _ASIDE_DASH.search(sentence) or (agency and agency.casefold() not in AGENCY_NAMES):
        return None
    return PlaceDateline(found.group("line"), agency)


def _a_place(place: str, region: str | None, agency: str, after: str) -> bool:
    """Whether ``place`` (with ``region`` after a comma) names a place: a capital, or a
    location WordNet knows that is no river too ("Jordan - The player", a river, a country
    and a name; datelines are towns), in a region it knows or abbreviated as papers do. A
    town WordNet also knows as a person ("Houston", "Clinton", "Madison") needs its region,
    an agency or a sentence after the dash (``after``) that does not go on about a person:
    "Houston - Flood waters rose" is a dateline, "Clinton - The senator said" and "Lincoln -
    He was" open with a person."""
    kinds = flags(place)
    capital = place.casefold().replace("’", "'") in CAPITALS
    known = capital or ("L" in kinds and "G" not in kinds)
    if not region:
        return known and (capital or "P" not in kinds or bool(agency) or not _of_a_person(after))
    return known and ("L" in flags(region) or bool(_REGION_ABBREVIATION.fullmatch(region)))


_OF_A_PERSON = re.compile(
    r"(?:who|whose|whom|he|she|his|her|him|himself|herself)\b"
    r"|(?:the|a|an|this|that|former|then)\s+(?P<role>[\w'’-]+)",
    re.IGNORECASE,
)
"""Words after a dash that go on about the person named before it: a pronoun ("Lincoln -
He was"), a relative ("Trump - who had"), or a role ("Clinton - The senator said")."""


def _of_a_person(after: str) -> bool:
    """Whether the words after a dateline's dash go on about a person named before it."""
    found = _OF_A_PERSON.match(after)
    if found is None:
        return False
    role = found.group("role")
    return role is None or "r" in flags(role)
