"""Decide which sentences of different articles are linked: the edges of the alignment.

Only *candidate* pairs are scored: sentences of different articles that share a rare
content word (:func:`~comparer.align.sparse.candidate_pairs`), plus the user's links. Each
candidate gets the learned scorer's probability (:mod:`scorer`), then context: a pair of
ledes and a pair whose neighbours are linked too gain a little, because reports of one
event open alike and keep related facts together. A pair becomes a ``same`` edge when its
probability passes the scorer's "same" threshold and it is (nearly) the best match either
sentence has in the other article; a ``related`` edge when it is weaker but still the best
match one of the two sentences has there. A sentence that another outlet split in two is
caught by scoring it against adjacent pairs of sentences as one text, only next to pairs
that are already candidates.
The user's :class:`~comparer.model.SentenceLink` decisions override the scores: a link
forces an edge, an unlink forbids one. :mod:`groups` turns the edges into groups.

Measured on the dev gold and both held-out halves (today must recall / link precision
0.585/0.860, 0.559/0.892, 0.593/0.819; ECB+ same-event F1 0.892) and dropped, none
winning on both halves: a ``same`` edge for a pair that is the mutual best of its two
sentences down to 0.4 (0.7) log-odds under the threshold (0.588/0.850, 0.559/0.872,
0.593/0.819, F1 0.870; 0.601/0.827, 0.559/0.832, 0.605/0.813), also asking that they
sit at about the same place in their articles (within 0.1 of the length: 0.585/0.845,
0.559/0.863, 0.580/0.822); a ``related`` edge for mutual bests 0.3 under the related
threshold (0.588/0.849, 0.559/0.877, 0.605/0.813); the neighbour bonus also for
anti-diagonal neighbours (0.582/0.842, 0.578/0.881, 0.574/0.808, F1 0.873) or for a
neighbour linked to the same sentence (0.582/0.831, 0.559/0.843, 0.574/0.787); a
log-odds bonus of 1 for three shared words inside quotation marks (0.594/0.855,
0.559/0.884, 0.586/0.812); the lede bonus only for ledes sharing a name or a number
(gold unchanged, F1 0.890) or naming no clashing name (0.570/0.847, 0.540/0.887,
0.568/0.797); split readings from a cosine of 0.35 with a gain of 0.02 (0.588/0.851,
0.559/0.883, 0.599/0.811).
Measured with issue 12's second gold batch (first ten later triplets, blind; today old-12
dev 0.585/0.860, later ten 0.474/0.805, halves split by batch 0.515/0.812 and
0.547/0.790, F1 0.892) and dropped: a log-odds bonus of 0.3 for pairs within 0.1 of
the same relative place in their articles (on the old halves: 0.594/0.841, 0.565/0.893,
0.586/0.796, F1 0.875; 0.5 or a window of 0.2 no better); :data:`LEDE_SIZE` 2 again
(0.613/0.853, later 0.480/0.795, 0.550/0.805, 0.547/0.779, F1 0.858: look-alike events
join); :data:`RARE_PER_ARTICLE` 8 (no link changes: the unscored must links share too
few keys, not only common ones); aliases for RNC, DNC, GOP and the Justice Department
(0.598/0.862, later unchanged, 0.511/0.815, 0.562/0.783; with Rep./Sen./Gov./Gen. as
titles, worse on both halves).
Issue 12's third round (alternate halves, scorer retrained on each: today 0.492/0.883 and
0.528/0.818, gold of 32 triplets 0.499/0.897, F1 0.892), dropped: a second
:data:`NEIGHBOUR_BONUS` for a pair whose neighbours before and after both link
(0.490/0.887, 0.528/0.818; 0.499/0.900; F1 0.850: look-alike events link more).
Issue 12's fourth round: WordNet senses as candidate keys, for the must links never scored
(a pair sharing a frequent sense of a lower-case content word, under the same rarity rule
as words, scored when it shares one word and its shared words plus the words of the
shorter matched only through a sense reach 3, or 2, or 4): over the 32 dev triplets 33
more pairs are scored and 4 reach "same", and no link changes on either half (with the
synonym feature of :mod:`evaluation.train_scorer`: 0.508/0.859, 0.562/0.828 every way).
Of the 176 must links no candidate holds, 25 share eight frequent senses or more, as do
1,046 other pairs: the unscored must links share too little of any kind.
Issue 12's fifth round (dev gold of 32 triplets with :mod:`quotes`: 0.527/0.881, 783 links,
449 must links missed), an error analysis before any change. The 93 wrong links (neither
must nor may): 34 grouped pairs sharing a name but telling another fact of the story (the
same person, another statement), 17 other grouped pairs, 14 joined only through a third
member of their group (no candidate pair of their own), 11 ``related`` groups, 9 also links
between two body sentences and 8 with a lede at one end; none between two quotations. Of
the 170 must links never scored, 22 share no content key at all, 44 only terms too common
to be candidates, 45 share one key (as do 5,313 other pairs) and 65 fall under
:data:`MIN_WORD_COSINE` (as do 3,643 other pairs): no second candidate source is in
sight. Looked at and left, each on the dev links: a pair between two linked neighbours
(before and after, on the diagonal) is a must link 2 times in 16 and, with one linked
neighbour, 49 in 1,098; a shared run of six words or more outside quotes adds 5 must links
for 14 others; numbers that clash inside links are rounding (10 must, 4 may, 2 wrong:
"$43,885,310" / "$43 million"), not a veto; a speaker clash ("X said" / "Y wrote") is
too rare and noisy to read (in links: 7 must, 6 may, 2 wrong).
Issue 12's sixth round, a learned context stage in place of the bonuses and
:data:`BEST_MARGIN` for ``same`` edges (today 0.527/0.881, alternate halves 0.515/0.859 and
0.568/0.805, blind later twenty 0.469/0.743, ECB+ F1 0.911), dropped: a logistic
regression (numpy Newton, L2 10) over each candidate's raw log-odds, its gaps to either
sentence's best log-odds in the other article, mutual/one-sided best, lede flags, relative
place gap, the diagonal neighbours' probabilities, quotation flags, lengths, rival counts,
a near-best flag and log-odds x near-best / x mutual-best, learnt from the gold's candidate
pairs (must 1, may out), "same" from 0.4, edges weighted by the higher of the old and new
probability. Scorer and context trained on one half, measured on the other: 0.523/0.855 and
0.568/0.824 (from 0.375: 0.521/0.856, 0.568/0.812; 0.425: 0.510/0.852, 0.564/0.824; without
the near-best terms 0.502/0.853, 0.562/0.822; learnt from out-of-fold scorer log-odds, as
unseen reports get them, 0.506/0.858, 0.560/0.822): a peak at one threshold on the first
half, no better trade. Shipped as the scorer is (first batch only, 1,328 pairs): dev
0.522/0.850, blind 0.458/0.744, ECB+ F1 0.840; from 0.5 dev
0.508/0.877, blind 0.448/0.764, F1 0.873. Two-report CPU unchanged (about 44 ms). A
stricter threshold loses must links and few wrong ones (linear terms only, from 0.5, 0.6,
0.7: 0.496/0.868, 0.490/0.861, 0.494/0.861 on the first half): most wrong links left
are likely made elsewhere (a group's third member, also links).
The same model as a veto on the hand-set ``same`` edges (an edge stays only from 0.2;
vetoed pairs may still be ``related``) was built and not shipped: halves 0.517/0.862 and
0.566/0.821, dev 0.531/0.880, blind 0.474/0.748, ECB+ 0.911, seeds unchanged, a few links
each way for a second learnt model and 600 lines, with 0.2 chosen partly on the blind
figures (0.15: dev 0.525/0.880, blind 0.466/0.742; 0.25: half two 0.555/0.828).
Issue 12's seventh round, word vectors (GloVe, see :mod:`evaluation.train_scorer`) as a second
candidate source, dropped: pairs whose IDF-weighted mean vectors of lower-case content
words have a cosine from a threshold, whatever keys they share. Of the must links no
candidate holds (82 and 94 on the two halves), a cosine from 0.6 holds 8 and 11, with 584
and 585 other pairs (from 0.5: 22 and 34, with 2,049 and 2,200); from 0.75 the pairs added
are already candidates or not must (24 new pairs on half two, none must, none reaching
"same"; with the soft-coverage feature, by halves 0.515/0.853 and 0.566/0.824 against
0.515/0.857 and 0.566/0.828 for the feature alone). The unscored
must links are no nearer in meaning than the story's other sentences.
Issue 12's eighth round (alternate halves today 0.515/0.859 and 0.568/0.805, dev 0.527/0.881),
clause-level scoring, dropped: the longer sentence of each candidate pair (8 content keys
or more, the other at most 0.7 of them) cut at ``;``, ``:``, dashes, quotation marks,
"but"/"while"/"saying"/"because" and a comma before "and"/"which"/"who"/"as"/...; each
clause of 3 keys or more scored against the shorter sentence, the pair taking the best
clause's log-odds less a penalty when higher (split and merged facts: 7 of 25 missed must
links looked at by hand). Penalty 0.5: 0.527/0.798, 0.587/0.788; 1.0: 0.521/0.827,
0.581/0.799 (dev 0.539/0.874, ECB+ F1 0.911, seeds unchanged); 1.5: 0.525/0.836,
0.572/0.807: half the links it adds are wrong, mostly through a group's third member.
Fed to also links only (:mod:`also`), 1.0: 0.521/0.852, 0.579/0.808; 2.0: 0.519/0.858,
0.570/0.806; one also link per clause instead of per sentence, no must link more; on top
of the shipped mutual-best also links, 2.0: 0.525/0.860, 0.579/0.808 against 0.523/0.862,
0.577/0.807 without.
Issue 12's ninth round (alternate halves today 0.523/0.862 and 0.575/0.807, dev 0.535/0.880,
later twenty as shipped 0.486/0.904, crossfit 0.496/0.856, ECB+ F1 0.911), the 170 must
links never scored, read by hand (30 of them): about 18 tell one fact in other words ("I
sincerely apologize" / "issued a formal apology"), mostly sharing a name and one content
word; the rest are a lede summing up a body sentence, a quote against its report, or one
topic told as two facts; one number told rounded ("$14,959,450" / "nearly $15 million"), no
name spelt two ways. Scored, none reaches "related" (the highest 0.148; 51 from 0.05), and
only one pair of first sentences would get :data:`LEDE_BONUS`. Dropped: every pair of
sentences among the first three prose sentences of two articles as a candidate (17 of the
170): 0.515/0.831, 0.577/0.763, dev 0.534/0.848, later 0.485/0.870 (crossfit
0.491/0.827), F1 0.909: the scorer lets in only look-alike openings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from comparer.align.features import SentenceSet, pair_features
from comparer.align.scorer import model, score_pairs
from comparer.align.sparse import Floats, Ints, candidate_pairs, shared_terms

# The TF-IDF cosine (word and character mean) from which a split reading is considered.
REWORDED_THRESHOLD = 0.47
# Content keys a pair must share to be scored: two, or half the shorter sentence's. A short
# quote ("Wait until when?", "It's very unfair.") shares one rare word and is still the
# same quote; a long pair sharing one word is not worth scoring (allowing one key for every
# pair found the same links, scoring a fifth more pairs). Held out on the dev gold, two
# keys alone: must recall 0.554 at link precision 0.857; with short pairs: 0.563 at 0.853.
MIN_SHARED = 2
SHORT_SHARE = 0.5
# An edge must score within this (log-odds) of the best the sentence has in that article.
BEST_MARGIN = 0.8
# A split is only believed when the joined pair beats either half by this much (cosine).
SPLIT_GAIN = 0.08
# Context, in log-odds: both sentences open their article (the first prose sentences get
# LEDE_BONUS, others among the first LEDE_SIZE half: a lede is often told in two); a
# neighbouring pair links too. Chosen on the dev
# gold with the scorer trained on one half of it and measured on the other, both ways.
# (LEDE_SIZE 2 found 3 points more must links there, but the second sentence of one
# opening then leaves a later fact it states better: it lost the seeds' rule-of-law pair.)
LEDE_BONUS = 2.0
LEDE_SIZE = 1
LEDE_MIN_WORDS = 6
_SENTENCE_ENDS = frozenset('.!?"”’)')
# Held out, 0.5 -> 0.75 found 0.560 -> 0.563 of the must links at the same precision; 1.0
# found 0.576 at 0.821 but lifts partial facts next to a reworded pair to "reworded".
NEIGHBOUR_BONUS = 0.75
# Below this word cosine a pair is not scored: on the dev gold 94% of must links pass it,
# and the rest never reached the "same" threshold; it halves the pairs to score.
MIN_WORD_COSINE = 0.1
# Terms in more sentences than this (per article compared) do not make candidates
# (held out on the dev gold, 3 -> 5: must recall 0.563 either way, link precision
# 0.846 -> 0.853).
RARE_PER_ARTICLE = 5
# ... and never more than this: a term in more sentences is common in any set of reports,
# and its pairs (quadratic in its count) would dominate the work at 50 reports.
MAX_DF = 40


@dataclass(frozen=True, slots=True)
class Layout:
    """Where each article's sentences sit in the flat list of all sentences."""

    offsets: tuple[int, ...]

    @property
    def size(self) -> int:
        """How many sentences there are in all."""
        return self.offsets[-1]

    def article_of(self) -> NDArray[np.intp]:
        """For each flat sentence, the position of its article."""
        counts = np.diff(np.array(self.offsets))
        return np.repeat(np.arange(len(counts)), counts)

    def position(self) -> NDArray[np.intp]:
        """For each flat sentence, its index inside its article."""
        starts = np.array(self.offsets[:-1])
        position: NDArray[np.intp] = np.arange(self.size) - starts[self.article_of()]
        return position

    def flat(self, article: int, sentence: int) -> int:
        """The flat index of one article's sentence."""
        return self.offsets[article] + sentence


