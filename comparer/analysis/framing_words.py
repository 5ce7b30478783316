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

from comparer.align.normalise import STOPWORDS
from comparer.analysis.context import ArticleView
from comparer.analysis.framing import Marker
from comparer.analysis.phrases import tokenize
from comparer.analysis.quotes import quote_spans
from comparer.wordnet import broader, lemmas, senses

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


@dataclass(frozen=True, slots=True)
class Choice:
    """A word of one sentence and the differently worded counterpart in an aligned one."""

    mine: Word
    theirs: Word


def own_words(view: ArticleView, index: int, markers: list[Marker]) -> list[Word]:
    """The content words of a sentence in the outlet's own voice, names and plain or
    doubting reporting verbs left out ("said", "claimed": attribution has findings of its
    own); a charged one stays ("slammed" vs "criticized")."""
    text = view.sentence_text(index)
    said = [(m.start, m.end) for m in markers if m.type == "attribution" and m.detail in _SAYING]
    quotes = quote_spans(text, any(m.type == "attribution" for m in markers))
    base = view.sentences[index].start
    spoken = view.long_quotes()
    found = []
    for start, end, key in tokenize(text):
        if len(key) < _SHORTEST or key in STOPWORDS or not key.isalpha():
            continue
        if text[start].isupper() and start > 0:
            continue  # a name, or a word of one
        if any(q.start <= start < q.end for q in quotes) or any(a <= start < b for a, b in said):
            continue
        if any(a <= base + start < b for a, b in spoken):
            continue
        found.append(word(start, end, text[start:end]))
    return found


def word(start: int, end: int, text: str) -> Word:
    """A :class:`Word` with its forms and senses looked up."""
    key = text.lower()
    meanings = senses(key, TOP_SENSES)
    forms = frozenset((key, *lemmas(key)))
    return Word(start, end, text, forms, meanings, broader(meanings), _shape(key))


def choices(mine: list[Word], theirs: list[Word]) -> Iterator[Choice]:
    """Each word of ``mine`` whose counterpart in ``theirs`` is a different word of one
    sense (first), or one kind narrower or broader, written in the same form ("stinging" is
    no "bit"); the first such counterpart in reading order. Words both sentences use are no
    choice between them."""
    my_forms = frozenset().union(*(w.forms for w in mine))
    their_forms = frozenset().union(*(w.forms for w in theirs))
    rest = [w for w in theirs if not w.forms & my_forms]
    by_sense: dict[tuple[str, str], Word] = {}
    by_wider: dict[tuple[str, str], Word] = {}
    for other in reversed(rest):  # the first in reading order wins
        by_sense.update(dict.fromkeys(((s, other.shape) for s in other.senses), other))
        by_wider.update(dict.fromkeys(((s, other.shape) for s in other.wider), other))
    for mine_word in mine:
        if mine_word.forms & their_forms or not mine_word.senses:
            continue
        form = mine_word.shape
        same = [by_sense[s, form] for s in mine_word.senses if (s, form) in by_sense]
        if same:
            yield Choice(mine_word, min(same, key=_place))
            continue
        up = [by_sense[s, form] for s in mine_word.wider if (s, form) in by_sense]
        down = [by_wider[s, form] for s in mine_word.senses if (s, form) in by_wider]
        if up or down:
            yield Choice(mine_word, min(up + down, key=_place))


def _place(word: Word) -> int:
    return word.start


def narrower_verb(a: str, b: str) -> bool:
    """Whether verb ``a`` names a kind of ``b`` and not the reverse: "murdered" is a kind of
    "killed", "assailed" of "criticized": the report chose the more specific, coloured verb."""
    form = inflection(a)
    if not form or form != inflection(b):
        return False  # "a backlash" vs "happens", "near" vs "come": no two verbs of one act
    mine, theirs = senses(a, TOP_SENSES), senses(b, TOP_SENSES)
    up = any(s.startswith("v") and broader(frozenset((s,))) & (theirs - {s}) for s in mine)
    return up and not (broader(theirs) - theirs) & mine


def _shape(word: str) -> str:
    form = inflection(word)
    return form or "ed"


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
