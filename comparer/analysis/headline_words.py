"""The telling words of headlines that share little: what is still worth marking in them.

Headlines the engine finds merely related ("Mary Cheney Criticizes Her Sister…", "Elizabeth
Cheney blasted by older sister…") have most of their words to themselves, so marking every
own word tells the reader nothing. Some of those words still carry the outlet's choice, and
a journalist wants them marked: a charged or loaded word of the outlet's own voice (by the
lexicons' ``loaded``, ``emotive``, ``distancing``, ``say.charged``, ``say.doubt`` and
``negative`` entries, matched by lemma, so "Criticizes" meets "criticized") and a verb
naming the act another headline of the event names otherwise ("Resigns" / "Retire",
"Quitting" / "Resign"), by the WordNet senses word choice reads in the text. Words inside
quotes are the speaker's and never count; names (a word with no WordNet sense) never do.

Tried and dropped, on the 26 related headline rows of the 43 BASIL triplets: the whole
opinion lexicon (its positive words too) also marked plain words ("Gains", "Savings",
"Willing", "benefits", "Comprehensive"); lemmas of inflected entries matched bare words
("Crowd" for "crowded", "Ground", "Whip", "Birth"); verbs of one sense in words that may be
nouns paired "measures" with "Last". Kept: 33 marks over the 26 rows, about 30 of them a
journalist's look ("Criticizes" / "blasted", "Caves", "Resigns" / "Retire", "Hawkish").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from comparer.analysis.lexicons import Lexicons, default_lexicons
from comparer.analysis.phrases import tokenize
from comparer.analysis.quotes import quote_spans
from comparer.model import Event, Headline, HeadlineRow, Span
from comparer.wordnet import broader, lemmas, senses

# A headline quotes in single marks too ("F.B.I. 'Destroyed' Flynn's Life"); an apostrophe
# inside or closing a word ("Trump's", "Dems'") opens no quote.
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘][^'‘’]+['’](?!\w)")
CHARGED = ("loaded", "emotive", "distancing", "say.charged", "say.doubt", "negative")
TOP_SENSES = 3


def with_telling(
    row: HeadlineRow | None, events: Sequence[Event] = (), lexicons: Lexicons | None = None
) -> HeadlineRow | None:
    """``row`` with each headline's ``telling`` words found among its ``changed`` ones."""
    if row is None:
        return None
    charged = _charged(lexicons or default_lexicons())
    event_of = {key: e.id for e in events for key in e.articles}
    words = {h.article: _own_words(h) for h in row.headlines}
    out = []
    for h in row.headlines:
        event = event_of.get(h.article, "")
        others = [
            w
            for other in row.headlines
            if other.article != h.article and event_of.get(other.article, "") == event
            for w in words[other.article]
        ]
        telling = [s for s, w in words[h.article] if _tells(w, charged, [o for _, o in others])]
        out.append(replace(h, telling=tuple(telling)))
    return replace(row, headlines=tuple(out))


@lru_cache(maxsize=8)
def _charged(lexicons: Lexicons) -> tuple[frozenset[str], frozenset[str]]:
    """The single-word charged entries, and the lemmas of those that are inflected."""
    entries = frozenset(e for c in CHARGED for e in lexicons.get(c) if " " not in e)
    return entries, frozenset(f for e in entries if _inflected(e) for f in lemmas(e))


def _inflected(word: str) -> bool:
    return word.endswith(("s", "ed", "ing"))


def _is_charged(word: str, charged: tuple[frozenset[str], frozenset[str]]) -> bool:
    """An entry itself, or a verb form whose lemma is an entry or an inflected entry's
    ("Criticizes", "criticized"; "Caves", "cave"): a bare word matches only itself, so
    "Crowd" is not "crowded", and a plural noun not its singular ("Conservatives")."""
    entries, stems = charged
    if word in entries:
        return True
    verb = _inflected(word) and any(s.startswith("v") for s in senses(word, TOP_SENSES))
    return verb and bool(set(lemmas(word)) & (stems | entries))


def _own_words(headline: Headline) -> list[tuple[Span, str]]:
    """The words of ``changed`` spans outside quotes, lower-cased."""
    text = headline.text
    quoted = [(q.start, q.end) for q in quote_spans(text)]
    quoted += [m.span() for m in _SINGLE_QUOTED.finditer(text)]
    return [
        (Span(start, end), key)
        for span in headline.changed
        for start, end, key in tokenize(text[span.start : span.end])
        for start, end in [(start + span.start, end + span.start)]
        if key.isalpha() and not any(a <= start < b for a, b in quoted)
    ]


def _tells(word: str, charged: tuple[frozenset[str], frozenset[str]], others: list[str]) -> bool:
    if _is_charged(word, charged):
        return True
    mine = _verb_senses(word)
    return bool(mine) and any(_kin(mine, _verb_senses(o)) for o in others if o != word)


def _verb_senses(word: str) -> frozenset[str]:
    """The verb senses of a word written as a verb: title case hides whether "Crowd" or
    "Ground" is a noun, so a word with a noun sense counts only in a verb form ("-ing",
    "-ed")."""
    found = senses(word, TOP_SENSES)
    if any(s.startswith("n") for s in found) and not word.endswith(("ing", "ed")):
        return frozenset()
    return frozenset(s for s in found if s.startswith("v"))


def _kin(a: frozenset[str], b: frozenset[str]) -> bool:
    """One sense, or one a kind of the other."""
    return bool(a & b or a & broader(b) or broader(a) & b)
