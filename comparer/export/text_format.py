"""The comparison as a short readable summary for a terminal.

Articles with their keys, the events, the key differences, the headline row (the words a
headline alone has in [brackets]), then each aligned group with its sentences and the
wording differences of importance (minor ones are only counted), then sentences found in
one report only, and any other differences (numbers, framing, omissions) by kind.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict

from comparer.model import AlignmentGroup, Comparison, Difference, Kind

WIDTH = 100
_CLIP = 160


def _clip(text: str, limit: int = _CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _header(c: Comparison) -> list[str]:
    lines = [f"Comparison of {len(c.articles)} articles (engine {c.engine_version})", ""]
    for a in c.articles:
        meta = a.article.meta
        when = meta.published.isoformat() if meta.published else "undated"
        lines.append(
            f"  {a.key}  {_clip(meta.title or a.article.source, 70)} — {meta.outlet or '?'}, {when}"
        )
    lines.append("")
    for e in c.events:
        when = e.date.isoformat() if e.date else "date unknown"
        places = ", ".join(e.places[:5]) or "no place found"
        lines.append(f"Event {e.id}: {', '.join(e.articles)} ({when}; {places})")
    return lines


def _group_lines(c: Comparison, g: AlignmentGroup, diffs: list[Difference]) -> list[str]:
    texts = {a.key: a.article for a in c.articles}
    share = f"in {len(g.members)} of {len(c.articles)} reports"
    lines = [f"{g.id} {g.relation.value} ({g.score:.2f}, {share})"]
    for m in g.members:
        body = " ".join(texts[m.article].sentences[i].text for i in m.sentences)
        lines += textwrap.wrap(
            _clip(body), WIDTH, initial_indent=f"  {m.article}: ", subsequent_indent="     "
        )
    major = [d for d in diffs if not d.minor]
    lines += [f"    - {_clip(d.explanation, 120)}" for d in major]
    if len(major) < len(diffs):
        lines.append(f"    ({len(diffs) - len(major)} minor differences)")
    return lines


def _key_lines(c: Comparison) -> list[str]:
    if not c.key_differences:
        return []
    numbered = [f"  {n}. {_clip(k.explanation, 200)}" for n, k in enumerate(c.key_differences, 1)]
    return ["", "Key differences:", *numbered]


def _headline_lines(c: Comparison) -> list[str]:
    row = c.headline
    if row is None:
        return []
    lines = ["", f"Headlines ({row.relation.value}, {row.score:.2f}):"]
    for h in row.headlines:
        marked, at = "", 0
        for span in h.changed:
            marked += f"{h.text[at : span.start]}[{h.text[span.start : span.end]}]"
            at = span.end
        lines.append(f"  {h.article}: {marked + h.text[at:]}")
    return lines


def comparison_to_text(c: Comparison) -> str:
    """A readable summary of the comparison."""
    by_group: dict[str | None, list[Difference]] = defaultdict(list)
    for d in c.differences:
        if d.kind is Kind.WORDING:
            by_group[d.group].append(d)
    lines = [*_header(c), *_key_lines(c), *_headline_lines(c), "", "Aligned sentences:"]
    for g in c.groups:
        lines += _group_lines(c, g, by_group[g.id])
    lines += ["", "Only in one report:"]
    for key, indices in c.unmatched.items():
        article = next(a.article for a in c.articles if a.key == key)
        lines += [f"  {key}[{i}]: {_clip(article.sentences[i].text, 110)}" for i in indices]
    others = [d for d in c.differences if d.kind is not Kind.WORDING]
    if others:
        lines += ["", "Other differences:"]
        lines += [
            f"  {d.kind.value} {d.type} in {d.article}: {_clip(d.explanation, 110)}" for d in others
        ]
    return "\n".join(lines) + "\n"
