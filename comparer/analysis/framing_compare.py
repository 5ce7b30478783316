"""Framing differences between reports, contrastive first: label swaps, word choices (a word
set against the aligned report's word of the same sense, by :mod:`.framing_words`), loaded
words and manner adverbs ("forcefully defended") one report uses and its counterpart does
not, distancing and scare quotes in the outlet's own voice, and doubt-casting attribution
verbs where another report uses a neutral one.

Only reports of one event are contrasted (the engine's events grouping decides): a report of
another event chose no wording against this one; nor is a ``related`` group (one topic,
other details) a counterpart. Aligned sentences are compared marker by
marker: what one sentence has and its counterpart
lacks is a difference with that counterpart. Two names of one family are a swap only when
neither is a shortening of the other ("U.S.-led coalition" vs "Washington-led alliance", not
"international coalition" vs "U.S.-led international coalition"). Across the articles of one
event, each family named differently gives one swap per pair of articles, on its most
different pair of names, even where the sentences were not aligned; two common nouns
("massacre", "attack") may name two things, so their swap is shown only where the mentions
are aligned or their sentences share other words. Tone words (emotive,
evaluative, hedges, boosters) and neutral attribution ("said") are never findings; a loaded
word in a sentence with no counterpart is listed as ``minor``: there is nothing to contrast.
"""

from __future__ import annotations

from collections.abc import Iterator

from comparer.align.normalise import Token, tokenise
from comparer.analysis.context import Context
from comparer.analysis.framing import ATTRIBUTED, Marker
from comparer.analysis.framing_words import Wording, choices, load, narrower_verb, own_words
from comparer.model import AlignmentGroup, Counterpart, Difference, Kind, Relation

ONE_SIDED = ("distancing", "scare_quote", "loaded", "emotive", "opinion")
OWN_VOICE = ("distancing", "scare_quote")
WORD_CHOICE = ("loaded", "emotive", "opinion", "manner")
DOUBTING = ("doubt",)
_WHAT = {
    "distancing": "distances itself with",
    "scare_quote": "puts in scare quotes",
    "loaded": "uses the loaded term",
    "emotive": "uses the emotive word",
    "opinion": "uses the evaluative word",
    "manner": "characterises with",
    "hedge": "hedges with",
    "booster": "insists with",
    "agentless": "does not say who did it:",
}


def aligned_framing_differences(ctx: Context) -> list[Difference]:
    """Differences between the markers of every ordered pair of aligned sentences of one
    event. Sentences of different events are never contrasted: another event's report says
    other things, so its wording is no choice this report made (label swaps within an event
    come from :func:`event_label_swaps`, one per family)."""
    load()
    words = OwnWords(ctx)
    pairs = [
        (group.id, (a, i, ctx.views[a].markers(i)), (b, j, ctx.views[b].markers(j)))
        for group, a, i, b, j in _same_fact_pairs(ctx)
    ]
    found = [
        d for group, mine, theirs in pairs for d in _word_choices(ctx, group, mine, theirs, words)
    ]
    # a word paired with another report's word is not also "only here" against a sentence
    done = {(d.article, d.start, d.end) for d in found}
    for group, mine, theirs in pairs:
        found.extend(_one_sided(ctx, group, mine, theirs, done))
        found.extend(_attribution(ctx, group, mine, theirs))
    return found


