"""Framing markers in one sentence: labels, loaded and emotive words, distancing, hedges,
boosters, scare quotes, agentless passives and attributions.

:func:`framing_markers` is the per-sentence extractor the UI and the evaluation call; the
comparison across reports (:mod:`comparer.analysis.framing_compare`) only looks at which
markers one sentence has and its counterpart lacks. Word lists come from
:mod:`comparer.analysis.lexicons`; their regular expressions are compiled once per lexicon set.
Classic false positives are kept out here: "fighter aircraft" is no label, "claimed the lives
of" no attribution, "the photo shows" no source, "maintaining international peace" no claim.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from comparer.analysis.attribution import attribution_markers, compile_verbs
from comparer.analysis.lexicons import Lexicons, default_lexicons

WORD_CATEGORIES = ("loaded", "distancing", "hedge", "booster", "emotive", "opinion")
_NOT_A_LABEL = r"(?!\s+(?:aircraft|jets?|planes?|warplanes?|bombers?|helicopters?)\b)"
_SCARE_QUOTE = re.compile(r"(?P<open>[“\"])(?P<body>[^“”\"\n]{1,60}?)[”\"]")
_SPEECH_BEFORE = re.compile(r"(?:[:,]|\b(?:said|says|saying|told|added|wrote|called))\s*$")
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?(?P<verb>killed|injured|wounded|"
    r"targeted|destroyed|bombed|shelled|attacked|arrested|detained|displaced|damaged|struck|"
    r"executed|massacred|martyred|shot|murdered|slaughtered|razed|demolished|hit|"
    r"committed|perpetrated|launched|carried\s+out)\b",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\bby\s+\w", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Marker:
    """One framing device in a text.

    ``type`` is ``label``, ``loaded``, ``distancing``, ``hedge``, ``booster``, ``emotive``,
    ``opinion`` (an evaluative word, weaker than emotive), ``scare_quote``, ``agentless`` or ``attribution``. ``detail`` is the label family's
    plainest name, or the tone of an attribution verb (``neutral``, ``doubt``, ``charged``,
    ``endorsing``). ``key`` is the normalised wording, used to tell two wordings apart.
    """

    start: int
    end: int
    text: str
    type: str
    detail: str = ""
    key: str = ""


def normalise(text: str) -> str:
    """Lower case, no dots, hyphens as spaces: "U.S.-Led" and "US-led" read the same."""
    return " ".join(text.lower().replace(".", "").replace("-", " ").replace("’", "'").split())


def term_pattern(term: str) -> str:
    """A regular expression for one lexicon entry, tolerant of dots, hyphens and spacing."""
    parts = []
    for word in re.split(r"([\s-]+)", term.strip()):
        if not word:
            continue
        if set(word) <= {"-", " ", "\t", "\n"}:
            parts.append(r"[\s-]?" if "-" in word else r"[\s-]+")
        elif word.isupper() and word.isalpha() and len(word) <= 5:
            parts.append("(?-i:" + r"\.?".join(word) + r"(?:\.(?=[\s-]?\w))?)")
        else:
            parts.append(re.escape(word))
    return "".join(parts)


def _alternation(terms: Iterable[str]) -> re.Pattern[str] | None:
    items = sorted(set(terms), key=len, reverse=True)
    if not items:
        return None
    body = "|".join(term_pattern(t) for t in items)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-]){_NOT_A_LABEL}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WordList:
    """One category: single words looked up in a set (fast for long lists), phrases by regex."""

    words: frozenset[str]
    phrases: re.Pattern[str] | None

    @classmethod
    def of(cls, entries: Iterable[str]) -> WordList:
        """Split a category's entries into single words and phrases."""
        items = set(entries)
        single = {e for e in items if _TOKEN.fullmatch(e) and "-" not in e}
        return cls(frozenset(single), _alternation(items - single))


@dataclass(frozen=True, slots=True)
class Compiled:
    """The regular expressions and lookups built from one set of lexicons."""

    labels: re.Pattern[str] | None
    families: dict[str, str]
    words: tuple[tuple[str, WordList], ...]
    verbs: tuple[re.Pattern[str] | None, dict[str, str]]


@functools.lru_cache(maxsize=8)
def compiled(lexicons: Lexicons) -> Compiled:
    """Compile the lexicons once; later calls with the same lexicons reuse the result."""
    families = {normalise(name): family[0] for family in lexicons.families for name in family}
    names = [name for family in lexicons.families for name in family]
    words = tuple((c, WordList.of(lexicons.get(c))) for c in WORD_CATEGORIES)
    return Compiled(_alternation(names), families, words, compile_verbs(lexicons, term_pattern))


def framing_markers(text: str, lexicons: Lexicons | None = None) -> list[Marker]:
    """Every framing marker in ``text`` (one sentence, usually), in reading order."""
    table = compiled(lexicons or default_lexicons())
    found = list(_labels(text, table))
    tokens = [(m.start(), m.end(), m.group(0).lower()) for m in _TOKEN.finditer(text)]
    for category, wordlist in table.words:
        found.extend(_words(text, tokens, wordlist, category))
    found.extend(scare_quotes(text))
    found.extend(agentless_passives(text))
    pattern, tones = table.verbs
    found.extend(
        Marker(a.start, a.end, a.text, "attribution", a.tone, normalise(a.text))
        for a in attribution_markers(text, pattern, tones)
    )
    return sorted(found, key=lambda m: (m.start, m.end, m.type))


def _labels(text: str, table: Compiled) -> Iterable[Marker]:
    if table.labels is None:
        return
    for match in table.labels.finditer(text):
        key = normalise(match.group(0))
        family = table.families.get(key, key)
        yield Marker(match.start(), match.end(), match.group(0), "label", family, key)


def _words(
    text: str, tokens: list[tuple[int, int, str]], wordlist: WordList, category: str
) -> Iterable[Marker]:
    for start, end, word in tokens:
        if word in wordlist.words:
            yield Marker(start, end, text[start:end], category, "", word)
    if wordlist.phrases is not None:
        for match in wordlist.phrases.finditer(text):
            yield Marker(match.start(), match.end(), match[0], category, "", normalise(match[0]))


def scare_quotes(text: str) -> list[Marker]:
    """Short quoted words inside the author's own sentence (“illegal”), not quoted speech."""
    found = []
    for match in _SCARE_QUOTE.finditer(text):
        body = match.group("body").strip()
        words = body.split()
        if not words or len(words) > 4 or body[-1] in ".,!?;:":
            continue
        if _SPEECH_BEFORE.search(text[: match.start()]):
            continue
        found.append(
            Marker(match.start(), match.end(), match.group(0), "scare_quote", "", normalise(body))
        )
    return found


def agentless_passives(text: str) -> list[Marker]:
    """Passives of harm ("were killed") in a sentence that never says by whom."""
    if _AGENT.search(text):
        return []
    return [
        Marker(m.start(), m.end(), m.group(0), "agentless", "", normalise(m.group("verb")))
        for m in _PASSIVE.finditer(text)
    ]
