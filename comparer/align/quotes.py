"""Quotations two reports both carry: a shared run of quoted words makes a ``same`` edge.

Two outlets quoting one speaker use the same words inside quotation marks, even when they
cut the quotation at other places or the sentences around it differ ("I feel very badly
for Gen. Flynn," Trump told reporters... / "I feel badly for General Flynn," Mr. Trump
said). A pair of sentences of different articles whose quoted spans share a run of
:data:`QUOTE_RUN` words (in lower case, apostrophes dropped: the words are quoted, so they
match letter for letter) is linked as the same fact, whatever the scorer says of the whole
sentences.
Each mark opens or closes by the characters around it: after the start, a space, a colon, a
dash or an open bracket and before a letter it opens; after a letter or punctuation and
before a space, punctuation or the end it closes; only when its neighbours say neither does
the glyph decide (“ opens, ” closes, a straight mark turns the state over). So a sentence
whose first mark closes (the quote began in the sentence before) is read as quoted from its
start, and one that opens a quotation and never closes it, to its end. Single quotes are not
marks: they cannot be told from apostrophes ("don't", "the Smiths' house"), and a quotation
nested in single quotes lies inside its double-quoted one anyway.
Reading marks by their context (mend2) changed the quoted words of 15 of the 2,324 dev gold
sentences and no dev gold link (0.527/0.881 before and after); it stops a shared attribution
before two different quotations from passing for a shared quotation.

Measured (must recall / link precision; dev gold of 32 triplets, then the alternate
halves with the scorer retrained on the other half): without it 0.522/0.881, 0.510/0.860,
0.562/0.804; runs of 5 words (shipped) 0.527/0.881, 0.515/0.859, 0.568/0.805; of 6,
0.524/0.882, 0.515/0.861, 0.562/0.804; of 4, 0.528/0.874, 0.515/0.851, 0.568/0.804. ECB+
same-event F1 stays 0.911 (event grouping reads the groups, and ECB+ leads seldom quote).
Before it, 116 of the 120 must links quoting six words alike were already linked: the
quotes the aligner misses are cut or reworded ("I feel very badly for Gen. Flynn" /
"I feel badly for General Flynn"), which no run of words catches. Of the dev pairs sharing
a quoted run of 5 words that were not linked, 10 are must links, 5 may and 12 neither; the
rule adds 5 must links, 2 may and 1 wrong ("I don't think I can ...", a stock phrase).
Dropped: also linking a pair when a quoted span of one holds nine tenths (or all) of the
distinct words of a span of the other of four words or more ("I went too far." / "I went
way too far,"; no link changed: those pairs' sentences already sit in other groups), or
eight tenths (0.527/0.876, 0.515/0.855, 0.566/0.802); making the quote pairs the group
rules refuse also links (:mod:`also`; 0.528/0.866, 0.515/0.832, 0.570/0.807: of 18 such
links, 1 must). Nor is there a quotation rule to take links away: of the links between two
sentences mostly inside quotation marks whose quoted words barely overlap (under 0.4 of the
shorter's), 2 are must, 19 may (another quote of the same speaker) and none wrong.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from comparer.align.aligner import Candidates, Edge, Layout
from comparer.align.features import SentenceSet
from comparer.align.groups import GLUE

# Words in a row, all inside quotation marks in both sentences.
QUOTE_RUN = 5
_MARKS = re.compile(r'([“”"])')
_WORD = re.compile(r"\w+")
# What a mark that opens may follow (besides a space), and what a mark that closes may precede.
_OPEN_AFTER = ":-–—([{"
_CLOSE_BEFORE = ".,;:!?)]}-–—…"


def quoted_runs(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of :data:`QUOTE_RUN` lower-case words inside quotation marks in ``text``."""
    if not any(mark in text for mark in '“”"'):
        return frozenset()
    runs: set[tuple[str, ...]] = set()
    for span in _quoted_spans(text):
        words = _WORD.findall(span.lower().replace("’", "").replace("'", ""))
        runs.update(tuple(words[n : n + QUOTE_RUN]) for n in range(len(words) - QUOTE_RUN + 1))
    return frozenset(runs)


def _quoted_spans(text: str) -> list[str]:
    pieces = _MARKS.split(text)
    roles = _mark_roles(text)
    inside = bool(roles) and roles[0] is False
    spans: list[str] = []
    n = 0
    for piece in pieces:
        if piece in ("“", "”", '"'):
            role = roles[n]
            inside = (not inside) if role is None else role
            n += 1
        elif inside:
            spans.append(piece)
    return spans


def _mark_roles(text: str) -> list[bool | None]:
    """For each mark: True if it opens a quotation, False if it closes one, None if unsure."""
    roles: list[bool | None] = []
    for match in _MARKS.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if (before.isspace() or before in _OPEN_AFTER) and (after.isalnum() or after in "‘'…"):
            roles.append(True)
        elif not before.isspace() and (after.isspace() or after in _CLOSE_BEFORE):
            roles.append(False)
        else:
            roles.append({"“": True, "”": False}.get(match.group()))
    return roles


def quote_edges(
    texts: Sequence[str], sentences: SentenceSet, layout: Layout, scored: Candidates
) -> list[Edge]:
    """Pairs of sentences of different articles sharing a quoted run, scored for display
    (as :func:`~comparer.align.scorer.score_pairs` scores them; ``scored`` are the
    aligner's candidates, whose features are not computed again)."""
    owner = layout.article_of().tolist()
    runs = [quoted_runs(t) for t in texts]
    seen: dict[tuple[str, ...], int] = {}
    shared: set[tuple[str, ...]] = set()
    for n, held in enumerate(runs):
        for run in held:
            if seen.setdefault(run, owner[n]) != owner[n]:
                shared.add(run)
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, held in enumerate(runs):
        for run in held & shared:
            holders[run].append(n)
    pairs = {
        (i, j)
        for held in holders.values()
        for i in held
        for j in held
        if i < j and owner[i] != owner[j]
    }
    if not pairs:
        return []
    left, right = (np.array(side, dtype=np.int64) for side in zip(*sorted(pairs), strict=True))
    # The quotation is the evidence: strong enough to join two groups (:data:`~comparer.
    # align.groups.GLUE`; held out it found one more must link than at the "same" threshold).
    p = np.maximum(scored.scores(sentences, left, right), GLUE)
    return [(int(i), int(j), float(s)) for i, j, s in zip(left, right, p, strict=True)]
