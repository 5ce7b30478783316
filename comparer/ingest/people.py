"""Authors are people: clean an author field and parse printed bylines.

Sites and files fill the author field with whatever stood near the name: job titles ("AP
Sports Writer"), dates ("Laura June Topolsky July"), desk credits ("JERUSALEM POST STAFF
NOVEMBER", "Detroit News wire services Published"), labels ("Текст", "Username"),
agencies ("AFP"), organisations ("Olympia-Verlag GmbH") and the site's address written as
a name ("Tennisnet Com"); bylines open with "By" in many languages ("Par", "Von").
:func:`clean_authors` keeps only what reads as a person's name and returns the agencies,
desks and organisations apart, as credits. :func:`parse_byline` reads a printed
byline, "By Ryan J. Reilly and Nick Wing, HuffPost", into names and an outlet.
After "By", :func:`~comparer.ingest.kickers.plausible_person` was too strict a test of a
name (it refuses "Al Baker" and "Sunny Hostin"); a phrase of common words ("Any Means
Necessary") is refused instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from comparer import wordnet
from comparer.ingest.kickers import AGENCY_NAMES, agency_name, plausible_person

_WORD_JOINERS = re.compile(r"\b(?:and|und|et|en|og|och|y|i)\b|(?-i:\be\b)|&|/", re.IGNORECASE)
_JOINERS = re.compile(
    r"\s*(?:;|,|\band\b|&|\bund\b|\bet\b|\ben\b|\bog\b|\boch\b|\by\b|(?-i:\be\b)|\bi\b|/)\s*",
    re.IGNORECASE,
)
"""What parts two names in a byline: "and" in the languages of the bylines read ("Door Jan de
Vries en Petra Bakker", Dutch; "og", Danish and Norwegian; "och", Swedish; "e", Italian and
Portuguese, in small letters only: "Laura E Adkins" has a middle initial)."""
_DESK = re.compile(
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
_JOB = re.compile(r"\b(?:" + "|".join(_JOB_WORDS) + r")\b.*", re.IGNORECASE)
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
    r"network|gruppe|group|verein|diario|noticias|éditions|ediciones|edizioni|capital|"
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
_AGENCY = re.compile(r"[A-Z]{2,6}|Reuters|Associated Press|Agence France-Presse|Xinhua|TASS")
_BYLINE = re.compile(
    r"(?P<lead>by|written by|reported by|from|von|par|por|door|av|przez|di)\s*:?\s+"
    r"(?P<rest>.{2,200})",
    re.IGNORECASE,
)
"""A printed byline: "by" in English and in the other languages journalists read most. Those
other words open headlines too ("Von Braun Center Reopens", "From Gaza To Kyiv"): after
them the names must look like people's (:func:`~comparer.ingest.kickers.plausible_person`)."""
_OUTLET_SEPARATOR = re.compile(r"\s*(?:,|\|)\s*|\s+[-–—]\s+")
_NEWS_WORD = re.compile(
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
    patterns = (_AGENCY, _DESK, _ORGANISATION, _WEB_ENDING, _TITLED)
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
    return "" if _AGENCY.fullmatch(word) or _DESK.fullmatch(word) else word


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
    given = _JOB.sub("", text).split()
    for index, word in enumerate(given):
        bare = word.strip(".,()").casefold()
        if not bare or any(c.isdigit() for c in bare) or _ends_name(given, index, bare):
            break
        if word[0].islower() and bare not in _PARTICLES:
            break
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
    if len(words) == 4 and _NEWS_WORD.fullmatch(words[-1]):
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


def parse_byline(line: str, known_outlet: str = "") -> tuple[People, str] | None:
    """Names and outlet of a byline ("By X and Y, Outlet"), or ``None`` if it is not one."""
    found = _BYLINE.fullmatch(line.strip())
    if not found:
        return None
    rest, outlet = _split_outlet(found.group("rest"), known_outlet)
    people = clean_authors(rest)
    if not people.names or len(rest.split()) > 4 * len(people.names) + 2:
        return None
    if not _byline_people(found, people.names):
        return None  # "Von Braun Center Reopens", "From Gaza To Kyiv": a headline
    return _agencies_credited(people, outlet)


def _agencies_credited(people: People, outlet: str) -> tuple[People, str]:
    """A byline crediting two agencies ("By X, Associated Press and Y, Reuters") names no
    outlet: the last agency is no more the publisher than the first, so both are credits."""
    if outlet and agency_name(outlet) and any(agency_name(c) for c in people.credits):
        return People(people.names, (*people.credits, outlet)), ""
    return people, outlet


def _byline_people(found: re.Match[str], names: tuple[str, ...]) -> bool:
    """Whether the names after a byline's word are people's. After "by" they are, unless
    one is a phrase of common words (:func:`_common_words`); after a
    word that opens headlines too ("Von", "From") they must look like people's, strictly
    for one name with no colon ("Von: Bill McCarthy, Marisha Goldhamer" is a byline)."""
    if found.group("lead").casefold().endswith("by"):
        return not any(_common_words(name) for name in names)
    strict = len(names) == 1 and ":" not in found.group(0)[: len(found.group("lead")) + 2]
    return all(plausible_person(name, strict=strict) for name in names)


def _common_words(name: str) -> bool:
    """Whether ``name`` is a phrase, not a person's name ("Any Means Necessary", a headline
    after "By"): it opens with a word WordNet knows with no sense as a noun, and WordNet knows
    every word of it, none as a person's name ("Sunny Hostin" has a name WordNet lacks)."""
    words = [word.strip(".,").casefold() for word in name.split()]
    first = wordnet.senses(words[0], 1) if words else frozenset()
    if not first or any(sense.startswith("n") for sense in first):
        return False
    return all(wordnet.lemmas(word) and "P" not in wordnet.flags(word) for word in words)


def parse_signature(line: str, *, bare: bool = False) -> tuple[People, str] | None:
    """Names and outlet of a byline printed without "By": names and a job, desk or outlet
    ("Helene Cooper, Staff Writer", "Helene Cooper, The New York Times"), or, when ``bare``
    (the line under the headline), names alone ("Helene Cooper and Eric Schmitt"). Every
    word must belong to a name, and a bare name may hold no place ("North Korea and South
    Korea" is a heading)."""
    names, _, tail = line.strip().rstrip(".").rpartition(",")
    tail = tail.strip()
    outlet = tail if names and _looks_like_outlet(tail) else ""
    signed = bool(names) and (_job_or_desk(tail) or bool(outlet))
    if not signed and not bare:
        return None
    names = names if signed else line.strip()
    people = clean_authors(names)
    named = sum(len(name.split()) for name in people.names)
    if not people.names or people.credits:
        return None
    if len(names.split()) != named + len(_WORD_JOINERS.findall(names)):
        return None
    places = any("L" in wordnet.flags(w) for name in people.names for w in name.split())
    if not signed and not all(plausible_person(name) for name in people.names):
        return None  # a kicker ("Live Updates") or a subject ("Pope Francis")
    return None if not signed and places else (people, outlet)


def outlet_line(line: str) -> bool:
    """Whether ``line`` is only an agency or an outlet ("Associated Press", "The Guardian")."""
    text = line.strip().rstrip(".")
    return len(text.split()) <= 5 and bool(_AGENCY.fullmatch(text) or _looks_like_outlet(text))


def _job_or_desk(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 4 and bool(_JOB.search(text) or _DESK.fullmatch(text))


def _split_outlet(rest: str, known_outlet: str) -> tuple[str, str]:
    """Cut a trailing ", Outlet" (or "| Outlet", "- Outlet") off a byline's names."""
    parts = _OUTLET_SEPARATOR.split(rest.strip().rstrip("."))
    if len(parts) < 2:
        return rest, ""
    last, head = parts[-1], ", ".join(parts[:-1])
    if _JOB.match(last) or _DESK.fullmatch(last) or re.search(r"\b(?:and|&)\b", last):
        return rest, ""
    single_brand = len(last.split()) == 1 and not last.isdigit() and not person_name(last)
    if last.casefold() == known_outlet.casefold() or single_brand or _looks_like_outlet(last):
        return head, last
    return rest, ""


def _looks_like_outlet(text: str) -> bool:
    """A one-word brand ("HuffPost", "BuzzFeed") or a name with a news word."""
    brand = re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*|The [A-Z].*", text)
    return bool(_NEWS_WORD.search(text) or brand)
