"""``python -m evaluation.miss_stages CORPORA_DIR``: where the aligner loses the gold's must links.

``make eval`` says how many must links the engine finds; this says why the others are
lost, so work goes to the stage that loses most. Each must link of the dev gold is put in
the first stage it fails, following the aligner's own steps (:func:`comparer.align.
alignment.align`):

- ``found``: the comparison puts both sentences in one group (as ``basil_gold`` counts);
- ``not_candidate``: the pair is never scored (no shared rare term, too few shared keys,
  or a word cosine under the floor);
- ``below_same``: scored, but under the "same" threshold after the context bonuses;
- ``not_best``: over it, but too far below the best match either sentence has;
- ``grouping``: an edge, that the group rules left out or put in another group.

A missed link also counts under ``missed_sharing_a_sense`` when a content word of one
sentence shares a frequent WordNet sense with a different word of the other
("arrested" / "apprehended"): the most a word-sense signal could add. It counts under
``missed_lede_to_body`` when one sentence is its article's lede (its first prose
sentence) and the other is not: a lede sums up several facts that another report tells
one by one further down, and a sentence sits in one group only, so the lede that joined
the other ledes cannot also join those (on the 32 dev triplets, 121 of the 144 lede-to-body
must links were missed, against 3 of 73 lede-to-lede ones). ``found`` counts also links
(:mod:`comparer.align.also`, one-to-many links outside groups) too; with them 116 are
missed, most scored under "same".

On the 32 dev triplets with engine.55 (the also link for a sentence whose best match holds
its neighbour): found 519 of 950, not_candidate 170, below_same 208, not_best 10, grouping 43;
of the missed, 110 are lede-to-body and 86 share a sense. Scored anyway, none of the 170
never-scored links reaches the "related" threshold (the highest probability is 0.148).
With the also link between two openings grouped crosswise (:func:`comparer.align.also.
crossed_openings`): found 537, not_candidate 170, below_same 195, not_best 6, grouping 42;
of the missed, 93 are lede-to-body and 82 share a sense.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

from comparer import wordnet
from comparer.align.aligner import Layout, best_logits, candidates, edges_of, lede_ranks
from comparer.align.alignment import layout_of
from comparer.align.features import SentenceSet
from comparer.align.prepared import PreparedArticle, prepare
from comparer.align.scorer import same_threshold
from comparer.align.splits import split_edges
from comparer.compare import compare
from comparer.model import Article
from evaluation import gold
from evaluation.basil_gold import linked


def stages(articles: list[Article], links: frozenset[gold.Link]) -> Counter[str]:
    """The stage of each link of one set of articles (see the module docstring)."""
    result = compare(articles, analysers=())
    found = linked(result, result.groups)
    prepared = [prepare(chr(65 + n), a) for n, a in enumerate(articles)]
    layout = layout_of(prepared)
    texts = [a.text[s.start : s.end] for a in articles for s in a.sentences]
    sentences = SentenceSet.of([b for p in prepared for b in p.bags], texts)
    ranks = lede_ranks(texts, layout)
    scored = candidates(sentences, layout, ranks)
    same, _ = edges_of(scored, best_logits(scored, layout), [])
    edges = {(i, j) for i, j, _ in same + split_edges(sentences, scored, layout)}
    pairs = zip(scored.left.tolist(), scored.right.tolist(), strict=True)
    logit = dict(zip(pairs, scored.logit.tolist(), strict=True))
    threshold = float(np.log(same_threshold() / (1 - same_threshold())))
    counts: Counter[str] = Counter()
    for link in links:
        pair = _flat(link, layout)
        if link in found:
            counts["found"] += 1
            continue
        counts["missed_sharing_a_sense"] += _share_a_sense(prepared, link)
        counts["missed_lede_to_body"] += (ranks[pair[0]] == 0) != (ranks[pair[1]] == 0)
        if pair not in logit:
            counts["not_candidate"] += 1
        elif logit[pair] < threshold:
            counts["below_same"] += 1
        else:
            counts["not_best" if pair not in edges else "grouping"] += 1
    return counts


def _flat(link: gold.Link, layout: Layout) -> tuple[int, int]:
    (a, i), (b, j) = link
    left, right = layout.flat(a, i), layout.flat(b, j)
    return min(left, right), max(left, right)


def _share_a_sense(prepared: list[PreparedArticle], link: gold.Link) -> bool:
    """Whether a content word of one sentence shares a sense with another word of the other."""
    words = [_content_words(prepared[a], i) for a, i in link]
    keys = [set(w) for w in words]
    return any(
        wordnet.share_a_sense(x, y)
        for kx, x in words[0].items()
        for ky, y in words[1].items()
        if kx not in keys[1] and ky not in keys[0]
    )


def _content_words(p: PreparedArticle, sentence: int) -> dict[str, str]:
    """The sentence's content keys, each with the (first) word it was read from."""
    text = p.article.text
    found: dict[str, str] = {}
    for t in p.tokens[sentence]:
        if t.content and t.key and not t.key[:1].isdigit():
            found.setdefault(t.key, text[t.start : t.end])
    return found


def main(argv: list[str]) -> int:
    """Print the stage counts pooled over every dev gold triplet."""
    total: Counter[str] = Counter()
    for articles, g in gold.load(Path(argv[0])):
        total += stages(articles, g.must)
    for name, count in sorted(total.items()):
        print(f"{name}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
