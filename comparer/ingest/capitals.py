"""Datelines of a place alone: "Den Haag -", "Washington —", with no agency beside it.

Wire copy pasted or saved as Word opens with the place it was filed from and a dash. In
capitals that is the uppercase dateline :mod:`~comparer.ingest.metadata` reads; in the
place's own spelling ("Den Haag - Het kabinet", "Wien – Die Regierung") only a capital or a
seat of government, as English and the main European languages write it, is taken, so that
a sentence opening with a name is not. The dash must be a dateline's: spaced, followed by a
capital letter, and not opening an aside closed by a second dash in the same sentence
("Paris – die Stadt der Liebe – ist teuer", "Berlin - the capital - voted").
"""

from __future__ import annotations

import re

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
     "pristina")
)  # fmt: skip
"""Capitals and seats of government, in English and in the languages of the texts read."""
_PLACE_DASH = re.compile(
    r"(?P<place>[A-ZÀ-Ý][\w'’.]*(?:[ -][A-Za-zÀ-ý][\w'’.]*){0,2}) [-–—] (?=[A-ZÀ-Ý\"“„«])"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_ASIDE_DASH = re.compile(r" [-–—] ")


def place_dateline(paragraph: str) -> str:
    """The place of a dateline opening ``paragraph`` ("Den Haag"), or ""."""
    found = _PLACE_DASH.match(paragraph)
    if not found or found.group("place").casefold() not in CAPITALS:
        return ""
    sentence = _SENTENCE_END.split(paragraph[found.end() :], maxsplit=1)[0]
    return "" if _ASIDE_DASH.search(sentence) else found.group("place")
