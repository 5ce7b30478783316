"""Quote spans in a sentence: whose words they are.

Quoted words belong to the speaker, never to the outlet, so framing markers inside quoted
speech are not the outlet's framing. :func:`quote_spans` finds every quoted stretch and says
whether it is **speech** — a quoted clause, a partial quote of four words or more, a short
quote in a sentence that names a speaker ("Trump said the report had “real doubts”", "he
called it “a disgrace”", "ripping it as “rigged”") or puts a verb of saying before it
("telling reporters he was “very happy”", "has vowed to “open up”"; any verb of saying
WordNet knows, "he clarified", "outlined", "CNN reports that"), or a short quote in a
sentence that also quotes a clause (the same speaker's words) or another short phrase (one
text's words: a bill's “limited” exemptions for “certain transfers”) — or a **scare-quote
candidate**: one to three quoted words with no speaker (the outlet holding a word at arm's
length, the “illegal” coalition), or any short quote right after "so-called". Quoted titles
in capitals ("Meet the Press", the “Today” show: one capitalised word is a name unless it
opens the sentence) are names, and a quote of function words only (voted “no”, said “yes”)
is an answer and one opened by an adverb (to “adequately fund”) a verb phrase, never a scare
quote: a scare quote holds a term. :func:`long_quotes` finds the quotations that run over
several sentences (one resumed in lower case after “…,” he said, “it just …” too), which no
single sentence can see, and :class:`QuoteSpans` asks them by offset.

A 1 MB article holds thousands of sentences and quotations: every lookup here bisects sorted
offsets (a sentence start inside a quotation, the quotations over a span) instead of reading
them all, so a long article costs in proportion to its length. With the kept framing spans
(:func:`~comparer.analysis.framing_rank.one_per_span`) and the rows of
:class:`~comparer.analysis.carried.Carriers`, a 1 MB article against a report went from 5.6
to 3.2 CPU s, 2 MB from 11.7 to 5.2 (``bench.compare_child CORPORA 1000 long``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from comparer.align.normalise import STOPWORDS
from comparer.saying import SAYING
from comparer.wordnet import names_saying, only_as

MAX_SCARE_WORDS = 3
_DISTANCED = re.compile(r"\b(?:so[\s-]called|self[\s-]styled|what\s+\w+\s+calls?)\s*$", re.I)
_SMALL = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "&", "with"})
_QUOTED = re.compile(r"[“\"](?P<body>[^“”\"\n]{1,600}?)[”\"]")
# Quoted speech within one paragraph, possibly over several sentences: it opens on a capital,
# or in lower case right after a comma (a quotation resumed after "he said, “it just …"), and
# closes after punctuation, so a stray quote mark never pairs with the next quotation's.
_QUOTATION = re.compile(
    r"[“\"](?:(?=[A-Z])|(?<=,\s[“\"])|(?<=,[“\"]))[^“”\"\n]{1,600}?[.,!?…—][”\"]"
)
_OPEN_TO_END = re.compile(r"[“\"](?=[A-Z])[^“”\"\n]{1,1200}(?=\n|$)")
# A speaker right before a short quote: "said", "called it", "described as", a colon; "as"
# alone too: what a thing is called or seen as is someone's designation ("ripping the agenda
# as “rigged”", "file together as “married filing jointly”").
_SPEAKER_BEFORE = re.compile(
    r"(?:[:,]|(?<![-\w])as|(?<![-\w])(?:said|says|saying|told|tells|added|adds|wrote|writes|tweeted|called|calls|"
    r"calling|dubbed|dubbing|described|describing|termed|labell?ed|branded|"
    r"vowed|pledged|promised|insisted|argued|claimed|warned|declared)"
    r"(?:\s+(?:it|them|him|her|this|that|these|those|as|the\s+\w+))*)\s*$",
    re.IGNORECASE,
)
# A verb of saying or writing anywhere earlier in the sentence (:data:`comparer.saying.SAYING`,
# the list the importer reads too): the short quotes after it are the words of whoever it
# reports ("telling reporters he was “very happy”", "has vowed to “open up” libel laws",
# "calls himself the “toughest sheriff”"). Beyond those, any verb of saying WordNet knows
# ("clarified", "outlined"): a lower-case word, as a name is no verb. Reading the shared
# list (which adds the importer's "added", "found", "ruled", "noted"...) changed one quote of
# BASIL (He added ... a “pretty fulsome conversation”: now speech) and no finding shown.
_LOWER_WORD = re.compile(r"(?<![-\w’'])[a-z]+(?![-\w])")
# A word in "-s" right before "that" is a verb ("CNN reports that the “principal conclusion”").
_VERB_BEFORE_THAT = re.compile(r"(?<![-\w’'])([a-z]+s)\s+that\b")
# A title named as one: "the book “…”", "a film titled “…”", "the “Today” show".
_TITLE_BEFORE = re.compile(
    r"\b(?:titled|entitled|show|series|sitcom|program|programme|book|memoir|novel|film|movie|"
    r"documentary|album|song|podcast|column|newspaper|magazine|episode)[,:]?\s*$",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(
    r"^[,]?\s*(?:show|series|sitcom|program|programme|broadcast|podcast|franchise|episode)\b",
    re.IGNORECASE,
)
# A speaker right after: "“…,” he said", "“…” said the minister", "“…”, according to".
_SPEAKER_AFTER = re.compile(
    r"^[,]?\s*(?:(?:he|she|they|it|we|I|the\s+\w+|[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+)?"
    r"(?:said|says|told|added|wrote|tweeted|according\s+to)\b",
)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch of a sentence (quote marks included) and whose words it holds."""

    start: int
    end: int
    body: str
    speech: bool


