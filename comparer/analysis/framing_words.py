"""Word choice across reports: one report names a thing with a word, an aligned report of the
same event names it with another word of the same sense ("resigned" vs "quit") or a word one
kind narrower or broader ("pledged" vs "promised"), by the word senses of
:mod:`comparer.wordnet`.

Only the outlet's own voice counts (words inside quotes are the speaker's), only words the
other report never uses anywhere (otherwise both chose them), and never names (capitalised
words inside a sentence). Each pair is looked for within the sentences of one aligned group,
so the cost grows with the aligned pairs, not with every pair of sentences.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from comparer.align.normalise import STOPWORDS
from comparer.analysis.context import ArticleView
from comparer.analysis.framing import Marker
from comparer.analysis.phrases import tokenize
from comparer.analysis.quotes import quote_spans
from comparer.wordnet import broader, lemmas, senses, table

# The senses a word is taken to have: its three most frequent (a rarer sense is most
# often another word altogether: "bit" as a tool, not a while).
TOP_SENSES = 3
_SHORTEST = 3
_SAYING = ("neutral", "doubt")


@dataclass(frozen=True, slots=True)
class Word:
    """One own-voice content word of a sentence: its span (relative to the sentence), the
    forms it may stand for (itself and its WordNet lemmas), its senses and those senses with
    their direct hypernyms."""

    start: int
    end: int
    text: str
    forms: frozenset[str]
    senses: frozenset[str]
    wider: frozenset[str]
    shape: str  # "ing", "s" or "ed": a bare form may be a past ("quit", "hit")
    verb: bool  # written as a verb form may be ("-ing", "-ed", "-s"), not bare


@dataclass(frozen=True, slots=True)
class Choice:
    """A word of one sentence and the differently worded counterpart in an aligned one."""

    mine: Word
    theirs: Word


def load() -> None:
    """Read the sense table now (about 0.1 s of CPU, once per process), as the lexicons are
    compiled on the first analysis: so every analysis costs the same, and the first one
    with aligned sentences does not also carry the table."""
    table()


def own_words(view: ArticleView, index: int, markers: list[Marker]) -> list[Word]:
    """The content words of a sentence in the outlet's own voice, names and plain or
    doubting reporting verbs left out ("said", "claimed": attribution has findings of its
    own); a charged one stays ("slammed" vs "criticized")."""
    text = view.sentence_text(index)
    base = view.sentences[index].start
    # what is not the outlet's own voice: quotes, in the sentence or running over it, and
    # plain reporting verbs (offsets relative to the sentence)
    quotes = quote_spans(text, any(m.type == "attribution" for m in markers))
    taken = [(q.start, q.end) for q in quotes]
    taken += [(m.start, m.end) for m in markers if m.type == "attribution" and m.detail in _SAYING]
    taken += [
        (a - base, b - base) for a, b in view.long_quotes().overlapping(base, base + len(text))
    ]
    found = []
    for start, end, key in tokenize(text):
        if len(key) < _SHORTEST or key in STOPWORDS or not key.isalpha():
            continue
        if text[start].isupper() and start > 0:
            continue  # a name, or a word of one
        if taken and any(a <= start < b for a, b in taken):
            continue
        found.append(word(start, end, text[start:end]))
    return found


def word(start: int, end: int, text: str) -> Word:
    """A :class:`Word` with its forms and senses looked up."""
    return Word(start, end, text, *_looked_up(text.lower()))


@lru_cache(maxsize=16384)
def _looked_up(key: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], str, bool]:
    """Forms, senses, senses with hypernyms and shape of a lower-case word, once per word
    (50 reports repeat their words in thousands of aligned pairs)."""
    meanings = senses(key, TOP_SENSES)
    forms = frozenset((key, *lemmas(key)))
    form = inflection(key)
    return forms, meanings, broader(meanings), form or "ed", bool(form)


@dataclass(frozen=True, slots=True)
class Wording:
    """A sentence's own-voice words, the forms they use, and the ``candidates``: the words
    that may be a word choice (all by default)."""

    words: list[Word]
    candidates: list[Word]
    forms: frozenset[str]

    @classmethod
    def of(cls, words: list[Word], candidates: list[Word] | None = None) -> Wording:
        """The wording of a sentence with these words."""
        forms = frozenset().union(*(w.forms for w in words))
        return cls(words, words if candidates is None else candidates, forms)


def choices(mine: Wording, theirs: Wording) -> Iterator[Choice]:
    """Each candidate word of ``mine`` whose counterpart in ``theirs`` is a different word of
    one sense (first), or one kind narrower or broader, written in the same form
    ("stinging" is no "bit"); the first such counterpart in reading order. Words both
    sentences use are no choice between them."""
    rest = [w for w in theirs.words if not w.forms & mine.forms]
    for word in mine.candidates:
        if word.forms & theirs.forms or not word.senses:
            continue
        same = [w for w in rest if w.shape == word.shape and w.senses & word.senses]
        kin = same or [
            w
            for w in rest
            if w.shape == word.shape and (w.senses & word.wider or w.wider & word.senses)
        ]
        if kin:
            yield Choice(word, kin[0])  # the first in reading order


def narrower_verb(a: str, b: str) -> bool:
    """Whether verb ``a`` names a kind of ``b`` and not the reverse: "murdered" is a kind of
    "killed", "assailed" of "criticized": the report chose the more specific, coloured verb."""
    form = inflection(a)
    if not form or form != inflection(b):
        return False  # "a backlash" vs "happens", "near" vs "come": no two verbs of one act
    mine, theirs = senses(a, TOP_SENSES), senses(b, TOP_SENSES)
    up = any(s.startswith("v") and broader(frozenset((s,))) & (theirs - {s}) for s in mine)
    return up and not (broader(theirs) - theirs) & mine


def inflection(word: str) -> str:
    """The form a word is written in, told by its ending (``ing``, ``ed``, ``s`` or none):
    WordNet has no parts of speech in context, and two words naming one thing in aligned
    sentences share their form ("murdered", "killed"; "bit" is the past of "bite")."""
    form = word.lower()
    for ending in ("ing", "ed"):
        if form.endswith(ending):
            return ending
    if form not in lemmas(form) and lemmas(form):
        return "ed" if not form.endswith("s") else "s"  # "went", "fled"; "slams"
    return "s" if form.endswith("s") else ""
