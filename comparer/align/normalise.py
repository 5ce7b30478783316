"""Every normalisation rule the aligner applies before matching words, in one place.

Matching works on *keys*, never on the displayed text: a word's key folds case, accents,
quotes and dashes, dotted abbreviations ("U.S." = "US"), number words ("ten" = "10"),
known spellings of one name (the alias and place lists in ``comparer/data/``) and a
generic transliteration fold for names nobody listed (Arabic particles al-/el-/ez-,
ou/aw/o -> u, ay/ey -> ei, doubled letters). :func:`tokenise` turns a text into
:class:`Token` records that keep their character offsets, so results can always point at
the original words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

from comparer.numwords import SCALES, TENS, UNITS
from comparer.sentence_memo import sentence_memo

# A word: a dotted abbreviation ("U.S.", "U.N."), else a number ("1,000", "3.5"), else
# letters with inner apostrophes ("don't"). Every one starts with a letter or digit, which
# the pattern reads first and the branches then check behind them: a pattern that opens
# with one character class lets the regex engine skip the spaces and punctuation between
# words without trying each branch there (finding the words: 13% fewer instructions).
_WORD = re.compile(
    r"[^\W_]"
    r"(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+"
    r"|(?<=\d)\d*(?:[.,]\d+)*"
    r"|(?<=[^\W\d_])[^\W\d_]*(?:['’][^\W\d_]+)*)"
)


def _words(text: str) -> list[str]:
    return text.split()


STOPWORDS = frozenset(
    _words(
        """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how i
    if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    upon very was we were what when where which while who whom why will with would you your
    yours said says say told according also since while however amid among per via it's
    would've s t one's"""
    )
)

# Particles of Arabic names ("al-", "ez-"): never content, so "Tal al-Shaer" matches "Tal Shaer".
_PARTICLES = frozenset(_words("al el ez ed es ul az ash ad ar an as at ach"))
_ALWAYS_PARTICLES = frozenset(_words("al el ez ed es ul az ash"))

# Number words match their digits ("ten" = "10"); the spelling of numbers is numwords' job.
_NUMBER_WORDS = {w: str(v) for w, v in (UNITS | TENS | SCALES).items()} | {"dozen": "12"}

# Transliteration folds, applied in order by _transliterated; both sides of a comparison
# get the same folds.
_AY = re.compile(r"[ae]y")  # -> ei
_OU = re.compile(r"ou|aw|o")  # -> u
_DOUBLED = re.compile(r"(.)\1+")  # -> one letter
_AH = re.compile(r"(?<=[a-z]{3})ah$")  # -> a
# "Ezzor": a name fused with its assimilated article ("ez-Zor"); narrower patterns
# would also eat English words ("Attack", "Allies").
_FUSED_ARTICLE = re.compile(r"^ez(?=z[a-z]{2})")


# A named tuple, not a frozen dataclass: every word of every sentence becomes one, and a
# tuple is built in a third less time; it is as immutable and reads the same by name.
class Token(NamedTuple):
    """One word of a text: its span, its matching key, and whether it carries content.

    ``key`` is empty for the later words of a multi-word name merged into the first word's
    key (so "Islamic State" counts once, as "isis"). ``name`` marks capitalised words.
    """

    start: int
    end: int
    key: str
    content: bool
    name: bool


def strip_accents(text: str) -> str:
    """Drop diacritics so "Ḥalab" and "Halab" compare equal."""
    if text.isascii():  # nothing to decompose: most words of English reports
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_word(word: str) -> str:
    """The key of one word on its own: case, accents, abbreviations, numbers, spelling.

    Not kept: the tokeniser keeps each word's facts, key included (:func:`_word_facts`),
    and a second cache of the same words was a second miss for every new word and
    almost never hit."""
    w = strip_accents(word).lower().replace("’", "'")
    w = w.replace(".", "") if w.count(".") >= 2 or w.endswith(".") else w
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    if w[:1].isdigit():
        return w.replace(",", "")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    if w in STOPWORDS or len(w) < 3:
        return w
    return _transliterated(_stem(w))


def _transliterated(w: str) -> str:
    """The folds of a word's spelling. A pattern is tried only on a word holding what every
    match of it holds: most words need few folds, and each pattern costs a call."""
    w = _FUSED_ARTICLE.sub("", w) if w.startswith("ez") else w
    w = _AY.sub("ei", w) if "y" in w else w
    w = _OU.sub("u", w) if "o" in w or "aw" in w else w
    w = _DOUBLED.sub(_one_letter, w.replace("q", "k"))
    return _AH.sub("a", w) if "ah" in w else w


def _one_letter(doubled: re.Match[str]) -> str:
    """A doubled letter once (a function: a replacement string naming a group is parsed
    again on every call: about a quarter of what folding a new word cost)."""
    return doubled.group(1)


def _stem(w: str) -> str:
    """A crude English suffix strip: "attacks"/"attack", "killed"/"killing" share a key.

    It leaves "pledged"/"pledge", "charged"/"charges" and "policy"/"policies" apart. Folding
    a final "e" and "y" too (and "-ies", "-ied", "-es" after a sibilant) was measured on
    issue 12's gold and dropped: by alternate halves, scorer retrained on each, must
    recall / link precision 0.492/0.883 and 0.528/0.818 became 0.508/0.855 and
    0.536/0.811; retrained on the first batch as shipped, the gold of 32 triplets went
    from 0.499/0.897 to 0.502/0.878 and ECB+ same-event F1 from 0.892 to 0.858 (the
    same with the thresholds held; its precision 0.905 -> 0.866): keys are also the
    vocabulary the events step compares reports by.
    """
    if len(w) > 5 and w.endswith(("ing", "ied")):
        return w[:-3]
    if len(w) > 4 and w.endswith("ed"):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _is_particle(text: str, after: str) -> bool:
    low = text.lower()
    if low in _ALWAYS_PARTICLES:
        return True
    if low not in _PARTICLES or not after:
        return False
    # "al-Qussour", or a capitalised "Ar Raqqah"; not the English "as"/"at"/"an".
    return after[0] in "-‐‑–" or (text[0].isupper() and after[0] == " " and after[1:2].isupper())


# A token's key, read without a function of ours: the name and stock phrase checks read
# every token of every sentence.
_key_of = itemgetter(2)

# A token from one tuple of its five fields, as ``Token._make`` makes it without that
# method's call and length check (the tuple always has five): every word of every
# sentence is one, and reading the words of 20 reports takes 48 ms with the method, 34
# without.
_new_token = tuple.__new__


def _raw_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    facts_of, new = _word_facts, _new_token
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        facts = facts_of(word)
        if facts is None:  # a particle or not depending on what follows
            facts = _facts(word, _is_particle(word, text[m.end() : m.end() + 2]))
        append(new(Token, m.span() + facts))
    return tokens


@lru_cache(maxsize=65536)
def _word_facts(word: str) -> tuple[str, bool, bool] | None:
    """Key, content and name of a word that is never a particle: the same wherever it is.
    None for a word that may be a particle, which depends on what follows it."""
    if word.lower() in _PARTICLES:
        return None
    return _facts(word, particle=False)


def _facts(word: str, particle: bool) -> tuple[str, bool, bool]:
    key = "" if word == "us" else fold_word(word)  # the pronoun, not the country
    content = not particle and key not in STOPWORDS and (len(key) > 1 or key.isdigit())
    name = word[:1].isupper() and not particle
    return "" if particle else key, content, name


# Stock phrases say nothing about which claim a sentence makes: never content.
STOCK_PHRASES = (
    "the Syrian army and its allies",
    "said in a statement",
    "told reporters",
    "on condition of anonymity",
    "the international community",
    "for more information",
)


def tokenise(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` (offsets into ``text``) with keys: particles dropped,
    known names merged, stock phrases muted."""
    return list(_analysed(text, start, end))


