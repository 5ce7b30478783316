"""Decide which articles report the same real-world event, and expose the grouping.

Each article gets a signature: the event date (:mod:`dates`), the places it names, the
figures it gives and its content words with names and numbers weighted up. Two articles
score by the TF-IDF cosine of their content plus the overlap of places and figures;
sentences that are word-for-word shared background (an outlet's boilerplate, wire copy
found as ``identical`` groups, unless they make up most of the article) are left out
so they cannot make two events one. Dates that are known and far apart veto a match
(unless they are within a week and the reports share facts: see :data:`SHARED_FACTS`).
Articles are then clustered by average linkage: a cluster joins another when their mean
score passes :data:`EVENT_THRESHOLD`; then a fragment of one or two reports left apart
joins the bigger event it is closest to (:func:`attach_fragments`). Two articles whose
sentences the aligner links (the same facts, told twice) score higher: see
:func:`linked_share`. The user's decisions have the last word (:mod:`.event_decisions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import count

import numpy as np

from comparer.align.dates import event_date
from comparer.align.event_decisions import decided
from comparer.align.normalise import Token, is_number_key, place_keys, tokenise
from comparer.align.place_names import is_doubtful_spelling, is_real_place
from comparer.align.prepared import PreparedArticle
from comparer.align.similarity import Matrix, Vocabulary
from comparer.dates import MONTHS, WEEKDAYS
from comparer.model import AlignmentGroup, Event, EventDecision, Relation

# Set on the development split of ECB+ (python -m evaluation); see docs/json-format.md.
EVENT_THRESHOLD = 0.25
# Reports of one event share facts: the share of sentences the aligner links (same
# strength, not identical background) adds this much, counted up to LINK_CAP. Set on the
# ECB+ development split together with the threshold, in the middle of a plateau (every
# neighbour of 0.25 / 0.5 / 0.4 on a 0.01 / 0.1 / 0.1 grid scores F1 0.871 or more):
# shared facts outweigh shared vocabulary a little more. With this aligner, the former
# 0.22 / 0.3 / 0.5 scored F1 0.859 (precision 0.87, recall 0.85); these 0.892 (0.92, 0.87).
# Counting only groups whose score reaches 0.45 / 0.55 / 0.65, so that weak partial links
# of look-alike events weigh nothing, lost: F1 0.891 / 0.885 / 0.859 and BASIL triplets
# kept as one event 0.929 -> 0.905 / 0.881 / 0.833 (weak links are mostly same-event).
LINK_WEIGHT = 0.5
LINK_CAP = 0.4
MAX_DAYS_APART = 3
# An event's date is read from the text ("on Monday"), and one report's background can
# misdate it by days: reports whose event dates lie within a week of each other and
# that share this much of their facts (aligned sentences, see linked_share) may still
# be one event. On BASIL, whose triplets each report one event, the strict rule split 9
# of 42 triplets (dates 4 to 7 days apart); this leaves none split by dates. ECB+ dev
# F1 0.891 -> 0.892. Dates further apart always veto (the seeds' strikes: 26+ days).
MAX_DAYS_SHARED = 7
SHARED_FACTS = 0.1
# A report tells its event first (the inverted pyramid: headline and lede say who did
# what, where, when), then background, reactions and its own angle, where reports of one
# event part ways (BASIL's split triplets: a profile, a next day's follow-up). So its first
# units, headline first (ECB+'s texts open with address, headline, dateline), weigh more.
# With ECB+ F1 half_a / half_b, BASIL triplets kept whole and evaluation.ecbplus_small
# apart half_a / half_b (before: 0.923 / 0.894, 0.929, 0.500 / 0.563): 4 units at 2, 3, 4
# read 0.923 / 0.895, 0.952, 0.519 / 0.583; 0.923 / 0.894, 0.976, 0.538 / 0.604; 0.935 /
# 0.894, 0.976, 0.519 / 0.646 (whole kept at 0.824 / 0.978). 3 units at 3 read 0.920 /
# 0.902 (whole half_a 0.804), 5 at 3 0.923 / 0.885 (precision half_b 0.866 -> 0.857), 6 at
# 3 0.921 / 0.894.
LEDE_UNITS = 4
LEDE_WEIGHT = 3.0
# Names and figures tell one event from a look-alike; common words only say the topic.
SPECIFIC_WEIGHT = 5.0
# A pair the dates rule out: no cluster may hold both.
VETO = -1.0
# Average linkage leaves a report or two of an event apart when they told it with fewer of
# its names and facts (a short report, another angle): every pair of a big event must
# average the threshold, so the weaker reports are left behind as fragments. A fragment of
# at most FRAGMENT_SIZE reports then joins the event of more reports it scores best with,
# if that mean reaches FRAGMENT_THRESHOLD. Two or three reports never form such an event,
# so they are grouped as before. Chosen on the alternate halves of the ECB+ dev topics
# (python -m evaluation --only ecbplus): F1 half_a 0.905 -> 0.923, half_b 0.874 -> 0.894;
# from 0.1 to 0.2 half_a reads 0.927 to 0.921 and half_b 0.894 throughout (0.0: 0.920 and
# 0.888); fragments of one report only gain less (half_a 0.910 to 0.913, half_b 0.894),
# of three lose precision below 0.1; fragments joining events of one or two reports too
# (which would join two unrelated reports at 0.15) read 0.932 / 0.894. Fragments sized
# against their event (a quarter of it or less, then a third, a half) gain no more: 0.923
# / 0.894, then 0.913 / 0.894 and 0.870 / 0.894 at 0.15. Split by the topic number's
# parity instead, the rule reads even 0.906 -> 0.924, odd 0.870 -> 0.892.
FRAGMENT_SIZE = 2
FRAGMENT_THRESHOLD = 0.15
# Measured with fragments joining and dropped (ECB+ F1 half_a / half_b, as above: 0.923 /
# 0.894). The date vetoes split one event in four dev topics (a page's "downloaded on"
# date, a follow-up weeks later): a week's grace of 10 or 14 days instead of 7 reads 0.923
# / 0.902, 31 days 0.927 / 0.902, and no veto where the reports share a fifth of their
# facts 0.924 / 0.918: gains on one half only, and the seeds' strikes are 26+ days apart.
# EVENT_THRESHOLD, LINK_WEIGHT and LINK_CAP re-swept (0.22 to 0.3, 0.4 to 0.7, 0.4 or
# 0.6): the halves disagree (0.3 / 0.5 / 0.6 reads 0.928 / 0.909, 0.3 / 0.4 / 0.4 0.881 /
# 0.950), each cliff being one topic's two look-alike events merged whole; nor do the
# weights of _combine (cosine 0.5 to 0.7, places 0.2 to 0.3, figures 0.1 to 0.2) gain
# more than noise (the best, 0.6 / 0.3 / 0.1, reads 0.925 / 0.895; 0.7 / 0.2 / 0.1 merges
# a topic: 0.923 / 0.845). Most ECB+ reports have no date the engine
# reads ("December 15th , 2008": the corpus is tokenised), so dates rarely part look-alikes.
# Also dropped, measured with evaluation.ecbplus_small (three reports of one event kept
# whole, half_a / half_b 0.824 / 0.978; a pair and a look-alike kept apart 0.500 / 0.563)
# and BASIL triplets kept whole (0.929): a lone report joining an event of two (fragments
# joining any bigger event) keeps BASIL whole (1.0), whole 0.882 / 0.978, but joins
# look-alikes: apart 0.346 / 0.271. "Mr."/"Ms." (one outlet's style on second reference,
# weighed as names) left out of the signature: BASIL 0.952, ECB+ and whole unchanged, but
# apart 0.481 / 0.563.
_PLACE_WORDS = frozenset({"in", "near", "at", "village", "town", "city", "province", "from"})
_SCORING_NOT_PLACES = frozenset(MONTHS + WEEKDAYS)
_NOT_PLACES = frozenset(
    (*MONTHS, *WEEKDAYS, "sen", "rep", "gov", "president", "police", "federal", "state",
     "national", "the", "court")
)  # fmt: skip
# The shape of a place's name: words of letters, joined by a space, a hyphen or a dot.
_PLACE_SHAPE = re.compile(r"[^\W\d_]+(?:(?:\. ?|[ \-‐‑])[^\W\d_]+)*\.?")


@dataclass(frozen=True, slots=True)
class Signature:
    """What identifies the event an article reports."""

    date: date | None
    places: dict[str, str]
    figures: frozenset[str]
    terms: tuple[str, ...]
    weights: tuple[float, ...]
    named: dict[str, str] = field(default_factory=dict)
    """The places shown to the reader: :func:`_place`'s stricter reading of ``places``."""