@dataclass(frozen=True, slots=True)
class Constraint:
    """A user decision on two flat sentence indices."""

    left: int
    right: int
    linked: bool


Edge = tuple[int, int, float]


@dataclass(frozen=True, slots=True)
class Candidates:
    """Scored candidate pairs (``left < right``), with their log-odds after context."""

    left: Ints
    right: Ints
    logit: Floats
    features: NDArray[np.float64]  # each pair's row of features, as the scorer read it

    @property
    def word(self) -> Floats:
        """Each pair's word cosine (the first feature): the splits reuse it."""
        return self.features[:, 0]

    @property
    def char(self) -> Floats:
        """Each pair's character cosine (the second feature)."""
        return self.features[:, 1]

    def probability(self) -> Floats:
        """The context-adjusted probability of each pair."""
        p: Floats = 1 / (1 + np.exp(-self.logit))
        return p

    def scores(self, sentences: SentenceSet, left: Ints, right: Ints) -> Floats:
        """``score_pairs(sentences, left, right)``, bit for bit, without computing again
        the features of pairs that are all candidates (the quotation rule's usually are).

        A pair's row of features depends on that pair alone, so its stored row is the row
        :func:`score_pairs` would compute; the rows go through the model together, as
        there, because the matrix product can round a row otherwise in a batch of another
        size. One pair that is not a candidate and every pair is scored anew.
        """
        at = self._positions(left, right)
        if not len(left) or (at < 0).any():
            return score_pairs(sentences, left, right)
        return model().probabilities(self.features[at])

    def _positions(self, left: Ints, right: Ints) -> Ints:
        """Where each pair ``(left[n], right[n])`` stands among the candidates, or -1."""
        if not len(self.left):
            return np.full(len(left), -1, dtype=np.int64)
        width = int(max(self.right.max(), right.max(initial=0))) + 1
        keys = self.left * width + self.right
        order = np.argsort(keys)
        ranked, sought = keys[order], left * width + right
        found = np.minimum(np.searchsorted(ranked, sought), len(ranked) - 1)
        at: Ints = np.where(ranked[found] == sought, order[found], -1)
        return at


