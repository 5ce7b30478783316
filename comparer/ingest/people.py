"""Authors are people: clean an author field down to persons' names.

Sites and files fill the author field with whatever stood near the name: job titles ("AP
Sports Writer"), dates ("Laura June Topolsky July"), desk credits ("JERUSALEM POST STAFF
NOVEMBER", "Detroit News wire services Published"), labels ("Текст", "Username"),
agencies ("AFP"), organisations ("Olympia-Verlag GmbH") and the site's address written as
a name ("Tennisnet Com"). :func:`clean_authors` keeps only what reads as a person's name
and returns the agencies, desks and organisations apart, as credits. Printed bylines ("By
X and Y, Outlet", in many languages) are read by :mod:`~comparer.ingest.bylines`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from comparer import wordnet
from comparer.ingest.kickers import AGENCY_NAMES

WORD_JOINERS = re.compile(r"\b(?:and|und|et|en|og|och|y|i)\b|(?-i:\be\b)|&|/", re.IGNORECASE)
_JOINERS = re.compile(
    r"\s*(?:;|,|\band\b|&|\bund\b|\bet\b|\ben\b|\bog\b|\boch\b|\by\b|(?-i:\be\b)|\bi\b|/)\s*",
    re.IGNORECASE,
)
"""What parts two names in a byline: "and" in the languages of the bylines read ("Door Jan de
Vries en Petra Bakker", Dutch; "og", Danish and Norwegian; "och", Swedish; "e", Italian and
Portuguese, in small letters only: "Laura E Adkins" has a middle initial)."""
DESK = re.compile(
    r".*\b(?:staff|wire|services|desk|team|newsroom|bureau|agenc(?:y|ies)|editorial|"
    r"correspondents|reporters|contributors)\b.*",
    re.IGNORECASE,
)
_JOB_WORDS = (
    "writer", "editor", "correspondent", "reporter", "producer", "columnist", "contributor",
    "critic", "analyst", "photographer", "journalist", "anchor", "host", "intern", "fellow",
    "director", "chief", "senior", "associate", "contributing", "managing", "deputy",
    "executive", "political", "foreign", "national", "sports", "games", "science", "health",
    "business", "tech", "technology", "economics", "international", "investigative",
    "manager", "marketing", "officer", "spokesperson", "spokesman", "spokeswoman",
    "consultant", "specialist", "coordinator", "strategist", "engineer", "assistant",
    "adviser", "advisor", "vice",
    "기자", "특파원", "记者", "記者",
)  # fmt: skip
JOB = re.compile(r"\b(?:" + "|".join(_JOB_WORDS) + r")\b.*", re.IGNORECASE)
_TIME_WORDS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "published", "updated", "posted", "last", "today",
    "yesterday", "ago", "am", "pm", "gmt", "utc", "est", "edt", "pst", "pdt",
)  # fmt: skip
_DATE_ONLY = frozenset(
    (
        "published", "updated", "posted", "last", "today", "yesterday", "ago", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "gmt", "utc",
    )
)  # fmt: skip
_LABELS = frozenset(
    {"by", "author", "authors", "username", "admin", "administrator", "user", "guest",
     "unknown", "anonymous", "editor", "staff", "text", "photo", "photos", "credit",
     "текст", "фото", "автор", "作者", "记者", "編集部", "redaktion", "rédaction",
     "redacción", "redazione", "none", "null",
     # Words a one-word author field holds when it names no one.
     "name", "editors", "webmaster", "team", "gast", "autor", "autorin", "texte", "foto",
     "bild", "video", "quelle", "fuente", "source", "news", "online", "digital", "web",
     "blog", "blogger", "home", "sport", "sports", "anonym", "anonyme", "anónimo",
     "anonimo", "redakcja", "zvg", "facebook", "twitter", "instagram", "contributor",
     "agencias", "agentur", "newsroom", "desk", "wire", "press", "datum", "date", "fecha",
     "nachrichten", "nieuws", "notizie", "noticias", "nouvelles", "actualités", "aktuelles"}
)  # fmt: skip


def name_key(name: str) -> str:
    """A name as two spellings of it compare: no case, accents, spaces or punctuation
    ("José Pérez-Ruiz" and "/profile/jose-perez-ruiz" both give "joseperezruiz")."""
    bare = unicodedata.normalize("NFD", name.casefold())
    return "".join(c for c in bare if c.isalnum() and not unicodedata.combining(c))


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_LABELS_UNACCENTED = frozenset(_unaccented(label) for label in _LABELS)
"""The labels as typed without accents too ("Redaccion", "Anonimo")."""
_LABEL_COMPOUND = re.compile(r"(?:news|web|site|blog|wordpress)(?:desk|room|admin|team|master)")
_PLACEHOLDERS = frozenset(
    {"author", "authors", "unknown", "anonymous", "admin", "username", "user", "none", "null"}
)
_PARTICLES = frozenset(
    (
        "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "al", "el", "la",
        "le", "du", "dos", "das", "ter", "ten", "y", "e",
    )
)  # fmt: skip
_LEADING_WORDS = frozenset(
    (
        "by", "par", "por", "von", "door", "av", "przez", "interview", "text", "texto", "texte",
        "in", "on", "with", "mit", "rechtsanwalt", "rechtsanwältin", "redakteur", "redakteurin",
        "korrespondent", "korrespondentin", "reporterin", "autor", "autorin", "journalistin",
        "fotograf", "fotografin",
    )
)  # fmt: skip
"""Words printed before a name in a byline: "by" in several languages, a job, a label."""
_ORGANISATION = re.compile(
    r".*\b(?:gmbh|ag|inc|ltd|llc|plc|verlag|media|medien|stiftung|foundation|institut|"
    r"institute|presse?|news|magazin|magazine|redaktion|online|zeitung|agentur|radio|tv|"
    r"agencias?|agence|agenzia|agência|network|gruppe|group|verein|diario|noticias|"
    r"éditions|ediciones|edizioni|capital|"
    r"investors|holdings|corp|corporation|company|partners|ventures|securities|limited|"
    r"industries|enterprises|technologies|solutions|consulting)\b.*",
    re.IGNORECASE,
)
_ARTICLE = r"(?:the|el|la|il|los|las|les|die|der|das)"
_TITLED = re.compile(rf"{_ARTICLE}\s+\S+(?:\s+\S+)?|{_ARTICLE}(?:\s+[^\s.]+){{3,4}}", re.I)
"""A name opening with an article is a title ("The Economist", "La República", "Die Zeit";
"The New York Times", of words without a dot: "The Rev. Al Sharpton" is a person).
Not "Le" or "Lo": Lê and Lo open Vietnamese and Cantonese names ("Le Thu Ha")."""
_WEB_ENDING = re.compile(
    r".+\s(?:com|net|org|de|ch|at|it|fr|es|uk|info|cl|pe|ar|br|be|nl|pl|ru|cz|pt|gr|tr|se|dk|"
    r"fi|hu|ro|au|ca|ie|nz|za|eu|io)(?:\s(?:developer|admin|editor))?",
    re.I,
)
"""A site's address written as a name ("Tennisnet Com", "Kath Net"), perhaps with the account
the site's software posts under ("Mediaindonesia Com Developer")."""
_MIDDLE_BYLINE = frozenset(("Von", "By", "Par", "Por", "Door"))
"""A byline's word, capitalised inside a field after the name of a section or partner
("Capital Von Jemima Kelly"): the name is what follows it."""
AGENCY = re.compile(r"[A-Z]{2,6}|Reuters|Associated Press|Agence France-Presse|Xinhua|TASS")
NEWS_WORD = re.compile(
    r"\b(?:news|post|times|press|herald|daily|tribune|journal|gazette|agency)\b", re.IGNORECASE
)
_ADDRESS = re.compile(r"<[^>]*>|\S+@\S+|https?://\S+|(?<!\S)@\w+")
"""An address or a handle printed beside a name ("(helene.cooper@nytimes.com)", "@helenecooper")."""
_INVERTED = re.compile(r"(?P<last>[A-Z][\w’'-]+), (?P<first>[A-Z][\w’'-]+(?: [A-Z]\.)?)")
_MAX_NAME_WORDS = 4
_INTERFACE = frozenset(
    ("view", "link", "copied", "copy", "share", "shared", "follow", "following", "email",
     "e-mail", "print", "tweet", "profile", "bio", "subscribe", "comment", "comments",
     "posts", "articles", "stories", "menu", "reply")
)  # fmt: skip
"""Words of a sharing or profile widget printed after a byline's name ("Link Copied").
Words that end names too ("Sir Thomas More", "Glenn Close") are not among them."""
_JOB_ACRONYMS = frozenset(
    ("ceo", "cto", "cfo", "coo", "cio", "cmo", "cpo", "cso", "vp", "svp", "evp", "md")
)  # fmt: skip
"""A job printed in capitals after a name ("Gina Trapani CEO"); other capitals are the
name's own ("Pierre LE HIR", "Hugo VAN DER BERG")."""
_REPEATED = re.compile(r"(?P<half>.+?)\s+(?P=half)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class People:
    """Names of people, and the agencies or desks that were credited beside them."""

    names: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()

    @property
    def author(self) -> str:
        """The names as one author field, as a byline prints them ("A, B and C")."""
        if len(self.names) < 2:
            return "".join(self.names)
        return f"{', '.join(self.names[:-1])} and {self.names[-1]}"


def clean_authors(field: str) -> People:
    """The people named in an author ``field``, the rest set apart as credits."""
    names: list[str] = []
    credits: list[str] = []
    field = _ADDRESS.sub("", field.strip().removeprefix("By ").removeprefix("by "))
    repeated = _REPEATED.fullmatch(field.strip())
    if repeated:  # "Confreaks Confreaks": a name printed twice (a link and its label)
        field = repeated.group("half")
    inverted = _INVERTED.fullmatch(field.strip())
    if inverted:  # a catalogue's "Doe, Jane"
        field = f"{inverted.group('first')} {inverted.group('last')}"
    for part in _JOINERS.split(field):
        part = part.strip(" .:-–—|\"'")
        if not part:
            continue
        part = _without_leading_word(part)
        if _credited(part):
            credits.append(part)
            continue
        name = person_name(part)
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    if not names and not credits:
        names = [name for name in [single_name(field)] if name]
    return People(tuple(names), tuple(credits))


def _without_leading_word(part: str) -> str:
    """``part`` without a byline's leading word ("Par", "Von", "Interview") before a name,
    nor what stands before a byline's word inside it ("Capital Von Jemima Kelly")."""
    words = part.split()
    for index, word in enumerate(words[1:-2], start=1):
        if word in _MIDDLE_BYLINE and words[index + 1].casefold() not in _PARTICLES:
            words = words[index + 1 :]  # two words or more of a name follow
            break
    while len(words) > 1 and words[0].casefold().strip(".:") in _LEADING_WORDS:
        if not words[1][:1].isupper() or words[1].casefold() in _PARTICLES:
            break  # "von der Leyen" is a name
        words = words[1:]
    return " ".join(words)


def _credited(part: str) -> bool:
    """Whether ``part`` names an agency, a desk, an organisation or a site, not a person."""
    patterns = (AGENCY, DESK, _ORGANISATION, _WEB_ENDING, _TITLED)
    if part.split()[0].casefold() in AGENCY_NAMES:
        return True
    return any(pattern.fullmatch(part) for pattern in patterns)


def single_name(field: str) -> str:
    """A one-word author kept as the author: a mononym or a blogger's pen name ("Tlow").

    Only when it is the whole field, written as a name is (a capital, then small letters;
    "Jean-Luc"), and no label, job, date word, agency, desk or common word. In a list of
    authors one word is more often an outlet ("Jane Doe, Bloomberg"), so there it is not
    taken. A word naming the site is dropped by the callers, which know the site.
    """
    word = field.strip(" .:-–—|\"'")
    parts = word.split("-")
    if not 4 <= len(word) <= 20 or not all(_capitalised(part) for part in parts):
        return ""
    folded = word.casefold()
    if _unaccented(folded) in _LABELS_UNACCENTED or folded in _JOB_WORDS or folded in _TIME_WORDS:
        return ""
    if len(set(folded)) == 1:
        return ""  # "Xxx": a template's placeholder
    if _LABEL_COMPOUND.fullmatch(folded) or _common_word(word):  # "Newsdesk", "Follow"
        return ""
    return "" if AGENCY.fullmatch(word) or DESK.fullmatch(word) else word


def _common_word(word: str) -> bool:
    """A word of the language no one is named: one WordNet knows only as a verb or an
    adjective ("Follow", a button), or the plural of a common thing ("Letters", a section). A
    singular noun may be a given name too ("Grace", "Dominique"), so it is kept."""
    folded = word.casefold()
    found = wordnet.lemmas(folded)
    if not found or "P" in wordnet.flags(word):
        return False
    singulars = [folded[: -len(end)] for end in ("s", "es") if folded.endswith(end)]
    # A plural of a word with one rare sense may be a name ("Nils", not "nil"s).
    plural = any(s in found and wordnet.sense_count(s) > 1 for s in singulars)
    return plural or not wordnet.flags(word)


def _capitalised(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def person_name(text: str) -> str:
    """``text`` cut to the person's name it starts with, or "" if it names no one."""
    words: list[str] = []
    given = JOB.sub("", text).split()
    for index, word in enumerate(given):
        bare = word.strip(".,()").casefold()
        if not bare or any(c.isdigit() for c in bare) or _ends_name(given, index, bare):
            break
        if word[0].islower() and bare not in _PARTICLES:
            break
        if word.startswith("@"):
            break  # an account's handle ("@ Kingbeyoncestan") is no name, nor part of one
        words.append(word)
    words = _without_tail(words)
    while len(words) == len(given) and words and words[-1].casefold() in _PARTICLES:
        words.pop()  # "Pirate Rogue von": a field cut short keeps the name it has
        given = given[:-1]
    if not words or words[0].casefold().strip(".:") in _LABELS:
        return ""
    if words[-1].casefold() in _PARTICLES:
        return ""  # "Theme by Rogue von xwolf": cut off by words that are not a name
    if any(word.casefold().strip(".:") in _PLACEHOLDERS for word in words):
        return ""  # "No Author", "Unknown User": a form's placeholder, not a name
    if len(words) == 2 and len(words[1]) == 1 and words[1].isascii() and words[1].isalpha():
        return ""  # "Ilanga D": a name cut to an initial, perhaps an account's, not a byline
    return _name_case(" ".join(words)) if _is_name(words) else ""


def _without_tail(words: list[str]) -> list[str]:
    """A name without what a page printed after it: a widget's words ("Steven Shepard
    Link Copied"), an acronym of a job ("Gina Trapani CEO"), an outlet whose name ends with
    a news word ("Joe Davidson Washington Post"). Two words of the name are always kept."""
    while len(words) > 2 and _tail_word(words[-1]):
        words = words[:-1]
    if len(words) == 4 and NEWS_WORD.fullmatch(words[-1]):
        words = words[:2]
    return words


def _tail_word(word: str) -> bool:
    bare = word.strip(".,()").casefold()
    return bare in _INTERFACE or bare in _JOB_ACRONYMS


def _ends_name(words: list[str], index: int, bare: str) -> bool:
    """Whether a date or time word at ``index`` ends the name ("Joshua Sokol May 12").

    A month can be a name ("Theresa May", "Laura June Topolsky"): it ends one only after
    two words, and only last or before a number or another time word.
    """
    if bare not in _TIME_WORDS:
        return False
    if index < 2:
        return bare in _DATE_ONLY
    after = words[index + 1].strip(".,").casefold() if index + 1 < len(words) else ""
    return not after or after in _TIME_WORDS or after[:1].isdigit()


def _is_name(words: list[str]) -> bool:
    if len(words) > _MAX_NAME_WORDS:
        return False
    if len(words) == 1:
        # One word is a name only in scripts written without spaces (Chinese, Japanese).
        return _cjk(words[0])
    return any(len(word.strip(".")) > 1 for word in words)


def _cjk(word: str) -> bool:
    """A name in a script written without spaces: Chinese, Japanese, Korean."""
    return 2 <= len(word) <= 4 and all(
        "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3" for c in word
    )


def _name_case(name: str) -> str:
    """An all-capitals name as it would be printed ("JEFFREY GETTLEMAN" → "Jeffrey Gettleman")."""
    return name.title() if name.isupper() and len(name) > 3 else name
