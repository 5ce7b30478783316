"""Framing differences between reports: label swaps, one-sided loaded or doubting words,
scare quotes, attribution verbs, and claims one report makes in its own voice.

Aligned sentences are compared marker by marker: what one sentence has and its counterpart
lacks is a difference with that counterpart. Across the articles of one event, a label family
named differently ("ISIS" vs "Daesh Takfiri terrorists") is reported even where the sentences
were not aligned. Strong markers (distancing, scare quotes, loaded and emotive words) in a
sentence with no counterpart are still listed, marked ``minor``: there is nothing to contrast.
"""

from __future__ import annotations

from collections.abc import Iterator

from comparer.analysis.attribution import tone_of
from comparer.analysis.context import Context
from comparer.analysis.framing import Marker
from comparer.model import Counterpart, Difference, Kind

ONE_SIDED = (
    "distancing",
    "scare_quote",
    "loaded",
    "emotive",
    "opinion",
    "hedge",
    "booster",
    "agentless",
)
STRONG = ("distancing", "scare_quote", "loaded", "emotive")
_WHAT = {
    "distancing": "distances itself with",
    "scare_quote": "puts in scare quotes",
    "loaded": "uses the loaded term",
    "emotive": "uses the emotive word",
    "opinion": "uses the evaluative word",
    "hedge": "hedges with",
    "booster": "insists with",
    "agentless": "does not say who did it:",
}


def aligned_framing_differences(ctx: Context) -> list[Difference]:
    """Differences between the markers of every ordered pair of aligned sentences."""
    found: list[Difference] = []
    for group, a, i, b, j in ctx.group_pairs(same_event=False):
        mine, theirs = ctx.views[a].markers(i), ctx.views[b].markers(j)
        found.extend(_label_swaps(ctx, group.id, (a, i, mine), (b, j, theirs)))
        found.extend(_one_sided(ctx, group.id, (a, i, mine), (b, j, theirs)))
        found.extend(_attribution(ctx, group.id, (a, i, mine), (b, j, theirs)))
    return found


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


def _label_swaps(ctx: Context, group: str, mine: Side, theirs: Side) -> Iterator[Difference]:
    their_labels = {m.detail: m for m in theirs[2] if m.type == "label"}
    their_keys = {m.key for m in theirs[2] if m.type == "label"}
    for marker in (m for m in mine[2] if m.type == "label"):
        other = their_labels.get(marker.detail)
        if other is None or marker.key in their_keys:
            continue
        counterpart = ctx.views[theirs[0]].counterpart(theirs[1], other.start, other.end)
        yield _diff(
            ctx,
            group,
            mine,
            marker,
            "label_swap",
            counterpart,
            _swap_text(ctx, mine[0], marker, theirs[0], other),
        )


def _swap_text(ctx: Context, a: str, mine: Marker, b: str, theirs: Marker) -> str:
    return (
        f"Named differently: {ctx.views[a].name} says “{mine.text}”, "
        f"{ctx.views[b].name} says “{theirs.text}”."
    )


def _one_sided(ctx: Context, group: str, mine: Side, theirs: Side) -> Iterator[Difference]:
    present = {(m.type, m.key) for m in theirs[2]}
    counterpart = ctx.views[theirs[0]].counterpart(theirs[1])
    for marker in mine[2]:
        if marker.type in ONE_SIDED and (marker.type, marker.key) not in present:
            explanation = (
                f"Only {ctx.views[mine[0]].name} {_WHAT[marker.type]} “{marker.text}” here; "
                f"{ctx.views[theirs[0]].name} does not."
            )
            minor = marker.type not in STRONG
            yield _diff(ctx, group, mine, marker, marker.type, counterpart, explanation, minor)


def _attribution(ctx: Context, group: str, mine: Side, theirs: Side) -> Iterator[Difference]:
    my_verbs = [m for m in mine[2] if m.type == "attribution"]
    their_verbs = [m for m in theirs[2] if m.type == "attribution"]
    name_a, name_b = ctx.views[mine[0]].name, ctx.views[theirs[0]].name
    if my_verbs and not their_verbs:
        counterpart = ctx.views[theirs[0]].counterpart(theirs[1])
        explanation = (
            f"{name_a} attributes this to a source (“{my_verbs[0].text}”); "
            f"{name_b} states it in its own voice."
        )
        yield _diff(ctx, group, mine, my_verbs[0], "own_voice", counterpart, explanation)
        return
    if not my_verbs or not their_verbs:
        return
    tone_a = tone_of([m.detail for m in my_verbs])
    tone_b = tone_of([m.detail for m in their_verbs])
    mark = next(m for m in my_verbs if m.detail == tone_a)
    other = next(m for m in their_verbs if m.detail == tone_b)
    if mark.key != other.key and tone_a != tone_b:
        counterpart = ctx.views[theirs[0]].counterpart(theirs[1], other.start, other.end)
        explanation = (
            f"Reported differently: {name_a} “{mark.text}” ({tone_a}), "
            f"{name_b} “{other.text}” ({tone_b})."
        )
        yield _diff(ctx, group, mine, mark, "attribution_verb", counterpart, explanation)


def event_label_swaps(ctx: Context) -> list[Difference]:
    """Label families named differently by articles of one event, aligned or not.

    One difference per family and ordered pair of articles, on the first name one article
    uses and the other never does.
    """
    found: list[Difference] = []
    for _event, keys in ctx.event_members():
        uses = {k: _label_uses(ctx, k) for k in keys}
        for a in keys:
            for b in keys:
                if a != b:
                    found.extend(_article_swaps(ctx, (a, uses[a]), (b, uses[b])))
    return found


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
    ctx: Context, mine: tuple[str, Uses], theirs: tuple[str, Uses]
) -> Iterator[Difference]:
    a, my_uses = mine
    b, their_uses = theirs
    for family, uses in my_uses.items():
        others = their_uses.get(family, [])
        their_keys = {m.key for _, m in others}
        first = next(((i, m) for i, m in uses if m.key not in their_keys), None)
        if not others or first is None:
            continue
        index, marker = first
        j, other = others[0]
        counterpart = ctx.views[b].counterpart(j, other.start, other.end)
        explanation = _swap_text(ctx, a, marker, b, other)
        yield _diff(ctx, None, (a, index, []), marker, "label_swap", counterpart, explanation)


def unaligned_markers(ctx: Context, aligned: set[tuple[str, int]]) -> list[Difference]:
    """Strong markers of sentences that have no aligned counterpart, listed as minor."""
    found: list[Difference] = []
    for key, view in ctx.views.items():
        for index in sorted(view.sentences):
            if (key, index) in aligned:
                continue
            for marker in view.markers(index):
                if marker.type in STRONG:
                    explanation = f"{view.name} {_WHAT[marker.type]} “{marker.text}”."
                    found.append(
                        _diff(
                            ctx,
                            None,
                            (key, index, []),
                            marker,
                            marker.type,
                            None,
                            explanation,
                            minor=True,
                        )
                    )
    return found