def signature(p: PreparedArticle, skip: frozenset[int] = frozenset()) -> Signature:
    """The signature of one article, ignoring the sentences in ``skip``.

    The headline is read with the text: it names the event the report is about, and the
    importer keeps it out of the text as the title (a corpus whose headline stays in the
    text, as ECB+'s does, is read the same way), but not for places: in a title-case
    headline every word looks like a name ("in Surprise Retreat"). The first
    :data:`LEDE_UNITS` units read, the headline first, weigh :data:`LEDE_WEIGHT` times.
    """
    places: dict[str, str] = {}
    named: dict[str, str] = {}
    figures: set[str] = set()
    terms: list[str] = []
    weights: list[float] = []
    title = p.article.meta.title
    told = [(title, tuple(tokenise(title)))] if title.strip() else []
    headed = len(told)
    told += [(p.article.text, t) for i, t in enumerate(p.tokens) if i not in skip]
    for n, (text, tokens) in enumerate(told):
        scale = LEDE_WEIGHT if n < LEDE_UNITS else 1.0
        for k, t in enumerate(tokens):
            if not t.content or not t.key:
                continue
            if t.name and n >= headed:  # only names are places; not in title case
                _add_places(text, tokens, k, places, named)
            number = is_number_key(t.key)
            if number and not _is_year(t.key):
                figures.add(t.key)
            terms.append(t.key)
            weights.append(scale * (SPECIFIC_WEIGHT if t.name or number else 1.0))
    return Signature(
        event_date(p.article), places, frozenset(figures), tuple(terms), tuple(weights), named
    )