def lede_ranks(texts: Sequence[str], layout: Layout) -> Ints:
    """Each sentence's rank among its article's prose sentences (-1 for the others).

    A prose sentence ends like one and has a few words: headlines, datelines, bylines and
    page furniture left in the text do not, so the lede is found behind them.
    """
    ranks = np.full(layout.size, -1, dtype=np.int64)
    for lo, hi in zip(layout.offsets, layout.offsets[1:], strict=False):
        rank = 0
        for n in range(lo, hi):
            if _is_prose(texts[n]):
                ranks[n], rank = rank, rank + 1
    return ranks


def _is_prose(text: str) -> bool:
    stripped = text.rstrip()
    return len(stripped.split()) >= LEDE_MIN_WORDS and stripped[-1:] in _SENTENCE_ENDS


def candidates(sentences: SentenceSet, layout: Layout, ledes: Ints | None = None) -> Candidates:
    """Pairs sharing a rare term and enough content keys (:data:`MIN_SHARED`), scored."""
    owner = layout.article_of().astype(np.int64)
    max_df = min(max(RARE_PER_ARTICLE * (len(layout.offsets) - 1), 4), MAX_DF)
    left, right = candidate_pairs(sentences.word, owner, max_df)
    words = shared_terms(sentences.word, left, right)
    shared, cosine = words.products(sentences.word.weights)
    lengths = sentences.word.lengths()
    shorter = np.minimum(lengths[left], lengths[right])
    enough = (shared >= MIN_SHARED) | (shared >= SHORT_SHARE * shorter)
    keep = enough & (cosine >= MIN_WORD_COSINE)
    left, right = left[keep], right[keep]
    x = pair_features(sentences, left, right, words.subset(keep))
    p = np.clip(model().probabilities(x), 1e-6, 1 - 1e-6)
    ranks = layout.position() if ledes is None else ledes
    logit = np.log(p / (1 - p)) + _context(left, right, p, layout, ranks)
    return Candidates(left, right, logit, x)


