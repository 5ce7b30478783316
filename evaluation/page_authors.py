"""Whether an imported author field names people: the page sets' *junk author* judgement.

Written from the issue's examples ("JERUSALEM POST STAFF NOVEMBER", "Detroit News wire
services Published", "AP Sports Writer", "Текст") and general knowledge of bylines, never
from what our importer outputs, so that it judges the importer as a held-out reader would.
An author field is split into names at commas, semicolons, "and" and "&"; it is junk when
any name is not a person's: credits, dates and times (in the main European languages),
job titles, wire-service phrases, organisations, news agencies and broadcasters ("AP",
"MDR Sachsen-Anhalt"), a site's address or its pieces ("Tennisnet Com", "ORF.at"), a
byline's leading word, a sharing widget's words or a paper's name after a name, a name cut
short ("Pirate Rogue von", "Jane D"), a word said twice, a placeholder, a common noun of
the trade in any language ("Nachrichten", "Redaktion", "記者"), a job title's noun
("Product Marketing Manager"), a company's word ("Atlantic Merchant Capital Investors";
general words of firms: Capital, Investors, Holdings, Corporation, Partners), or a name of
one word that is short ("Amw") or lower case ("kicker"). A one-word name in a script written without
spaces (Chinese, Japanese, Korean) is a person's unless it is such a common noun.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise


def _words(text: str) -> frozenset[str]:
    """The words of a list written as one string."""
    return frozenset(text.split())


_NAMES = re.compile(r",|;| and | & ")
_JUNK_AUTHOR = re.compile(
    r".*(?:\d|@|https?:|\b(?:staff|wire|services?|writer|editor|correspondent|reporter|"
    r"published|updated|photo|credit|by|username|admin|author|ago|před)\b|"
    r"текст|фото|作者).*",
    re.IGNORECASE,
)
_HOST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_MONTHS_AND_DAYS = _words(
    "january february march april may june july august september october november "
     "december monday tuesday wednesday thursday friday saturday sunday januar februar "
     "märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag "
     "samstag sonntag janvier février mars avril juin juillet août septembre octobre "
     "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche enero febrero "
     "marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes "
     "martes miércoles jueves viernes sábado domingo gennaio febbraio aprile maggio giugno "
     "luglio settembre ottobre dicembre januari februari maart juni juli augustus"
)  # fmt: skip
"""A date's words: a month is a name's first or second word often enough ("Theresa May",
"Laura June"), so only a third word or later counts."""
_WHEN = _words(
    "today yesterday hours minutes heute gestern stunden minuten veröffentlicht "
     "aktualisiert stand publié publication aujourd'hui hier publicado actualizado ayer "
     "pubblicato aggiornato oggi ieri gepubliceerd bijgewerkt vandaag gisteren "
     "opublikowano"
)  # fmt: skip
_AGENCIES = _words(
    "ap afp aap dpa apa sda kna epd ansa tass reuters xinhua kyodo yonhap belga anp ntb "
     "ritzau upi pti ians interfax bbc cnn nbc cbs abc npr pbs cbc nhk kbs mbc sbs itv rtl "
     "ard zdf mdr ndr wdr swr rbb orf srf rts rtve dlf"
)  # fmt: skip
"""News agencies and broadcasters, by the short names they sign with (first names such
as "Sid", "Ria", "Efe", "Ani" and the surname "Rai" are left out)."""
_TRADE_NOUNS = _words(
    "news nachrichten nieuws notizie noticias nouvelles actualités aktuelles newsroom desk "
     "team editors editorial redaktion rédaction redacción redazione redactie redakcja "
     "redakce toimitus agencies agentur agenturen agencia agenzia agence wires reporters "
     "correspondents autor autorin auteur gast guest moderator anonymous anonym anonyme "
     "anónimo unknown unbekannt sport sports politik wirtschaft kultur lokales meinung "
     "opinion opinión gastbeitrag pressemitteilung communiqué comunicado journalist "
     "journalistin journaliste periodista giornalista redakteur redakteurin rédacteur "
     "rédactrice redactor redactora redattore korrespondent korrespondentin correspondant "
     "corresponsal corrispondente kolumnist kolumnistin chroniqueur fotograf photographer "
     "fotógrafo freelance freelancer publisher herausgeber новости редакция автор "
     "корреспондент 记者 記者 编辑 編輯 个人 個人 本报 本報 新华社 新華社 기자 편집부 뉴스"
)  # fmt: skip
"""The trade's common nouns: a desk, a section, a job, a credit, in any language."""
_ORGANISATION_WORDS = frozenset(
    (
        "gmbh", "ag", "inc", "ltd", "llc", "plc", "verlag", "media", "medien", "stiftung",
        "foundation", "institut", "institute", "press", "presse", "news", "magazin", "magazine",
        "redaktion", "online", "zeitung", "agentur", "radio", "tv", "network", "gruppe", "group",
        "verein", "diario", "noticias", "república", "editions", "éditions", "ediciones",
        "capital", "investors", "holdings", "corp", "corporation", "company", "partners",
        "ventures", "associates", "securities", "limited", "industries",
        "enterprises", "technologies", "solutions", "systems", "consulting", "association",
        "council", "university", "ministry", "department", "committee", "pharmaceuticals",
    )
)  # fmt: skip
_WEB_ENDINGS = _words(
    "com net org info biz gov edu de ch at it fr es uk cl pe ar br be nl ru pl au ca cz sk "
     "hu ro dk se fi pt gr tr ua mx io eu us ie nz za jp cn kr"
)  # fmt: skip
"""A top-level domain, the last word of a site's address split into words ("Nieuwsblad
Be"); those that are also surnames ("Li", "Lu", "Ma", "Ng", "Vu", "Do") are left out."""
_BYLINE_WORDS = frozenset(
    ("by", "par", "por", "von", "door", "av", "przez", "interview", "text", "texto", "texte",
     "in", "on")
)  # fmt: skip
_PARTICLES = frozenset(("von", "van", "de", "der", "den", "di", "da", "del", "la", "le"))
_WIDGET_OR_ROLE = frozenset(
    ("link", "copied", "view", "share", "follow", "email", "print", "comments", "profile",
     "ceo", "cto", "cfo", "founder", "president", "chief", "columnist", "contributor",
     "producer", "anchor", "manager", "director", "officer", "vice", "analyst", "specialist",
     "coordinator", "consultant", "strategist", "engineer", "executive", "assistant",
     "spokesperson", "spokesman", "spokeswoman", "marketing", "intern", "adviser", "advisor",
     "researcher")
)  # fmt: skip
"""A sharing or profile widget's words, a job printed after a name ("Gina Trapani CEO") or
as a name ("Product Marketing Manager")."""
_NEWS_ENDINGS = frozenset(
    ("post", "times", "tribune", "herald", "journal", "gazette", "daily", "chronicle")
)
"""A paper's name's last word: after a two-word name ("Joe Davidson Washington Post")."""


