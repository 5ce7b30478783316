"""The key differences of a comparison: the ten or fewer findings a journalist reads first.

:func:`key_differences` ranks the findings of a :class:`~comparer.model.Comparison` (minor
ones never count): conflicting figures and dates first, then figures told with another
qualifier, label swaps for one referent, omitted facts that carry names or numbers, the
outlet's own doubt and distance, and differing headlines (above omitted facts when they
carry telling words, which the line names). The two sides of one difference
(the finding in A pointing at B and its mirror in B pointing at A) make one item, and so do
items saying the same words against the same words in one event (a wire story run by
several outlets would otherwise take every place with one finding): the first names the
other reports in one "Also …" clause. Each item points to its findings by their index in
``comparison.differences`` and carries a one-line explanation a journalist can paste.

The engine ranks them once (:func:`with_key_differences`) and the comparison carries them in
``Comparison.key_differences``, which the JSON, the Summary tab and the reports read;
:func:`narrowed` keeps those indices right when a client shows fewer differences.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from comparer.model import ComparedArticle, Comparison, Difference, KeyDifference, Kind
from comparer.quoting import quoted

LIMIT = 10
OMISSIONS_FIRST = 4
QUOTED = 140  # characters of an omitted fact quoted in its line
# Rank of a finding by (kind, type); higher first. Absent pairs are not key differences.
_RANK = {
    ("number", "conflict"): 100,
    ("number", "date_conflict"): 95,
    ("number", "qualifier"): 90,
    ("framing", "label_swap"): 80,
    ("omission", "figure"): 75,
    ("number", "approximate"): 60,
    ("framing", "attribution_verb"): 55,
    ("framing", "own_voice"): 55,
    ("framing", "scare_quote"): 50,
    ("framing", "distancing"): 50,
    ("framing", "loaded"): 45,
}
_OMISSION_WITH_FACTS = 70
_HEADLINES = 40
# Headlines that carry telling words ("Resigns in Rebuke" / "Will Retire") frame the story:
# above omitted facts, below omitted figures.
_TELLING_HEADLINES = 72
_NAME_OR_NUMBER = re.compile(r"\d|(?<=[a-z,;] )[A-Z][a-z]")


__all__ = ["KeyDifference", "key_differences", "narrowed", "with_key_differences"]


def with_key_differences(comparison: Comparison, limit: int = LIMIT) -> Comparison:
    """``comparison`` carrying its ranked key differences (what the engine returns)."""
    return replace(comparison, key_differences=key_differences(comparison, limit))


def narrowed(comparison: Comparison, keep: Callable[[Difference], bool]) -> Comparison:
    """``comparison`` with only the differences ``keep`` accepts, its key differences
    re-pointed at them (a key difference whose findings are all gone is dropped)."""
    new_index: dict[int, int] = {}
    kept: list[Difference] = []
    for i, d in enumerate(comparison.differences):
        if keep(d):
            new_index[i] = len(kept)
            kept.append(d)
    keys = []
    for k in comparison.key_differences:
        pointed = tuple(new_index[i] for i in k.differences if i in new_index)
        if pointed or not k.differences:
            keys.append(replace(k, differences=pointed))
    return replace(comparison, differences=tuple(kept), key_differences=tuple(keys))


def key_differences(comparison: Comparison, limit: int = LIMIT) -> tuple[KeyDifference, ...]:
    """The ``limit`` highest-ranked differences, best first (stable for equal ranks)."""
    ranked: list[tuple[int, int, KeyDifference]] = []
    taken: set[int] = set()
    diffs = comparison.differences
    alike = _Alike.of(diffs)
    named = _swap_names(diffs)
    for i, d in enumerate(diffs):
        rank = _rank(d)
        if i in taken or rank is None:
            continue
        swaps = d.type == "label_swap"
        pair = tuple(sorted(_named_alike(named, i) if swaps else alike.same_word(i)))
        taken.update(pair)
        articles = tuple(dict.fromkeys(diffs[j].article for j in pair))
        line = _names_line(comparison, pair) if swaps and len(articles) > 2 else _line(d)
        line += _in_context(comparison, d) if d.kind is Kind.FRAMING and not swaps else ""
        item = KeyDifference(d.kind.value, line, pair, articles)
        ranked.append((rank, i, item))
    headlines = _headlines(comparison)
    ranked.extend((rank, len(diffs) + n, h) for n, (rank, h) in enumerate(headlines))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    return _varied(_copies_joined(comparison, [item for _rank_, _order, item in ranked]), limit)


def _copies_joined(comparison: Comparison, items: list[KeyDifference]) -> list[KeyDifference]:
    """``items`` with each one saying the same words in the same event as a better one
    joined to it."""
    first: dict[_Words, int] = {}
    copies: list[list[KeyDifference]] = []
    for item in items:
        words = _words(comparison, item)
        at = first.get(words) if words[2] else None
        if at is None:
            first[words] = len(copies)
            copies.append([item])
        else:
            copies[at].append(item)
    return [_also(comparison, kept, same) for kept, *same in copies]


_Words = tuple[str, frozenset[str], frozenset[tuple[str, str, str]]]


def _words(comparison: Comparison, item: KeyDifference) -> _Words:
    """What ``item`` says, blind to the reports but not to the event: its kind, the events
    holding its reports, each finding's type, words and other words."""
    found = (comparison.differences[i] for i in item.differences)
    events = frozenset(e.id for e in comparison.events if set(item.articles) <= set(e.articles))
    return (
        item.kind,
        events,
        frozenset(
            (d.type, _folded(d.text), _folded(d.counterpart.text) if d.counterpart else "")
            for d in found
        ),
    )