def quote_spans(text: str, speaker: bool = False) -> list[Quote]:
    """Every quoted stretch of ``text``, speech or scare-quote candidate, in reading order.

    ``speaker`` says the sentence attributes something to a source (a reporting verb
    outside the quotes): its short quotes are then that source's words.
    """
    found: list[Quote] = []
    if '"' not in text and "“" not in text:
        return found  # nine in ten sentences quote nothing: every quote opens with one
    for match in _QUOTED.finditer(text):
        body = match.group("body").strip()
        speech = _is_speech(text, match.start(), match.end(), body, speaker)
        found.append(Quote(match.start(), match.end(), body, speech))
    if _quotes_a_text(found, text):
        found = [q if q.speech or _distanced(text, q.start) else _as_speech(q) for q in found]
    return found


def spoken(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quote_spans(text, speaker=True)`` from ``quotes``, ``quote_spans(text)``, without
    reading the quotes again: with a speaker, every quote but one held at a distance ("so-
    called") is speech."""
    return [q if q.speech or _distanced(text, q.start) else _as_speech(q) for q in quotes]


def _quotes_a_text(found: list[Quote], text: str) -> bool:
    """Whether a sentence's quotes come from one text or speaker: it quotes a clause (its
    short phrases are the same speaker's), or two short phrases held at no distance ('with
    “limited” exemptions for “certain transfers”': the words of a bill; a scare quote stands
    alone)."""
    if any(q.speech and len(q.body.split()) > MAX_SCARE_WORDS for q in found):
        return True
    return sum(not q.speech and not _distanced(text, q.start) for q in found) >= 2


def _as_speech(quote: Quote) -> Quote:
    return Quote(quote.start, quote.end, quote.body, True)


def _distanced(text: str, start: int) -> bool:
    return bool(_DISTANCED.search(text[max(0, start - 60) : start]))


def _is_speech(text: str, start: int, end: int, body: str, speaker: bool) -> bool:
    words = body.split()
    first = not text[:start].strip()
    if len(words) > MAX_SCARE_WORDS or not words or body[-1] in ".,!?;:" or is_title(words, first):
        return True
    if named_title(text, start, end):
        return True
    if all(w.strip(".,!?;:'’").lower() in STOPWORDS for w in words):
        return True  # “no”, “yes”: an answer quoted, not a term held at a distance
    if _adverb_only(words[0]):
        return True  # “adequately fund”: a verb phrase lifted from speech, not a term
    if _distanced(text, start):
        return False
    before = text[max(0, start - 60) : start]
    return speaker or bool(
        SAYING.search(text, 0, start)
        or _SPEAKER_BEFORE.search(before)
        or _SPEAKER_AFTER.match(text[end : end + 60])
        or any(names_saying(w) for w in _LOWER_WORD.findall(text, 0, start))
        or any(names_saying(w, as_verb=True) for w in _VERB_BEFORE_THAT.findall(text, 0, start))
    )


def _adverb_only(word: str) -> bool:
    """Whether WordNet knows a word only as an adverb ("adequately", "fully"): a quote it
    opens holds a verb phrase, someone's words; a scare quote holds a term, a noun or an
    adjective."""
    return only_as(word.strip(".,!?;:'’"), "r")


def is_title(words: list[str], first: bool = True) -> bool:
    """True for a capitalised title or name ("Meet the Press", "Defeat ISIS"); one capitalised
    word is a name ("the “Today” show") unless it opens the sentence (``first``)."""
    big = [w for w in words if w.lower() not in _SMALL]
    if not big or not all(w[0].isupper() for w in big):
        return False
    return len(big) > 1 or big[0].isupper() or not first


def named_title(text: str, start: int, end: int) -> bool:
    """True when the quote at ``start:end`` is named as a title by the words around it
    ("the book “…”", "the “Today” show"): a name, not a quotation nor a scare quote."""
    before = text[max(0, start - 40) : start]
    return bool(_TITLE_BEFORE.search(before) or _TITLE_AFTER.match(text[end : end + 40]))


def inside(spans: list[Quote], start: int, end: int, speech: bool) -> bool:
    """True when ``start:end`` lies within a quote of the given sort."""
    return any(q.speech == speech and q.start <= start and end <= q.end for q in spans)


def long_quotes(text: str, sentence_starts: list[int]) -> list[tuple[int, int]]:
    """Offsets of the quotations of ``text`` that run over more than one sentence, and of
    those opened at a sentence's start and left open at the paragraph's end (a quotation
    going on in the next paragraph, by the typographic rule, has no closing mark)."""
    ordered = sorted(sentence_starts)
    found = [
        (m.start(), m.end())
        for m in _QUOTATION.finditer(text)
        if _start_within(ordered, m.start(), m.end())
    ]
    starts = set(sentence_starts)
    found += [(m.start(), m.end()) for m in _OPEN_TO_END.finditer(text) if m.start() in starts]
    return sorted(found)


def _start_within(ordered: list[int], start: int, end: int) -> bool:
    """Whether a sentence start of ``ordered`` (sorted) lies strictly between the two."""
    after = bisect_right(ordered, start)
    return after < len(ordered) and ordered[after] < end


class QuoteSpans:
    """Sorted ``(start, end)`` spans (quotations may overlap), asked by offset with
    bisection: the spans before a point are a prefix of the starts, and the furthest end
    reached by each prefix (:attr:`_reach`, never decreasing) says where overlaps begin."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._starts = [a for a, _b in self.spans]
        self._reach = list(accumulate((b for _a, b in self.spans), max))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans sharing a character with ``start:end``, in order."""
        first = bisect_right(self._reach, start)  # every span before ends by ``start``
        last = bisect_left(self._starts, end)  # every span from here starts at ``end`` or later
        return [(a, b) for a, b in self.spans[first:last] if start < b]

    def containing(self, start: int, end: int) -> bool:
        """Whether one span holds all of ``start:end``."""
        before = bisect_right(self._starts, start)
        return before > 0 and self._reach[before - 1] >= end
