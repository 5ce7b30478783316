"""Word-level wording differences inside each aligned group.

Each group's first member is the reference; every other member is diffed against it with
diff-match-patch over word tokens (each distinct word is mapped to one character, the
strings diffed, then cleaned up semantically so edits fall on whole phrases, and grown
so none cuts inside brackets). Results are
:class:`~comparer.model.Difference` records from the other member's point of view, with
spans into both articles' texts: ``inserted`` (words only it has; the counterpart is an
empty span where they would go), ``deleted`` (words only the reference has; its own span
is empty), ``replaced`` (both spans). Changes of case or punctuation only, and spellings the
normaliser treats as one (Deir-ez-Zor / Dayr al-Zawr), articles added or dropped ("the
United Nations"), and a speaker tag added, dropped or reworded around a quote (“," she
wrote”, “He added,”, “Ms. Pelosi said” / “she said Wednesday”: a plain reporting verb with
pronouns, days, "reporters" and the speaker's name, the same speaker on both sides: "he
told reporters Wednesday" / "he said"), and a lone mark the diff paired with function words
of a differently cut sentence (“”” / “but”: articles, conjunctions, copulas; never a modal,
negation or quantifier), a dateline, house style and a function word for another
(:mod:`comparer.align.house_style`) are marked ``minor``. On the
43 BASIL triplets speaker tags were 34 of the 752 shown wording marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from diff_match_patch import diff_match_patch

from comparer.align.house_style import dateline, function_word_swap, house_style
from comparer.align.normalise import tokenise
from comparer.model import (
    AlignmentGroup,
    Article,
    Counterpart,
    Difference,
    Kind,
    Member,
    Relation,
)
from comparer.quoting import quoted

_TOKEN = re.compile(r"\w+(?:['’.]\w+)*\.?(?<=\b[A-Z]\.)|\w+(?:['’]\w+)*|[^\w\s]")
_FIRST_CHAR = 0x100
# The first characters words are coded as: the letters and digits of Latin-1. CPython keeps
# one string for each of those, where every other character read out of a string is a new
# string, and the diff reads them one at a time in its innermost loop (two reports of one
# event: 11.4 -> 9.9 ms of diffing). The diff's cleanup weighs edit boundaries by
# character class (letter or digit, space, line break): every code is a letter or digit,
# as every character from :data:`_FIRST_CHAR` up to U+02C1 is, so the ranges are the same.
_LATIN_CODES = tuple(chr(c) for c in range(256) if chr(c).isalnum())
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit: what str.isalnum() says of a character
_tuple_new = tuple.__new__


class Word(NamedTuple):
    """One token of a member's text, with its span in the article. (A named tuple: every
    member of every group is split into words again, and a frozen dataclass is four times
    slower to make.)"""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Side:
    """A member's words and the article they index into."""

    key: str
    article: Article
    words: tuple[Word, ...]
    starts: frozenset[int] = frozenset()  # where the member's sentences start

    def span(self, lo: int, hi: int) -> tuple[int, int]:
        """Character span of words ``lo:hi``; an empty range sits where word ``lo`` would."""
        if hi > lo:
            return self.words[lo].start, self.words[hi - 1].end
        if lo < len(self.words):
            return self.words[lo].start, self.words[lo].start
        end = self.words[-1].end if self.words else 0
        return end, end


def side(key: str, article: Article, member: Member) -> Side:
    """The words of a member's sentences, in order."""
    words: list[Word] = []
    starts = []
    for index in member.sentences:
        s = article.sentences[index]
        starts.append(s.start)
        # Made from one tuple: the keyword-checking constructor cost a call a word.
        for m in _TOKEN.finditer(article.text, s.start, s.end):
            words.append(_tuple_new(Word, (m.start(), m.end(), m.group())))
    return Side(key, article, tuple(words), frozenset(starts))