def _add_places(
    text: str, tokens: Sequence[Token], k: int, places: dict[str, str], named: dict[str, str]
) -> None:
    """Note the place token ``k`` names for scoring (``places``) and for showing (``named``)."""
    t = tokens[k]
    shown = text[t.start : t.end]
    if _is_place(tokens, k, shown):
        places.setdefault(t.key, shown)
    place = _place(text, tokens, k)
    if place is not None:
        named.setdefault(*place)


def _is_place(tokens: Sequence[Token], k: int, shown: str) -> bool:
    """For scoring: a known place, or a name right after "in", "near"... (not a month).

    Loose on purpose: a shared name after "in" is evidence of one event even when it is
    no place, and tightening it lowered event F1 on ECB+ (0.80 to 0.78).
    """
    t = tokens[k]
    if not t.name or shown.lower() in _SCORING_NOT_PLACES:
        return False
    return t.key in place_keys() or (k > 0 and tokens[k - 1].key in _PLACE_WORDS)


def _place(text: str, tokens: Sequence[Token], k: int) -> tuple[str, str] | None:
    """The key and words of a place starting at token ``k``, if one does.

    A known place, or a capitalised name right after "in", "near", "village"... taken
    whole ("North Carolina", not "North"; "Tal al-Shaer" and "Al Duwaiji" with their Arabic
    article) that :func:`is_real_place` accepts ("in Congress", "near Obama" are not);
    never a month, weekday ("Friday's") or title ("Sen", "Police").
    """
    t = tokens[k]
    if not t.name:  # most words: no need to read the name's extent
        return None
    led = _article_led(text, tokens, k)
    follows = k > led and tokens[k - led - 1].key in _PLACE_WORDS
    known = t.key in place_keys()
    if not (follows or known):  # most names: neither after "in"... nor a known place
        return None
    end = _name_end(text, tokens, k)
    first = text[t.start : t.end].removesuffix("'s").removesuffix("’s").lower()
    begin = tokens[k - led].start
    shown = text[begin : tokens[end].end].removesuffix("'s").removesuffix("’s")
    if not shown[:1].isupper() or first in _NOT_PLACES:
        return None
    compound = any(not tok.key for tok in tokens[k - led : end + 1])  # not just "Tal"
    if known and not (follows and compound):
        word = text[t.start : t.end]
        return None if is_doubtful_spelling(word, follows) else (t.key, word)
    if (
        not follows
        or len(shown) < 3
        or not _PLACE_SHAPE.fullmatch(shown)
        or not is_real_place(shown, text, tokens[end].end)
    ):
        return None
    return " ".join(tok.key for tok in tokens[k : end + 1] if tok.key), shown