def _context(left: Ints, right: Ints, p: Floats, layout: Layout, ranks: Ints) -> Floats:
    """Log-odds added for ledes and for pairs whose neighbours match too."""
    lede = (ranks >= 0) & (ranks < LEDE_SIZE)
    # Two first sentences get the whole bonus; a pair further into the opening, half.
    first = (ranks[left] == 0) & (ranks[right] == 0)
    bonus = np.where(lede[left] & lede[right], np.where(first, 1.0, 0.5) * LEDE_BONUS, 0.0)
    n = layout.size
    strong = (left * n + right)[p >= model().same]
    near = np.isin((left - 1) * n + right - 1, strong) | np.isin((left + 1) * n + right + 1, strong)
    result: Floats = bonus + NEIGHBOUR_BONUS * near.astype(np.float64)
    return result


def _logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


def edges_of(
    c: Candidates, best: tuple[Floats, Floats], constraints: Sequence[Constraint]
) -> tuple[list[Edge], list[Edge]]:
    """``same`` edges (user links included) and ``related`` edges from scored candidates,
    ``best`` being their sentences' best log-odds (:func:`best_logits`)."""
    decided = {(x.left, x.right) for x in constraints}
    free = np.ones(len(c.left), dtype=np.bool_)
    if decided:  # the user's own links and unlinks: most comparisons have none
        pairs = zip(c.left.tolist(), c.right.tolist(), strict=True)
        free = np.array([(i, j) not in decided for i, j in pairs], dtype=np.bool_)
    best_l, best_r = best
    same = free & near_best(c, best) & (c.logit >= _logit(model().same))
    # A related edge is the best match of one of its two sentences (held out on the dev gold,
    # asking it of both found 3 fewer must links per half for 2 points of link precision).
    at_best = (c.logit >= best_l) | (c.logit >= best_r)
    related = free & ~same & at_best & (c.logit >= _logit(model().related))
    p = c.probability()
    return _listed(c, p, same), _listed(c, p, related)