def tokenise_slice(text: str, start: int, end: int) -> list[Token]:
    """``tokenise(text[start:end])``, offsets into the slice, read from the tokens that
    ``tokenise(text, start, end)`` keeps (the aligner has read every sentence so).

    Both read the same words: no rule looks behind a word, and what follows a word is read
    within the two characters after it, which lie in the slice, except for the last word;
    when that word may be a particle (whose reading depends on them), the slice is read
    on its own.
    """
    tokens = _analysed(text, start, end)
    if tokens and tokens[-1].end >= end - 1:
        last = tokens[-1]  # the last word's own span (a merged name's head spans more)
        if _word_facts(text[last.start : last.end]) is None:
            return tokenise(text[start:end])
    new = _new_token
    return [
        new(Token, (a - start, b - start, key, content, name))
        for a, b, key, content, name in tokens
    ]


def text_keys(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Every key of ``tokenise(text)``, its words read from those ``tokenise(text, start,
    end)`` keeps for ``spans`` (an article's sentences, in order) and the text between.

    No word holds a space, so when a space lies on one side of every cut the pieces' words
    are the whole text's, and names are merged over them as over the whole text (stock
    phrases change no key); otherwise the text is read whole.
    """
    cuts = [0, *(at for span in spans for at in span), len(text)]
    inner = (at for at in cuts[1:-1] if 0 < at < len(text))
    if cuts != sorted(cuts) or not all(
        text[at - 1].isspace() or text[at].isspace() for at in inner
    ):
        return frozenset(t.key for t in tokenise(text) if t.key)
    words = [t for a, b in pairwise(cuts) if b > a for t in _words_of(text, a, b)]
    return frozenset(t.key for t in _merge_names(words, names_lexicon()) if t.key)


# The aligner, the wording diff and the analysers each tokenise the same sentences again:
# kept for every sentence of the comparison under way (a 5 MB article holds 36,000).
@sentence_memo(base=16384)
def _analysed(text: str, start: int, end: int | None) -> tuple[Token, ...]:
    # A sentence that names nothing and holds no stock phrase keeps its words' own tuple.
    return tuple(_mute_stock(_merge_names(_words_of(text, start, end), names_lexicon())))


# ... and their words before names are merged, from which text_keys reads a whole article
# (its sentences and the text between them: two per sentence).
@sentence_memo(base=16384, per_sentence=2)
def _words_of(text: str, start: int, end: int | None) -> tuple[Token, ...]:
    return tuple(_raw_tokens(text, start, end))


@lru_cache(maxsize=1)
def _stock_keys() -> tuple[tuple[str, ...], ...]:
    merged = (_merge_names(_raw_tokens(p), names_lexicon()) for p in STOCK_PHRASES)
    return tuple(tuple(t.key for t in tokens if t.key) for tokens in merged)


def _mute_stock(tokens: Sequence[Token]) -> Sequence[Token]:
    present = set(map(_key_of, tokens))
    phrases = [p for p in _stock_keys() if present.issuperset(p)]
    if not phrases:  # most sentences hold no stock phrase at all
        return tokens
    keyed = [i for i, t in enumerate(tokens) if t.key]
    keys = [tokens[i].key for i in keyed]
    muted: set[int] = set()
    for phrase in phrases:
        for pos in range(len(keys) - len(phrase) + 1):
            if keys[pos] == phrase[0] and tuple(keys[pos : pos + len(phrase)]) == phrase:
                muted.update(keyed[pos : pos + len(phrase)])
    if not muted:
        return tokens
    return [t._replace(content=False) if i in muted else t for i, t in enumerate(tokens)]


def _merge_names(tokens: Sequence[Token], lexicon: dict[tuple[str, ...], str]) -> Sequence[Token]:
    by_first = _by_first_key()
    # Most sentences name nothing the lexicon knows: their tokens stay as they are.
    if by_first.keys().isdisjoint(map(_key_of, tokens)):
        return tokens
    keyed = [i for i, t in enumerate(tokens) if t.key]
    keys = [tokens[i].key for i in keyed]
    merged: list[Token] | None = None  # a copy of the tokens, made at the first name
    taken = 0  # keys before this are inside a name already merged
    # Few keys open a name the lexicon knows: only those are tried, the rest skipped at once.
    for pos in [pos for pos, key in enumerate(keys) if key in by_first]:
        if pos < taken:
            continue
        for candidate in by_first[keys[pos]]:
            if tuple(keys[pos : pos + len(candidate)]) == candidate:
                size = len(candidate)
                merged = list(tokens) if merged is None else merged
                named = _apply_name(tokens, keyed, pos, size, lexicon[candidate])
                for i, token in zip(keyed[pos : pos + size], named, strict=True):
                    merged[i] = token
                taken = pos + size
                break
    return tokens if merged is None else merged


@lru_cache(maxsize=1)
def _by_first_key() -> dict[str, list[tuple[str, ...]]]:
    """Lexicon entries by their first key, longest first (the longest match wins)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(names_lexicon(), key=len, reverse=True):
        index.setdefault(key[0], []).append(key)
    return index


def _apply_name(
    tokens: Sequence[Token], keyed: list[int], pos: int, size: int, canonical: str
) -> list[Token]:
    first = tokens[keyed[pos]]
    rest = [tokens[keyed[pos + j]] for j in range(1, size)]
    head = Token(first.start, rest[-1].end if rest else first.end, canonical, True, True)
    return [head] + [Token(t.start, t.end, "", False, t.name) for t in rest]


def name_key(phrase: str) -> tuple[str, ...]:
    """The key sequence of a written name, the form the lexicon is looked up by."""
    return tuple(t.key for t in _raw_tokens(phrase) if t.key)


@lru_cache(maxsize=4)
def _lexicon(filename: str) -> dict[tuple[str, ...], str]:
    lexicon: dict[tuple[str, ...], str] = {}
    text = resources.files("comparer").joinpath("data", filename).read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, _, variants = line.partition("\t")
        for variant in [canonical, *variants.split("|")]:
            key = name_key(variant)
            if key and key not in lexicon:
                lexicon[key] = "_".join(name_key(canonical))
    return lexicon


@lru_cache(maxsize=1)
def names_lexicon() -> dict[tuple[str, ...], str]:
    """Known spellings of one name -> the canonical key (aliases and Syrian places)."""
    return _lexicon("places_sy.tsv") | _lexicon("aliases.tsv")


@lru_cache(maxsize=1)
def place_keys() -> frozenset[str]:
    """The canonical keys of the places the lexicon knows."""
    return frozenset(_lexicon("places_sy.tsv").values())


def is_number_key(key: str) -> bool:
    """True for keys that stand for a quantity ("10", "1000", from "ten" or "1,000").

    A number word's key is its digits (:data:`_NUMBER_WORDS`), so a digit first says it."""
    return key[:1].isdigit()


_first_character = itemgetter(0)


def number_flags(keys: Sequence[str]) -> list[bool]:
    """:func:`is_number_key` of each of ``keys`` (none empty), read in C: a sentence's bag
    asks it of every content key, and a call per key took most of making the bag."""
    return list(map(str.isdigit, map(_first_character, keys)))