def word_diff(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """Changed ranges ``(a_lo, a_hi, b_lo, b_hi)`` between two word sequences."""
    return list(_word_diff(tuple(a), tuple(b)))


# Wire copy repeats a sentence word for word across reports, and comparing again after
# adding a report diffs the same pairs again: a pair of sentences is diffed once.
@lru_cache(maxsize=4096)
def _word_diff(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[tuple[int, int, int, int], ...]:
    ca, cb = coded(a, b)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(ca, cb, False)
    dmp.diff_cleanupSemantic(diffs)
    changes: list[tuple[int, int, int, int]] = []
    i = j = 0
    for op, text in diffs:
        lo_i, lo_j = i, j
        if op != 1:
            i += len(text)
        if op != -1:
            j += len(text)
        if op != 0:
            changes.append((lo_i, i, lo_j, j))
    return tuple(_whole_brackets(_merge_adjacent(changes), a, b))


def coded(a: Sequence[str], b: Sequence[str]) -> tuple[str, str]:
    """Both word sequences as strings of one character per distinct word, in order of
    first use: the ``n``-th word is :data:`_LATIN_CODES` ``[n]``, and past those, the
    character :data:`_FIRST_CHAR` ``+ n``."""
    latin = len(_LATIN_CODES)
    table = {
        w: _LATIN_CODES[n] if n < latin else chr(_FIRST_CHAR + n)
        for n, w in enumerate(dict.fromkeys([*a, *b]))
    }
    return "".join([table[w] for w in a]), "".join([table[w] for w in b])


def _merge_adjacent(changes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    merged: list[tuple[int, int, int, int]] = []
    for c in changes:
        if merged and merged[-1][1] == c[0] and merged[-1][3] == c[2]:
            prev = merged.pop()
            c = (prev[0], c[1], prev[2], c[3])
        merged.append(c)
    return merged


_OPENING, _CLOSING = frozenset("(["), frozenset(")]")
Change = tuple[int, int, int, int]
BRACKET_REACH = 12  # words a change may grow by to hold its brackets whole


def _whole_brackets(changes: list[Change], a: Sequence[str], b: Sequence[str]) -> list[Change]:
    """The changes grown over the equal words around them (at most :data:`BRACKET_REACH`)
    until neither side cuts inside brackets: "(D-Calif.)" against ", D-Calif.," is one
    change, not "(" vs "," and ")" vs ","; a change grown into its neighbour joins it. A
    stray bracket with no partner near leaves its change as it was."""
    done: list[Change] = []
    for change in changes:
        lo_a, hi_a, lo_b, hi_b = change
        for _ in range(BRACKET_REACH):
            closes, opens = _open_ends(a[lo_a:hi_a], b[lo_b:hi_b])
            if closes and lo_a and lo_b:
                lo_a, lo_b = lo_a - 1, lo_b - 1
            elif opens and hi_a < len(a) and hi_b < len(b):
                hi_a, hi_b = hi_a + 1, hi_b + 1
            else:
                break
        if any(_open_ends(a[lo_a:hi_a], b[lo_b:hi_b])):
            lo_a, hi_a, lo_b, hi_b = change
        while done and done[-1][1] >= lo_a:  # grown into the change before: one change
            prev = done.pop()
            lo_a, hi_a = min(lo_a, prev[0]), max(hi_a, prev[1])
            lo_b, hi_b = min(lo_b, prev[2]), max(hi_b, prev[3])
        done.append((lo_a, hi_a, lo_b, hi_b))
    return done


def _open_ends(*sides: Sequence[str]) -> tuple[bool, bool]:
    """Whether a side closes a bracket it never opened, and whether one leaves one open."""
    closes = opens = False
    for words in sides:
        depth = 0
        for word in words:
            if word in _OPENING:
                depth += 1
            elif word in _CLOSING:
                closes |= depth == 0
                depth = max(depth - 1, 0)
        opens |= depth > 0
    return closes, opens


# Words whose change alters no fact: "the United Nations" / "United Nations".
ARTICLES = frozenset({"a", "an", "the"})
# Function words that turn a fact around: never a minor change.
NEGATIONS = frozenset({"no", "not", "nor"})
# Function words that carry no fact: articles, plain conjunctions and copulas. Modals
# ("should"), quantifiers ("only", "few") and prepositions of time or opposition ("before",
# "against") are stopwords too, but a mark standing against one of them hides a change.
FILLERS = ARTICLES | frozenset(
    {"and", "but", "or", "yet", "is", "are", "was", "were", "be", "been"}
)
_NEVER_NAMES = NEGATIONS | frozenset({"never"})
# A speaker tag: a plain reporting verb ("," she wrote), with pronouns and days around it;
# charged or doubting verbs ("claimed", "blasted") are framing, never part of a tag.
# fmt: off
TAG_VERBS = frozenset({
    "said", "says", "say", "wrote", "writes", "added", "adds", "continued", "continues",
    "told", "tells", "replied", "replies", "explained", "noted", "asked", "stated",
})
TAG_WORDS = TAG_VERBS | frozenset({
    "he", "she", "they", "we", "i", "it", "his", "her", "their", "on", "reporters", "journalists",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
# fmt: on
# Spelling variants ("U.S." / "US", "ten" / "10", "al-Shaer" / "Shaer") change the number
# of words by a few at most; longer changes are not re-normalised (it was the hot spot).
SPELLING_SLACK = 4


def is_minor(
    mine: Sequence[str], theirs: Sequence[str], at_start: bool = False
) -> tuple[bool, str]:
    """Whether only case, punctuation, a spelling, an article, a speaker tag, a dateline
    (``at_start``: the change opens the sentence), house style or a function word differ
    (:mod:`comparer.align.house_style`), and which."""
    low_mine, low_theirs = _lowered(mine), _lowered(theirs)
    if low_mine == low_theirs:
        only_case = [w for w in mine if w.isalnum()] != [w for w in theirs if w.isalnum()]
        return True, "case" if only_case else "punctuation"
    if abs(len(mine) - len(theirs)) <= SPELLING_SLACK and _keys(mine) == _keys(theirs):
        return True, "spelling"
    if set(low_mine) | set(low_theirs) <= ARTICLES:
        return True, "article"
    if _mark_for_function_words(mine, low_mine, low_theirs) or _mark_for_function_words(
        theirs, low_theirs, low_mine
    ):
        return True, "punctuation"
    if _speaker_tag(mine, theirs):
        return True, "tag"
    return _house_minor(mine, theirs, at_start)


def _house_minor(mine: Sequence[str], theirs: Sequence[str], at_start: bool) -> tuple[bool, str]:
    if dateline(mine, theirs, at_start) or dateline(theirs, mine, at_start):
        return True, "dateline"
    if house_style(mine, theirs):
        return True, "house style"
    if function_word_swap(mine, theirs):
        return True, "function word"
    return False, ""


def _mark_for_function_words(marks: Sequence[str], low_marks: list[str], plain: list[str]) -> bool:
    """Whether a side of punctuation alone stands against function words alone: a quote
    mark the diff paired with a "but" or "was" of a differently cut sentence says nothing.
    ``low_marks`` and ``plain`` are the :func:`_lowered` words of the two sides."""
    return bool(marks and plain) and not low_marks and all(w in FILLERS for w in plain)


def _speaker_tag(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether both sides hold nothing but a speaker tag, with one speaker: a name (a
    capitalised word) on both sides must be the same ("Trump said" / "Obama said" is not)."""
    # A tag verb is a word (of letters): looked for first, as most changes hold none.
    if not any(w.lower() in TAG_VERBS for side in (mine, theirs) for w in side):
        return False
    words = [w for w in [*mine, *theirs] if _ALNUM.search(w)]
    if not all(w.lower() in TAG_WORDS or _name_like(w) for w in words):
        return False
    names = [
        {w for w in side if _name_like(w) and w.lower() not in TAG_WORDS} for side in (mine, theirs)
    ]
    return not (names[0] and names[1]) or names[0] == names[1]


def _name_like(word: str) -> bool:
    """A capitalised word that may be a speaker's name: "Not" or "Never" opening a tag
    turns the quote around and names no one."""
    return word[:1].isupper() and word.lower() not in _NEVER_NAMES


def _lowered(words: Sequence[str]) -> list[str]:
    return [w.lower() for w in words if _ALNUM.search(w)]


def _keys(words: Sequence[str]) -> list[str]:
    return [t.key for t in tokenise(" ".join(words)) if t.key]


_WHY = {
    "inserted": "{me} adds {mine}",
    "deleted": "{me} leaves out {theirs} ({them})",
    "replaced": "{me} has {mine} where {them} has {theirs}",
}
_MINOR_WHY = {
    "case": "case only",
    "punctuation": "punctuation only",
    "spelling": "spelling",
    "article": "article only",
    "tag": "speaker tag only",
    "dateline": "dateline only",
    "house style": "house style",
    "function word": "function word only",
}


def _difference(group: str, me: Side, ref: Side, change: tuple[int, int, int, int]) -> Difference:
    i_lo, i_hi, j_lo, j_hi = change
    theirs_words = [w.text for w in ref.words[i_lo:i_hi]]
    mine_words = [w.text for w in me.words[j_lo:j_hi]]
    kind = "replaced" if theirs_words and mine_words else "inserted" if mine_words else "deleted"
    start, end = me.span(j_lo, j_hi)
    c_start, c_end = ref.span(i_lo, i_hi)
    minor, why = is_minor(mine_words, theirs_words, _opens_sentence(me, j_lo, ref, i_lo))
    text = me.article.text[start:end]
    c_text = ref.article.text[c_start:c_end]
    explanation = _WHY[kind].format(
        me=me.key, them=ref.key, mine=quoted(text), theirs=quoted(c_text)
    )
    if minor:
        explanation += f" ({_MINOR_WHY[why]})"
    return Difference(
        Kind.WORDING,
        kind,
        group,
        me.key,
        start,
        end,
        text,
        Counterpart(ref.key, c_start, c_end, c_text),
        explanation,
        minor,
    )


def _opens_sentence(me: Side, j_lo: int, ref: Side, i_lo: int) -> bool:
    """Whether a change starts at the first word of a sentence on either side."""
    return any(
        lo < len(side.words) and side.words[lo].start in side.starts
        for side, lo in ((me, j_lo), (ref, i_lo))
    )


def group_differences(group: AlignmentGroup, articles: dict[str, Article]) -> list[Difference]:
    """Wording differences of every other member against the group's first member.

    A ``related`` group holds different facts: there is no rewording to show.
    """
    if group.relation is Relation.RELATED:
        return []
    ref_member, *others = group.members
    ref = side(ref_member.article, articles[ref_member.article], ref_member)
    out: list[Difference] = []
    for member in others:
        me = side(member.article, articles[member.article], member)
        changes = word_diff([w.text for w in ref.words], [w.text for w in me.words])
        out.extend(_difference(group.id, me, ref, c) for c in changes)
    return out