def _article_led(text: str, tokens: Sequence[Token], k: int) -> int:
    """1 when a capitalised Arabic article opens the name at ``k`` ("Al Duwaiji"), else 0."""
    if k == 0:
        return 0
    before = tokens[k - 1]
    return 1 if not before.key and not before.name and text[before.start].isupper() else 0


def _name_end(text: str, tokens: Sequence[Token], k: int) -> int:
    """The last token of the name starting at ``k``: up to four words, through an Arabic
    article between two of them ("Tal al-Shaer", "Dayr al-Zawr"), never across a comma
    or a sentence's end ("Hope, Arkansas" is two names; "St. Louis" is one), never onto a
    weekday or month."""
    end = k
    while end - k < 3:
        step = 1 if _name_follows(text, tokens, end) else _particle_step(tokens, end)
        if not step:
            return end
        end += step
    return end


def _name_follows(text: str, tokens: Sequence[Token], end: int) -> bool:
    """Whether a name follows token ``end`` in the same phrase: after a space, or after
    an abbreviation's dot ("St. Louis")."""
    if end + 1 >= len(tokens) or not tokens[end + 1].name:
        return False
    if text[tokens[end + 1].start : tokens[end + 1].end].lower() in _SCORING_NOT_PLACES:
        return False  # a headline's "in Evanston Monday"
    gap = text[tokens[end].end : tokens[end + 1].start]
    short = tokens[end].end - tokens[end].start <= 2
    return not gap.strip() or (short and gap.strip() == ".")


def _particle_step(tokens: Sequence[Token], end: int) -> int:
    """2 when a particle and then a name follow token ``end``, else 0."""
    if end + 2 >= len(tokens):
        return 0
    particle, name = tokens[end + 1], tokens[end + 2]
    return 2 if not particle.key and not particle.name and name.name and name.key else 0


def _is_year(key: str) -> bool:
    return len(key) == 4 and key.isdigit() and 1900 <= int(key) <= 2100


def _jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def pair_scores(sigs: Sequence[Signature]) -> Matrix:
    """Same-event scores in [0, 1] between every two articles, dates aside."""
    docs = [s.terms for s in sigs]
    vocab = Vocabulary.fit(docs)
    rows = vocab.transform(docs, [s.weights for s in sigs])
    # Not ``rows @ rows.T``: for a product this small, OpenBLAS wakes its threads, which
    # spin for ~40 ms of CPU on a loaded machine (at 20 reports) to do microseconds of work.
    scores: Matrix = np.einsum("ik,jk->ij", rows, rows)
    n = len(sigs)
    for i in range(n):
        for j in range(n):
            scores[i, j] = _combine(float(scores[i, j]), sigs[i], sigs[j])
    return scores


def _days_apart(sigs: Sequence[Signature]) -> Matrix:
    """Days between every two articles' event dates (NaN where one is unknown, so that
    every comparison with it is false)."""
    days = np.array([s.date.toordinal() if s.date else np.nan for s in sigs], dtype=np.float32)
    apart: Matrix = np.abs(days[:, None] - days[None, :])
    return apart


def _combine(cosine: float, a: Signature, b: Signature) -> float:
    places = _jaccard(set(a.places), set(b.places))
    figures = _jaccard(a.figures, b.figures)
    return 0.6 * cosine + 0.25 * places + 0.15 * figures


def clusters(scores: Matrix, threshold: float = EVENT_THRESHOLD) -> list[list[int]]:
    """Average-linkage clusters of articles, in order of their first article.

    A merge changes only the links of the merged cluster, so every other pair's mean and
    minimum are kept from the round before (computed exactly as before, so the same pair
    wins): a hundred reports cost a few thousand block means, not hundreds of thousands.
    """
    groups = [[i] for i in range(scores.shape[0])]
    names = list(range(len(groups)))  # a new name for each merged cluster keys the cache
    fresh = count(len(groups))
    linkage: dict[tuple[int, int], tuple[float, float]] = {}
    while len(groups) > 1:
        best, pair = threshold, None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                key = names[x], names[y]
                if key not in linkage:
                    block = scores[np.ix_(groups[x], groups[y])]
                    linkage[key] = float(np.mean(block)), float(block.min())
                mean, low = linkage[key]
                if mean >= best and low > VETO:
                    best, pair = mean, (x, y)
        if pair is None:
            break
        x, y = pair
        groups[x] = sorted(groups[x] + groups.pop(y))
        names.pop(y)
        names[x] = next(fresh)
    return sorted(groups)


