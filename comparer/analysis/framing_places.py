"""Where a framing finding stands in its article, and what that adds to its strength: a
report frames its story in its lede (its first :data:`LEDE_SENTENCES` sentences), so word
choices there are stronger, unless a reporting verb stands before the word (the speaker's
claim, not the outlet's framing); a word after a reporting verb anywhere is weaker; and a
word in the last third of its sentence (:data:`LATE_FROM`) most often holds what the
sentence reports. Read by :mod:`comparer.analysis.framing_rank`, which measured each weight.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from comparer.analysis.context import Context
from comparer.analysis.framing import normalise
from comparer.model import Difference, Sentence

# An abstract noun made from a verb or adjective ("collusion", "resignation"): it names the
# topic (see :data:`comparer.analysis.framing_rank.ABSTRACT_NOUN`), in the lede too.
NOMINAL = re.compile(r"\w(?:tion|sion|ment|ism|ity|ness|ance|ence)s?$")
# A word in the last third of its sentence is most often in what the sentence reports (its
# object, a clause); the opening frames the subject. On BASIL dev, shown evaluative words in
# the last third matched the annotated bias about half as often as those in the first, on
# both halves.
LATE_FROM = 2 / 3
LATE = -0.5
# Where a word choice stands. On BASIL dev, 38% of the annotated word-choice bias lies in
# the articles' first four sentences (of ~30), and shown evaluative words after a reporting
# verb matched it about a third as often as the others; both halves of the triplets agree.
# The lede weighs more than a reporting verb before the word (2.0 against 1.5): a word the
# lede reports ("announced ... Mattis' bombshell resignation letter") still frames the story.
# On BASIL dev 1.5 -> 2.0 moved recall 0.258 -> 0.267 on the odd half (precision 0.203 ->
# 0.205) and held it on the even (0.300; precision 0.185 -> 0.184); 2.5 changes nothing more,
# nor do 3, 5 or 6 lede sentences. A weaker reporting verb (-1.0, -0.75) found the same one
# span for more shown words (precision 0.180 / 0.177 even): dropped.
LEDE_SENTENCES = 4
IN_LEDE = 2.0
REPORTED = -1.5
# A word after a reporting verb in the lede ("said ... cannot eviscerate") is the speaker's
# claim: no lede weight, but for an adverb or a word after "announced". On BASIL dev
# lex_precision 0.2111 -> 0.2251 (even 0.2042 -> 0.2148, odd 0.2177 -> 0.2353), recall held.
_ANNOUNCING = frozenset({"announced", "announces", "announce", "announcing"})
WORDING = ("loaded", "emotive", "opinion", "manner")


class Places:
    """Where a finding stands in its article: how far into it, how far into its sentence,
    and whether a reporting verb comes before it there. Without a context, nowhere in
    particular."""

    def __init__(self, ctx: Context | None = None) -> None:
        self.ctx = ctx
        self._starts: dict[str, tuple[list[int], list[Sentence]]] = {}

    def shift(self, d: Difference) -> float:
        """What the place adds to a word choice's strength."""
        where = self._sentence(d)
        if where is None:
            return 0.0
        at, sentence = where
        markers = self.ctx.views[d.article].markers(sentence.index) if self.ctx else []
        verbs = [
            m for m in markers if m.type == "attribution" and sentence.start + m.end <= d.start
        ]
        # the lede names the story's topic: its abstract nouns ("collusion") are no judgement
        lede = at < LEDE_SENTENCES and not NOMINAL.search(normalise(d.text))
        lede = lede and (not verbs or _outlets_despite(d, verbs[-1].key))
        return (IN_LEDE if lede else 0.0) + (REPORTED if verbs else 0.0)

    def within(self, d: Difference) -> float:
        """How far into its sentence a word choice starts, from 0 (its first letter) to 1;
        0 for any other finding."""
        where = self._sentence(d)
        if where is None:
            return 0.0
        sentence = where[1]
        return (d.start - sentence.start) / max(sentence.end - sentence.start, 1)

    def _sentence(self, d: Difference) -> tuple[int, Sentence] | None:
        """The word choice's sentence and its place in reading order."""
        if self.ctx is None or d.type not in WORDING or d.article not in self.ctx.views:
            return None
        if d.article not in self._starts:
            ordered = sorted(self.ctx.views[d.article].sentences.values(), key=lambda s: s.start)
            self._starts[d.article] = [s.start for s in ordered], ordered
        starts, ordered = self._starts[d.article]
        at = bisect_right(starts, d.start) - 1
        return (at, ordered[at]) if at >= 0 else None


def _outlets_despite(d: Difference, verb: str) -> bool:
    """Whether a word after a reporting verb in the lede still frames the story: an adverb
    ("sharply") tells how the outlet saw the act, and what a report says was "announced"
    is its own telling of the news ("announced ... Mattis' bombshell resignation letter");
    any other word is the speaker's claim."""
    return d.type == "manner" or d.text.lower().endswith("ly") or verb in _ANNOUNCING
