"""Labels printed around a headline: kickers, subjects, mastheads and highlights.

A kicker ("Analysis", "Live Updates", "Exclusive", "Breaking News"), the story's subject
("Pope Francis", "The White House", "NATO") or a desk's label ("UPDATE") stands where a
byline or a masthead stands, and was taken as the author or the outlet. Two tests decide:

- :func:`plausible_person`: a name printed without "By" (or after a foreign byline word,
  "Von Braun Center Reopens") is a person's only if it has two words or more, opens with
  what may be a given name (no kicker word, no title such as "Pope", no word WordNet knows
  only as a verb or an adjective, "Live"), writes no word in small letters but a particle
  ("Door Rutte gesteund" is a Dutch headline), and, when ``strict``, holds no word WordNet knows
  as a common thing, a place or an action ("Center", "Reopens", "Gaza"), unless it is
  also a person's name there ("Kelly").
- :func:`kicker_line`: a line of kicker words alone, or an embargo notice, is no headline.
- :func:`kicker_over`: a pasted or Word text's label over its headline ("POLITICS",
  "Analysis", "U.S. | WORLD", "IMMIGRATION FIGHT"), taken out as furniture with its reason:
  a short line (three words at most, four with a separator or kicker words) with no
  sentence's end, in capitals, of kicker words, or one capitalised word, over a longer line
  that reads as a headline; a name ("John Smith") is no kicker, nor a short headline in
  small letters over its standfirst ("Mattis Resigns"), nor a headline in capitals over a
  standfirst, a long line in sentence case ("TRUMP FIRES COMEY" / "The president dismissed
  the FBI director in a surprise move on Tuesday"): several words in capitals are a kicker
  only with a separator or kicker words, or over a line that is no standfirst.
- :func:`highlights_label` and :func:`highlight_items`: CNN's "STORY HIGHLIGHTS", the label
  at the very top (no sentence of the report before it, :func:`at_the_top`) and the short
  lines after it, up to five, until a line opening with a dateline or a long sentence.
- :func:`news_masthead`: a line is an outlet's masthead on its own only with a news word
  ("Times", "Post"), or as a known agency; "The Guardian" needs a second sign, which the
  caller checks (a date line or an address near it).
"""

from __future__ import annotations

import re

from comparer import wordnet