def _also(
    comparison: Comparison, kept: KeyDifference, copies: list[KeyDifference]
) -> KeyDifference:
    """``kept`` pointing at the findings of its ``copies`` too, its line naming the new
    reports in one "Also …" clause."""
    by_key = {c.key: c for c in comparison.articles}
    articles = list(kept.articles)
    differences = list(kept.differences)
    parts = []
    for same in copies:
        differences.extend(same.differences)
        texts = {
            comparison.differences[i].article: comparison.differences[i].text
            for i in same.differences
        }
        for key in same.articles:
            if key not in articles and key in by_key and key in texts:
                articles.append(key)
                parts.append(f"{_name(by_key[key])} {_quoted(texts[key])}")
    line = f"{kept.explanation} Also {'; '.join(parts)}." if parts else kept.explanation
    return KeyDifference(kept.kind, line, tuple(differences), tuple(articles))


def _varied(ranked: list[KeyDifference], limit: int) -> tuple[KeyDifference, ...]:
    """The best ``limit``, with at most :data:`OMISSIONS_FIRST` omissions while other kinds
    wait: on real reports nearly every sentence names someone, and omissions would take
    every place. Further omissions fill the places nothing else wants."""
    first: list[KeyDifference] = []
    later: list[KeyDifference] = []
    for item in ranked:
        crowded = item.kind == Kind.OMISSION.value and _omissions(first) >= OMISSIONS_FIRST
        (later if crowded else first).append(item)
    return tuple((first + later)[:limit])


def _omissions(items: list[KeyDifference]) -> int:
    return sum(1 for item in items if item.kind == Kind.OMISSION.value)


def _rank(d: Difference) -> int | None:
    if d.minor:
        return None
    if d.kind is Kind.OMISSION and d.type != "figure":
        return _OMISSION_WITH_FACTS if _NAME_OR_NUMBER.search(d.text) else None
    return _RANK.get((d.kind.value, d.type))