class OwnWords(dict[tuple[str, int], Wording]):
    """Each sentence's own-voice words, indexed once however many pairs the sentence is in;
    its candidates are the words that may be a word choice (a lexicon word, a verb form)."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx

    def __missing__(self, where: tuple[str, int]) -> Wording:
        key, index = where
        view = self.ctx.views[key]
        markers = view.markers(index)
        every = own_words(view, index, markers)
        marked = {(m.start, m.end) for m in markers if m.type in WORD_CHOICE}
        candidates = [w for w in every if w.verb or (w.start, w.end) in marked]
        self[where] = Wording.of(every, candidates)
        return self[where]


def _word_choices(
    ctx: Context, group: str, mine: Side, theirs: Side, words: OwnWords
) -> Iterator[Difference]:
    """Words one report chose where the aligned sentence says the same thing with another
    word of the same sense, or one kind narrower or broader ("slammed" vs "criticized").
    A lexicon word keeps its type (loaded, emotive...) and gains the pair; another word is a
    ``word_choice`` only when it is a verb more specific than the other ("executed" vs
    "killed"): two plain synonyms are paraphrase. Neither word may appear anywhere in the
    other report."""
    (a, i, markers), (b, j, _) = mine, theirs
    if not words[a, i].candidates:
        return
    for choice in choices(words[a, i], words[b, j]):
        span = (choice.mine.start, choice.mine.end)
        marked = [m for m in markers if (m.start, m.end) == span and m.type in WORD_CHOICE]
        if not marked and not narrower_verb(choice.mine.text, choice.theirs.text):
            continue  # plain synonyms ("attorney" vs "lawyer"): paraphrase, not framing
        if _used_by(ctx, ctx.others(a), choice.mine.text) or _used_by(
            ctx, (a,), choice.theirs.text
        ):
            continue
        marker = marked[0] if marked else Marker(*span, choice.mine.text, "word_choice")
        other = ctx.views[b].counterpart(j, choice.theirs.start, choice.theirs.end)
        explanation = (
            f"Worded differently: {ctx.views[a].name} says “{choice.mine.text}”, "
            f"{ctx.views[b].name} says “{choice.theirs.text}”."
        )
        yield _diff(ctx, group, mine, marker, marker.type, other, explanation)


def contrasted(ctx: Context) -> set[tuple[str, int]]:
    """The sentences aligned with a sentence of another report of their event that states
    the same fact."""
    return {(a, i) for _group, a, i, _b, _j in _same_fact_pairs(ctx)}


def _same_fact_pairs(ctx: Context) -> Iterator[tuple[AlignmentGroup, str, int, str, int]]:
    """Aligned pairs of one event that state the same fact. A ``related`` group joins two
    sentences on one topic with different details: what one says and the other does not
    is content, not word choice (the wording diff skips them for the same reason)."""
    for pair in ctx.group_pairs():
        if pair[0].relation is not Relation.RELATED:
            yield pair


Side = tuple[str, int, list[Marker]]


def _diff(
    ctx: Context,
    group: str | None,
    side: Side,
    marker: Marker,
    kind: str,
    counterpart: Counterpart | None,
    explanation: str,
    minor: bool = False,
) -> Difference:
    key, index, _ = side
    start, end, text = ctx.views[key].span(index, marker.start, marker.end)
    return Difference(
        Kind.FRAMING, kind, group, key, start, end, text, counterpart, explanation, minor
    )


def contrastive(a: str, b: str) -> bool:
    """True when two names differ beyond one being a shortening of the other."""
    words_a, words_b = set(a.split()), set(b.split())
    return not (words_a <= words_b or words_b <= words_a)


def _likeness(a: str, b: str) -> float:
    words_a, words_b = set(a.split()), set(b.split())
    return len(words_a & words_b) / len(words_a | words_b)


def _swap_text(ctx: Context, a: str, mine: Marker, b: str, theirs: Marker) -> str:
    return (
        f"Named differently: {ctx.views[a].name} says “{mine.text}”, "
        f"{ctx.views[b].name} says “{theirs.text}”."
    )


def finding(ctx: Context, side: Side, marker: Marker) -> bool:
    """Is this marker worth a finding? Distancing and scare quotes always (the outlet's own
    voice; quoted speech never reaches here); a loaded or evaluative word only when it is
    this report's word choice: no other report of the event uses it, and it is no name."""
    if marker.type in OWN_VOICE:
        return True
    if marker.type not in WORD_CHOICE or (marker.text[:1].isupper() and marker.start > 0):
        return False
    return bool(ctx.others(side[0])) and not shared(ctx, side[0], marker)