def junk_author(author: str) -> bool:
    """Whether ``author`` is something other than people's names."""
    if not author:
        return False
    names = [name.split() for name in _NAMES.split(author)]
    too_long = any(len(words) > 4 for words in names)
    dated = any(_said_when(words) for words in names)
    return (
        too_long or dated or author.isupper() or _JUNK_AUTHOR.fullmatch(author) is not None
        or any(_not_a_person(words) for words in names)
    )  # fmt: skip


def _said_when(words: list[str]) -> bool:
    """A date's or a time's words: a month or a weekday from the third word on, a time's
    or a publishing stamp's word anywhere."""
    folded = [word.casefold().strip(".,:") for word in words]
    return any(word in _MONTHS_AND_DAYS for word in folded[2:]) or any(
        word in _WHEN for word in folded
    )


def _not_a_person(words: list[str]) -> bool:
    """An organisation ("Olympia-Verlag GmbH"), an agency, a web address or its pieces
    ("Kath Net"), a byline's leading word ("Par Attac France"), a name cut short ("Pirate
    Rogue von"), a widget's or job's word or a paper after a name, a trade's noun, a word
    said twice, a placeholder, a one-word name that is short or lower case."""
    folded = [word.casefold().strip(".:") for word in words]
    if not folded:
        return False
    pieces = {piece for word in folded for piece in word.split("-")}
    return (
        any(word in _ORGANISATION_WORDS or word in _WIDGET_OR_ROLE for word in folded)
        or any(piece in _AGENCIES or piece in _TRADE_NOUNS for piece in pieces)
        or any(_HOST.fullmatch(word) for word in folded)
        or folded[-1] in _WEB_ENDINGS
        or folded[0] in _BYLINE_WORDS
        or folded[-1] in _PARTICLES
        or (len(folded) > 2 and folded[-1] in _NEWS_ENDINGS)
        or _cut_short(words)
        or _said_twice_or_placeholder(folded)
        or (len(words) == 1 and _one_word_not_a_name(words[0]))
    )


def _cut_short(words: list[str]) -> bool:
    """A name ending in a bare initial ("Ilanga D"): its surname was cut off."""
    last = words[-1]
    return len(words) > 1 and len(last) == 1 and last.isascii() and last.isalpha()


def _one_word_not_a_name(word: str) -> bool:
    """A one-word name that is short ("Amw", "dpa") or lower case ("kicker"), in a script
    written with spaces; a Chinese, Japanese or Korean name is one word."""
    if any(_without_spaces(char) for char in word):
        return False
    return len(word) <= 3 or word.islower()


def _without_spaces(char: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))


def _said_twice_or_placeholder(folded: list[str]) -> bool:
    """A word said twice in a row ("Confreaks Confreaks") or one letter repeated ("Xxx")."""
    if any(a == b for a, b in pairwise(folded)):
        return True
    return len(folded) == 1 and len(folded[0]) > 2 and len(set(folded[0])) == 1