KICKER_WORDS = frozenset(
    ("analysis", "live", "updates", "update", "updated", "exclusive", "breaking", "opinion",
     "comment", "explainer", "explained", "watch", "video", "videos", "photos", "gallery",
     "review", "interview", "special", "report", "editorial", "feature", "factcheck",
     "podcast", "latest", "developing", "news", "alert", "urgent", "flash", "embargoed",
     "sponsored", "advertisement", "column", "letters", "obituary", "essay")
)  # fmt: skip
"""Words of a kicker: a label for the kind of story, never part of a name or an outlet's."""
_TITLES = frozenset(
    ("pope", "president", "king", "queen", "prince", "princess", "senator", "governor",
     "minister", "chancellor", "general", "sir", "dame", "lord", "lady", "sheikh", "emir",
     "cardinal", "bishop", "archbishop", "saint", "st", "mr", "mrs", "ms", "dr", "judge",
     "mayor", "speaker", "secretary", "premier", "sultan", "ayatollah", "rabbi", "father")
)  # fmt: skip
"""Titles before a name: the line names the story's subject ("Pope Francis"), not its author."""
_NEWS_WORDS = re.compile(
    r"\b(?:news|times|post|journal|press|herald|tribune|gazette|daily|telegraph|guardian|"
    r"chronicle|observer|courier|standard|independent|mail|express|mirror|star|sun|"
    r"zeitung|monde|país|corriere|repubblica)\b",
    re.IGNORECASE,
)
_KICKER_LINE_WORDS = 3
_SEPARATED_WORDS = 4
_KICKER_CHARS = 40
_SEPARATOR = re.compile(r"\s[|/>•·]\s")
_HEADLINE_WORDS = 4
_SENTENCE_ENDS = (".", "!", "?", "।", "。", "؟", "…")
_HIGHLIGHTS = re.compile(r"(?:story |key )?(?:highlights|key points|takeaways)\s*:?", re.I)
_HIGHLIGHT_ITEMS = 5
_HIGHLIGHT_WORDS = 25
_LONG_SENTENCE = 15
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’]*(?:,? [A-Z][\w.'’]*){0,3} (?:\([A-Z][\w ]{1,20}\) )?"
    r"|\([A-Z][\w ]{1,20}\) )[-–—] "
)
"""A line opening with a place and a dash, or an agency ("Houston —", "(CNN) —"): the report;
never a bare bullet ("- Four people were killed")."""
_STANDFIRST_WORDS = 10
_STANDFIRST_SMALL_SHARE = 0.6


AGENCY_NAMES = frozenset(
    ("dpa", "afp", "ap", "apa", "sda", "kna", "epd", "ansa", "upi", "aap", "anp", "ntb",
     "reuters", "xinhua", "kyodo", "yonhap", "belga", "interfax", "mdr", "ndr", "wdr", "swr",
     "rbb", "orf", "srf", "zdf", "bbc", "cnn", "npr", "nhk")
)  # fmt: skip
"""Agencies and broadcasters as a site's software may write them ("Dpa", "Mdr
Sachsen-Anhalt"): a credit, whatever its case, opening a part of a byline field."""
_AGENCIES = AGENCY_NAMES | {
    "associated press", "agence france-presse", "efe", "tass", "ria novosti", "anadolu", "pa",
    "bloomberg", "sana", "irna", "epa",
}  # fmt: skip
"""A line naming an outlet alone: the agencies above, and those whose name may also open a
person's ("Sana") or that write their name in full."""
_RARE_SENSES = 3
_PARTICLES = frozenset(("de", "da", "di", "del", "der", "den", "van", "von", "bin", "al", "el"))
_SMALL_NAME_WORDS = _PARTICLES | {"della", "du", "dos", "das", "ter", "ten", "la", "le", "y", "e"}
"""The words a name may print in small letters ("Jan ter Horst"); any other word in small
letters is a headline's ("Door Rutte gesteund", "Kabinet overleeft stikstofdebat")."""


def plausible_person(name: str, *, strict: bool = False) -> bool:
    """Whether ``name`` (one person's, as a byline prints it) may name a person."""
    words = [word.strip(".,") for word in name.split()]
    if len(words) < 2 or not all(words):
        return False
    if any(word.casefold() in KICKER_WORDS for word in words):
        return False
    if any(word[:1].islower() and word not in _SMALL_NAME_WORDS for word in words):
        return False
    if not _given_name(words[0]):
        return False
    return not strict or all(_name_word(word) for word in words)


def _given_name(word: str) -> bool:
    folded = word.casefold()
    if folded in _TITLES or folded in _PARTICLES:
        return False
    if len(word) == 1 or (len(word) == 2 and word.endswith(".")):
        return word[:1].isupper()  # an initial ("J. Smith")
    first = wordnet.senses(folded, 1)
    return not first or any(sense.startswith("n") for sense in first)


def _name_word(word: str) -> bool:
    """A word that may stand in a name: unknown to WordNet, a particle, a person's name there,
    or a rare noun of no place ("Jean", "Hans"); not "Center", "Reopens", "Trump", "Gaza"."""
    folded = word.casefold()
    if folded in _PARTICLES or len(word) <= 2 or not wordnet.lemmas(folded):
        return True
    flags = wordnet.flags(word)
    if "P" in flags:
        return True
    nouns = all(sense.startswith("n") for sense in wordnet.senses(folded, 1))
    return nouns and "L" not in flags and wordnet.sense_count(folded) <= _RARE_SENSES


def agency_name(text: str) -> bool:
    """Whether ``text`` names a news agency ("AP", "The Associated Press", "Reuters")."""
    return text.strip().rstrip(".").casefold().removeprefix("the ") in _AGENCIES


def kicker_line(line: str) -> bool:
    """Whether ``line`` is only a kicker ("Live Updates", "BREAKING NEWS") or an embargo
    notice ("EMBARGOED UNTIL 0600 GMT"): a label over a story, never its headline."""
    words = [word.strip(".:!-–—|") for word in line.casefold().split()]
    if words[:1] == ["embargoed"] or words[:1] == ["embargo"]:
        return True
    return bool(words) and all(word in KICKER_WORDS for word in words if word)


def news_masthead(line: str) -> bool:
    """Whether ``line`` alone names an outlet: a news word that is no kicker's, or an agency."""
    text = line.strip().rstrip(".")
    words = text.casefold().split()
    if text.casefold() in _AGENCIES:
        return True
    kicker = any(word in KICKER_WORDS - {"news"} for word in words) or words[:1] == ["news"]
    return bool(_NEWS_WORDS.search(text)) and not kicker


def kicker_over(line: str, headline: str) -> bool:
    """Whether ``line`` is a kicker standing over ``headline`` (a line the caller found
    headline-like)."""
    words = line.split()
    if not words or len(line) > _KICKER_CHARS or line.rstrip().endswith((".", ",", ";", "!", "?")):
        return False
    separated = bool(_SEPARATOR.search(line)) or kicker_line(line)
    if len(words) > (_SEPARATED_WORDS if separated else _KICKER_LINE_WORDS):
        return False
    if len(headline.split()) < max(_HEADLINE_WORDS, len(words) + 2):
        return False
    if headline.rstrip("\"”’' ").endswith(_SENTENCE_ENDS):
        return False  # a sentence in any script ("… ঘটনা জানায়।") is no headline under it
    if not any(char.isdigit() for char in line) and plausible_person(line, strict=True):
        return False
    if separated or (len(words) == 1 and line[:1].isupper()):
        return True
    return line.isupper() and not _standfirst(headline)


def _standfirst(line: str) -> bool:
    """Whether ``line`` reads as a standfirst: long, its words after the first mostly in
    small letters."""
    words = line.split()[1:]
    small = sum(word[:1].islower() for word in words)
    return len(words) + 1 >= _STANDFIRST_WORDS and small >= _STANDFIRST_SMALL_SHARE * len(words)


def at_the_top(lines: list[str]) -> bool:
    """Whether no line of ``lines`` (those over a highlights label) is a sentence of the
    report: a label further down is a subheading."""
    return not any(line.rstrip("\"”’' ").endswith(_SENTENCE_ENDS) for line in lines)


def highlights_label(line: str) -> bool:
    """Whether ``line`` labels a list of highlights ("STORY HIGHLIGHTS", "Key points:")."""
    return bool(_HIGHLIGHTS.fullmatch(line.strip()))


def highlight_items(lines: list[str]) -> int:
    """How many of ``lines`` (those after a highlights label) are its items: short lines,
    at most five, ending before a dateline or a long sentence (the report's first)."""
    count = 0
    for line in lines[:_HIGHLIGHT_ITEMS]:
        words = len(line.split())
        if words > _HIGHLIGHT_WORDS or _DATELINE.match(line):
            break
        if words > _LONG_SENTENCE and line.rstrip().endswith("."):
            break
        count += 1
    return count if count < len(lines) else 0