def shared(ctx: Context, key: str, marker: Marker) -> bool:
    """True when another report of the event uses the marker's words too (no contrast)."""
    return _used_by(ctx, ctx.others(key), marker.text)


def _used_by(ctx: Context, keys: tuple[str, ...], text: str) -> bool:
    """True when one of the articles ``keys`` uses every word of ``text`` somewhere."""
    words = {t.key for t in tokenise(text) if t.key}
    return any(words <= ctx.views[k].vocabulary() for k in keys)


def _quoted(marker: Marker) -> str:
    return marker.text if marker.type == "scare_quote" else f"“{marker.text}”"


def _one_sided(
    ctx: Context, group: str, mine: Side, theirs: Side, done: set[tuple[str, int, int]]
) -> Iterator[Difference]:
    """Markers of ``mine`` its counterpart lacks (but those ``done``: paired word choices,
    as article key and offsets)."""
    present = {(m.type, m.key) for m in theirs[2]}
    counterpart = ctx.views[theirs[0]].counterpart(theirs[1])
    base = ctx.views[mine[0]].sentences[mine[1]].start
    for marker in mine[2]:
        if (marker.type, marker.key) in present or not finding(ctx, mine, marker):
            continue
        if (mine[0], base + marker.start, base + marker.end) in done:
            continue
        explanation = (
            f"Only {ctx.views[mine[0]].name} {_WHAT[marker.type]} {_quoted(marker)} here; "
            f"{ctx.views[theirs[0]].name} does not."
        )
        minor = _minor_distancing(ctx, mine[0], marker)
        yield _diff(ctx, group, mine, marker, marker.type, counterpart, explanation, minor)


def _minor_distancing(ctx: Context, key: str, marker: Marker) -> bool:
    """Distancing is minor where another report of the event uses it too, or where it gives
    its doubt to someone else (legal caution, "what he called": :data:`ATTRIBUTED`)."""
    if marker.type != "distancing":
        return False
    return marker.detail == ATTRIBUTED or shared(ctx, key, marker)


def _attribution(ctx: Context, group: str, mine: Side, theirs: Side) -> Iterator[Difference]:
    """A doubt-casting verb ("claimed") where the other report uses a neutral one ("said") or
    states the same thing in its own voice. Neutral attribution is never a finding."""
    my_verbs = [m for m in mine[2] if m.type == "attribution" and m.detail in DOUBTING]
    their_verbs = [m for m in theirs[2] if m.type == "attribution"]
    neutral = [m for m in their_verbs if m.detail == "neutral"]
    if not my_verbs or (their_verbs and not neutral):
        return
    mark = my_verbs[0]
    name_a, name_b = ctx.views[mine[0]].name, ctx.views[theirs[0]].name
    if not their_verbs:
        counterpart = ctx.views[theirs[0]].counterpart(theirs[1])
        explanation = f"{name_a} casts doubt (“{mark.text}”); {name_b} states it in its own voice."
        yield _diff(ctx, group, mine, mark, "own_voice", counterpart, explanation)
        return
    other = neutral[0]
    counterpart = ctx.views[theirs[0]].counterpart(theirs[1], other.start, other.end)
    explanation = (
        f"Reported differently: {name_a} “{mark.text}” ({mark.detail}), "
        f"{name_b} “{other.text}” (neutral)."
    )
    yield _diff(ctx, group, mine, mark, "attribution_verb", counterpart, explanation)


def event_label_swaps(ctx: Context) -> list[Difference]:
    """Label families named differently by articles of one event, aligned or not.

    One difference per family and ordered pair of articles, on the first name one article
    uses and the other never does.
    """
    found: list[Difference] = []
    things = OneThing(ctx)
    for _event, keys in ctx.event_members():
        uses = {k: _label_uses(ctx, k) for k in keys}
        for a in keys:
            for b in keys:
                if a != b:
                    found.extend(_article_swaps(ctx, (a, uses[a]), (b, uses[b]), things))
    return found