def attach_fragments(scores: Matrix, groups: list[list[int]]) -> list[list[int]]:
    """``groups`` after each fragment (:data:`FRAGMENT_SIZE`) joins its best bigger event.

    The best pair of all goes first, as in :func:`clusters`; a vetoed pair is never joined.
    """
    groups = [list(g) for g in groups]
    while True:
        best, pair = FRAGMENT_THRESHOLD, None
        for x, small in enumerate(groups):
            if len(small) > FRAGMENT_SIZE:
                continue
            for y, big in enumerate(groups):
                if len(big) <= FRAGMENT_SIZE:
                    continue
                block = scores[np.ix_(small, big)]
                mean = float(np.mean(block))
                if mean >= best and float(block.min()) > VETO:
                    best, pair = mean, (x, y)
        if pair is None:
            return sorted(groups)
        x, y = pair
        groups[y] = sorted(groups[y] + groups[x])
        groups.pop(x)


def shared_background(
    prepared: Sequence[PreparedArticle], groups: Sequence[AlignmentGroup]
) -> dict[str, frozenset[int]]:
    """Per article key, the sentences of ``identical`` groups: shared background.

    An article that is mostly shared text keeps it all: that is wire copy, not background.
    """
    skip: dict[str, set[int]] = {p.key: set() for p in prepared}
    for g in groups:
        if g.relation is Relation.IDENTICAL:
            for m in g.members:
                skip[m.article].update(m.sentences)
    sizes = {p.key: len(p.bags) for p in prepared}
    # Mostly shared text is wire copy of one story, not background: keep it as evidence.
    return {k: frozenset(v) if len(v) * 2 <= sizes[k] else frozenset() for k, v in skip.items()}


def linked_share(prepared: Sequence[PreparedArticle], groups: Sequence[AlignmentGroup]) -> Matrix:
    """For two articles, the groups joining them over the shorter one's sentence count."""
    position = {p.key: n for n, p in enumerate(prepared)}
    links = np.zeros((len(prepared), len(prepared)), dtype=np.float32)
    for g in groups:
        if g.relation in (Relation.IDENTICAL, Relation.RELATED):
            continue
        inside = sorted({position[m.article] for m in g.members})
        for a in inside:
            for b in inside:
                links[a, b] += a != b
    sizes = np.array([max(len(p.bags), 1) for p in prepared], dtype=np.float32)
    share: Matrix = (links / np.minimum(sizes[:, None], sizes[None, :])).astype(np.float32)
    return share


def find_events(
    prepared: Sequence[PreparedArticle],
    groups: Sequence[AlignmentGroup] = (),
    decisions: Sequence[EventDecision] = (),
) -> tuple[Event, ...]:
    """Group the articles into events E1, E2, ... (every article belongs to one); the
    user's ``decisions`` override the grouping (:mod:`comparer.align.event_decisions`)."""
    skip = shared_background(prepared, groups)
    sigs = [signature(p, skip[p.key]) for p in prepared]
    base = pair_scores(sigs)
    share = linked_share(prepared, groups)
    bonus = LINK_WEIGHT * np.minimum(share, LINK_CAP)
    days = _days_apart(sigs)
    vetoed = (days > MAX_DAYS_SHARED) | ((days > MAX_DAYS_APART) & (share < SHARED_FACTS))
    scores: Matrix = np.where(vetoed, VETO, base + bonus).astype(np.float32)
    events = []
    found = attach_fragments(scores, clusters(scores))
    position = {p.key: n for n, p in enumerate(prepared)}
    for n, members in enumerate(decided(found, decisions, position), 1):
        dates = sorted(d for d in (sigs[i].date for i in members) if d is not None)
        places: dict[str, str] = {}
        for i in members:
            for key, shown in sigs[i].named.items():
                places.setdefault(key, shown)
        keys = tuple(prepared[i].key for i in members)
        events.append(Event(f"E{n}", keys, dates[0] if dates else None, tuple(places.values())))
    return tuple(events)