@dataclass(frozen=True, slots=True)
class _Alike:
    """Findings indexed once by their span and by their word, so that joining a finding to
    its mirrors and to the same word elsewhere costs a lookup, not a scan of every finding."""

    diffs: tuple[Difference, ...]
    by_span: dict[tuple[str, str, int, int], list[int]]
    by_word: dict[tuple[str, str, str], list[int]]

    @classmethod
    def of(cls, diffs: tuple[Difference, ...]) -> _Alike:
        by_span: dict[tuple[str, str, int, int], list[int]] = {}
        by_word: dict[tuple[str, str, str], list[int]] = {}
        for j, o in enumerate(diffs):
            by_span.setdefault((o.type, o.article, o.start, o.end), []).append(j)
            if o.kind is Kind.FRAMING:
                by_word.setdefault((o.article, o.type, _folded(o.text)), []).append(j)
        return cls(diffs, by_span, by_word)

    def same_word(self, i: int) -> set[int]:
        """Finding ``i``, its mirrors, and for framing the same word the same report uses
        elsewhere in the same way ("radical" twice in one report is one key difference)."""
        d = self.diffs[i]
        alike = {i}
        if d.kind is Kind.FRAMING:
            alike.update(self.by_word[d.article, d.type, _folded(d.text)])
        return alike | {m for j in alike for m in self.mirrors(j)}

    def mirrors(self, i: int) -> list[int]:
        """Findings of the same type whose counterpart is this finding's span, and back."""
        d, c = self.diffs[i], self.diffs[i].counterpart
        if c is None:
            return []
        return [
            j
            for j in self.by_span.get((d.type, c.article, c.start, c.end), ())
            if j != i
            and (o := self.diffs[j]).counterpart is not None
            and o.counterpart.article == d.article
        ]


def _swap_names(diffs: tuple[Difference, ...]) -> dict[int, set[tuple[str, str]]]:
    """The names each shown label swap uses, by its index: worked out once, as joining
    swaps through their names asks for them again and again (hundreds with 100 reports)."""

    def names(d: Difference) -> set[tuple[str, str]]:
        # A name and its head word: "illegitimate US-led coalition" meets "US-led Coalition"
        # in the same report through "coalition".
        spans = [(d.article, d.text)]
        if d.counterpart is not None:
            spans.append((d.counterpart.article, d.counterpart.text))
        folded = [(article, _folded(text)) for article, text in spans]
        heads = [(article, text.split()[-1]) for article, text in folded if text]
        return {*folded, *heads}

    return {j: names(d) for j, d in enumerate(diffs) if d.type == "label_swap" and not d.minor}


def _named_alike(named: dict[int, set[tuple[str, str]]], i: int) -> set[int]:
    """The label swaps joined to swap ``i`` through a name one of them uses: with several
    reports, one referent named three or four ways is one key difference, not one a pair."""
    found, seen = {i}, set(named[i])
    grew = True
    while grew:
        grew = False
        for j, names in named.items():
            if j not in found and names & seen:
                found.add(j)
                seen |= names
                grew = True
    return found


def _names_line(comparison: Comparison, indices: tuple[int, ...]) -> str:
    """ "Named differently: A (outlet) “x”; B (outlet) “y”, “z”; ..." in article order."""
    by_article: dict[str, dict[str, str]] = {}
    for j in indices:
        d = comparison.differences[j]
        spans = [(d.article, d.text)]
        if d.counterpart is not None:
            spans.append((d.counterpart.article, d.counterpart.text))
        for article, text in spans:
            shown = " ".join(text.split())
            by_article.setdefault(article, {}).setdefault(_folded(shown), shown)
    by_key = {c.key: c for c in comparison.articles}
    parts = [
        f"{_name(by_key[key])} “{'”, “'.join(by_article[key].values())}”"
        for key in sorted(by_article)
        if key in by_key
    ]
    return "Named differently: " + "; ".join(parts) + "."


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _line(d: Difference) -> str:
    line = " ".join(d.explanation.split())
    if d.kind is Kind.OMISSION:
        fact = " ".join(d.text.split())
        fact = fact if len(fact) <= QUOTED else fact[: QUOTED - 1].rstrip() + "…"
        line = f"{line} {_quoted(fact)}"  # a quotation keeps its own marks
    return line