# Two common nouns of one family may name two things: a "school massacre" and the
# lobby's "attack" on a plan, a "caravan of migrants" and "children of illegal immigrants".
# A swap of common nouns is shown only where the two mentions are aligned or their
# sentences share this many content words besides the names; capitalised names ("U.S.-led
# coalition", "Obamacare") name one thing wherever they stand.
SAME_THING_WORDS = 2


class OneThing:
    """Whether two mentions of one label family may name the same thing."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.aligned = {(a, i, b, j) for _g, a, i, b, j in _same_fact_pairs(ctx)}
        self._tokens: dict[tuple[str, int], list[Token]] = {}

    def __call__(self, mine: tuple[str, int, Marker], theirs: tuple[str, int, Marker]) -> bool:
        (a, i, m), (b, j, o) = mine, theirs
        if any(ch.isupper() for ch in m.text + o.text) or (a, i, b, j) in self.aligned:
            return True
        shared = (self.words(a, i) - self.words(a, i, m)) & (self.words(b, j) - self.words(b, j, o))
        return len(shared) >= SAME_THING_WORDS

    def words(self, key: str, index: int, within: Marker | None = None) -> set[str]:
        """The content word keys of a sentence, or of one marker's span in it."""
        if (key, index) not in self._tokens:
            self._tokens[key, index] = self.ctx.views[key].tokens(index)
        return {
            t.key
            for t in self._tokens[key, index]
            if t.content and t.key and (within is None or within.start <= t.start < within.end)
        }


Uses = dict[str, list[tuple[int, Marker]]]


def _label_uses(ctx: Context, key: str) -> Uses:
    """Family -> every (sentence, marker) naming it, in reading order."""
    view = ctx.views[key]
    uses: Uses = {}
    for index in sorted(view.sentences):
        for marker in view.markers(index):
            if marker.type == "label":
                uses.setdefault(marker.detail, []).append((index, marker))
    return uses


def _article_swaps(
    ctx: Context, mine: tuple[str, Uses], theirs: tuple[str, Uses], one_thing: OneThing
) -> Iterator[Difference]:
    a, my_uses = mine
    b, their_uses = theirs
    for family, uses in my_uses.items():
        others = their_uses.get(family, [])
        my_keys, their_keys = {m.key for _i, m in uses}, {o.key for _j, o in others}
        # Only names one article uses and the other never does: a swap, not shared names.
        pairs = [
            (_likeness(m.key, o.key), n, (i, m), (j, o))
            for n, (i, m) in enumerate(uses)
            for j, o in others
            if m.key not in their_keys and o.key not in my_keys and contrastive(m.key, o.key)
        ]
        if not pairs:
            continue
        # the most different names among the mentions that may name one thing; with none,
        # the swap is kept minor
        one = [p for p in pairs if one_thing((a, *p[2]), (b, *p[3]))]
        _score, _n, (index, marker), (j, other) = min(one or pairs, key=lambda p: p[:2])
        counterpart = ctx.views[b].counterpart(j, other.start, other.end)
        explanation = _swap_text(ctx, a, marker, b, other)
        side: Side = (a, index, [])
        yield _diff(ctx, None, side, marker, "label_swap", counterpart, explanation, not one)


def unaligned_markers(ctx: Context, aligned: set[tuple[str, int]]) -> list[Difference]:
    """Markers of sentences with no aligned counterpart: distancing and scare quotes in the
    outlet's own voice as findings, loaded words as minor (there is nothing to contrast)."""
    found: list[Difference] = []
    for key, view in ctx.views.items():
        for index in sorted(view.sentences):
            if (key, index) in aligned:
                continue
            for marker in view.markers(index):
                if finding(ctx, (key, index, []), marker):
                    explanation = f"{view.name} {_WHAT[marker.type]} {_quoted(marker)}."
                    minor = _minor_distancing(ctx, key, marker)
                    side: Side = (key, index, [])
                    found.append(
                        _diff(ctx, None, side, marker, marker.type, None, explanation, minor)
                    )
    return found
