"""How two figures of one thing differ, and the line that tells a reader so.

A figure is an interval (:class:`~comparer.analysis.quantities.Quantity`). Two figures
conflict when their intervals are disjoint ("14" vs "ten"); "more than 10" vs "at least 10"
overlap and only differ in their qualifier, and so do "10" vs "more than 10", which write
one number. A toll that counts the attacker ("seven including the gunman") meets one that
does not ("six") with the attacker taken out. These rules are pure: which figures are put
side by side is :mod:`comparer.analysis.numbers`'s business.
"""

from __future__ import annotations

import math
from dataclasses import replace

from comparer.analysis.quantities import Quantity
from comparer.analysis.quantity_pattern import ABOUT


def disjoint(a: Quantity, b: Quantity) -> bool:
    """True when no value satisfies both figures: the reports conflict."""
    if a.high < b.low or b.high < a.low:
        return True
    if a.high == b.low:
        return a.high_open or b.low_open
    if b.high == a.low:
        return b.high_open or a.low_open
    return False


def describe(q: Quantity) -> str:
    """A figure's interval in words: "over 10", "10 or more", "40–200", "14", "about 700
    billion", "just under 15 million"."""
    low, high = _fmt(q.low), _fmt(q.high)
    if q.qualifier == "about":
        return f"about {_fmt(q.high / (1 + ABOUT))}"
    if q.qualifier == "nearly":
        return f"just under {high}"
    if q.high == math.inf:
        return f"over {low}" if q.low_open else f"{low} or more"
    if q.low == 0 and q.qualifier in ("up_to", "less_than"):
        return f"under {high}" if q.high_open else f"up to {high}"
    return low if q.low == q.high else f"{low}–{high}"


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _fmt(value: float) -> str:
    """A number as a reader writes it: "12", "2.5", "5.7 billion", "13.6 million"."""
    if value == math.inf:
        return "∞"
    scale, word = next(((s, f" {w}") for s, w in _SCALES if value >= s), (1.0, ""))
    shown = round(value / scale, 1)
    return (f"{shown:,.0f}" if shown == int(shown) else f"{shown:,.1f}") + word


def kind_of_difference(a: Quantity, b: Quantity) -> str | None:
    """How two figures of the same thing differ, or ``None`` if they say the same.

    One person named ("a man was killed") fits any figure of one or more: no difference.
    """
    if a.with_attacker != b.with_attacker:
        return _attacker_counted(a, b)
    if disjoint(a, b):
        return "qualifier" if _meet_at_written(a, b) else "conflict"
    if "single" in (a.qualifier, b.qualifier):
        return None
    if a.vague != b.vague:
        return "vague"
    if (a.low, a.high, a.low_open, a.high_open) == (b.low, b.high, b.low_open, b.high_open):
        return None
    if a.qualifier != b.qualifier and not (a.vague or b.vague):
        return "qualifier"
    return "approximate"


def _attacker_counted(a: Quantity, b: Quantity) -> str | None:
    """Seven dead "including the gunman" against six dead: the same toll counted two ways."""
    kind = kind_of_difference(*victims_only(a, b))
    return "attacker_counted" if kind is None else kind


def victims_only(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """The two figures with the attacker taken out of one that counts them, when only one
    does, so "seven including the gunman" meets "six" as 6 against 6."""
    if a.with_attacker == b.with_attacker:
        return a, b
    return _without_attacker(a), _without_attacker(b)


def _without_attacker(q: Quantity) -> Quantity:
    if not q.with_attacker:
        return q
    return replace(q, low=max(q.low - 1, 0), high=q.high - 1, with_attacker=False)


def clash(a: Quantity, b: Quantity) -> bool:
    """True when two figures of the same thing cannot both hold, attacker counted alike
    (one number told exact and "more than" it is one figure, qualified two ways)."""
    a, b = victims_only(a, b)
    return disjoint(a, b) and not _meet_at_written(a, b)


def explain(kind: str, a: Quantity, name_a: str, b: Quantity, name_b: str) -> str:
    """One line a reader understands for a pair of figures."""
    what = f"{a.thing} {a.outcome}".strip()
    if kind == "conflict":
        return (
            f"Conflicting figures for {what}: {name_a} says “{a.text}” ({describe(a)}), "
            f"{name_b} says “{b.text}” ({describe(b)})."
        )
    if kind == "attacker_counted":
        counted, name = (a, name_a) if a.with_attacker else (b, name_b)
        return (
            f"Same toll counted two ways: {name} counts the attacker among the {what} "
            f"(“{counted.text}”); “{a.text}” in {name_a} vs “{b.text}” in {name_b}."
        )
    if kind == "qualifier":
        lead = (
            "Same figure, different qualifier"
            if same_figure(a, b)
            else "Different figures, differently qualified (both can hold)"
        )
        return (
            f"{lead}: “{a.text}” ({describe(a)}) in {name_a} "
            f"vs “{b.text}” ({describe(b)}) in {name_b}."
        )
    if kind == "vague":
        vague, precise = (a, b) if a.vague else (b, a)
        return (
            f"Vague vs precise for {what}: “{vague.text}” (roughly {describe(vague)}) vs "
            f"“{precise.text}”; {name_a} / {name_b}."
        )
    return (
        f"Figures for {what} differ but can both hold: "
        f"“{a.text}” in {name_a}, “{b.text}” in {name_b}."
    )


def same_figure(a: Quantity, b: Quantity) -> bool:
    """Whether two figures write the same number ("more than 10" and "at least 10" do,
    "roughly $700 billion" and "more than $700 billion" too; "at least 14" does not)."""
    return any(math.isclose(x, y) for x in _written(a) for y in _written(b))


def _written(q: Quantity) -> set[float]:
    """The number or numbers a figure writes, read back from its interval."""
    if q.qualifier == "about":
        return {q.high / (1 + ABOUT)}
    if q.qualifier in ("more_than", "at_least"):
        return {q.low}
    if q.qualifier in ("nearly", "up_to", "less_than"):
        return {q.high}
    return {q.low, q.high} - {math.inf}


def _meet_at_written(a: Quantity, b: Quantity) -> bool:
    """Whether two disjoint figures only touch at the one number both write, one of them
    taking it in: "$250,000" and "more than $250,000" give one sum, qualified two ways;
    "more than 10" and "fewer than 10" both leave 10 out and conflict."""
    if not same_figure(a, b):
        return False
    if a.high == b.low:
        return not (a.high_open and b.low_open)
    if b.high == a.low:
        return not (b.high_open and a.low_open)
    return False