def _in_context(comparison: Comparison, d: Difference) -> str:
    """ " A: “…the words around the flagged ones…”", so that a pasted line says where the
    word stands: "“claimed” (doubt)" alone does not say what was claimed."""
    article = next((c.article for c in comparison.articles if c.key == d.article), None)
    sentence = article.sentence_at(d.start) if article else None
    if article is None or sentence is None or sentence.end < d.end:
        return ""  # not inside one sentence of the text (a headline's mark)
    text = " ".join(sentence.text.split())
    word = " ".join(article.text[d.start : d.end].split())
    return f" {d.article}: {_quoted(_window(text, max(text.find(word), 0)))}"


def _window(sentence: str, at: int) -> str:
    """At most :data:`QUOTED` characters of ``sentence`` around position ``at``, cut
    between words and marked "…" where cut."""
    if len(sentence) <= QUOTED:
        return sentence
    first = max(0, min(at - QUOTED // 3, len(sentence) - QUOTED))
    last = first + QUOTED
    if first:
        first = sentence.find(" ", first) + 1
    if last < len(sentence):
        last = sentence.rfind(" ", first, last)
    cut = sentence[first:last].strip()
    return ("…" if first else "") + cut + ("…" if last < len(sentence) else "")


def _headlines(comparison: Comparison) -> list[tuple[int, KeyDifference]]:
    """One item per event whose articles carry different headlines, with its rank: higher
    when they carry telling words (charged words, one act named by other verbs), which the
    line names."""
    found = []
    by_key = {c.key: c for c in comparison.articles}
    telling = _telling_words(comparison)
    for event in comparison.events:
        keys = [k for k in event.articles if k in by_key and by_key[k].article.meta.title]
        titles = {by_key[k].article.meta.title.strip().lower() for k in keys}
        if len(keys) < 2 or len(titles) < 2:
            continue
        parts = [f"{_name(by_key[k])}: {_quoted(by_key[k].article.meta.title)}" for k in keys]
        line = "Headlines differ. " + "; ".join(parts) + "."
        words = [
            f"{_name(by_key[k])} " + ", ".join(f"“{w}”" for w in telling[k])
            for k in keys
            if telling.get(k)
        ]
        line += f" Telling words: {'; '.join(words)}." if words else ""
        rank = _TELLING_HEADLINES if words else _HEADLINES
        found.append((rank, KeyDifference("headline", line, (), tuple(keys))))
    return found


def _telling_words(comparison: Comparison) -> dict[str, list[str]]:
    """The telling words of each article's headline (see ``Headline.telling``)."""
    row = comparison.headline
    if row is None:
        return {}
    return {h.article: [h.text[s.start : s.end] for s in h.telling] for h in row.headlines}


def _quoted(title: str) -> str:
    """A passage in quotation marks; one opening with its own is left as it is. A closing
    mark whose opening one is in an earlier sentence is dropped: the line closed the quote
    twice (“No Collusion, … I just fight back!"”); one holding a whole quotation of its own
    is put in single marks (‘… saying he exhibited "textbook bias."’)."""
    title = " ".join(title.split())
    if title[:1] in '“"':
        return title
    return quoted(_without_stray_close(title))


def _without_stray_close(text: str) -> str:
    straight_odd = text.count('"') % 2 == 1
    curly_open = text.count("“") < text.count("”")
    if (text.endswith('"') and straight_odd) or (text.endswith("”") and curly_open):
        return text[:-1]
    return text


def _name(compared: ComparedArticle) -> str:
    outlet = compared.article.meta.outlet
    return f"{compared.key} ({outlet})" if outlet else compared.key