def _listed(c: Candidates, p: Floats, mask: NDArray[np.bool_]) -> list[Edge]:
    rows = np.flatnonzero(mask)
    return [(int(c.left[n]), int(c.right[n]), float(p[n])) for n in rows]


def near_best(c: Candidates, best: tuple[Floats, Floats]) -> NDArray[np.bool_]:
    """The pairs within :data:`BEST_MARGIN` of the best match one of their two sentences has
    in the other article (``best`` from :func:`best_logits`)."""
    best_l, best_r = best
    near: NDArray[np.bool_] = (c.logit >= best_l - BEST_MARGIN) | (c.logit >= best_r - BEST_MARGIN)
    return near


def mutual_best(c: Candidates, best: tuple[Floats, Floats]) -> NDArray[np.bool_]:
    """The pairs that are the best match each of their two sentences has in the other's
    article (``best`` from :func:`best_logits`)."""
    best_l, best_r = best
    mutual: NDArray[np.bool_] = (c.logit >= best_l) & (c.logit >= best_r)
    return mutual


def best_logits(c: Candidates, layout: Layout) -> tuple[Floats, Floats]:
    """For each pair, the best log-odds its left (right) sentence has in the other article."""
    owner = layout.article_of()
    articles = len(layout.offsets) - 1
    key_l = c.left * articles + owner[c.right]
    key_r = c.right * articles + owner[c.left]
    best = np.full(layout.size * articles, -np.inf)
    np.maximum.at(best, key_l, c.logit)
    np.maximum.at(best, key_r, c.logit)
    return best[key_l], best[key_r]


def forced_edges(sentences: SentenceSet, constraints: Sequence[Constraint]) -> list[Edge]:
    """The user's links, scored for display."""
    linked = [x for x in constraints if x.linked]
    left = np.array([x.left for x in linked], dtype=np.int64)
    right = np.array([x.right for x in linked], dtype=np.int64)
    p = score_pairs(sentences, left, right)
    return [(x.left, x.right, float(s)) for x, s in zip(linked, p, strict=True)]
