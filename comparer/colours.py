"""The one table of colours for the kinds of difference, shared by the window and reports.

Colours come from the Okabe–Ito palette, which stays distinguishable for the common forms
of colour blindness. Each kind has a strong colour for a light and a dark theme (underlines,
ruler markers); a highlight is that colour laid over the page at :data:`FILL_ALPHA`. The
window turns these into Qt colours (:mod:`ui.compare.palette`); the HTML and PDF reports,
printed on white, use :func:`fill_on_white`, the same highlight made opaque, so a framing
highlight is the same pink on screen and on paper.
"""

from __future__ import annotations

from comparer.model import Kind

# Okabe & Ito (2008), "Color Universal Design".
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"

KIND_COLOURS: dict[Kind, tuple[str, str]] = {
    Kind.WORDING: (BLUE, SKY_BLUE),
    Kind.NUMBER: (VERMILLION, ORANGE),
    Kind.FRAMING: (REDDISH_PURPLE, REDDISH_PURPLE),
    Kind.OMISSION: (BLUISH_GREEN, BLUISH_GREEN),
}
"""Per kind: the strong colour on a light theme, and on a dark one."""

FILL_ALPHA = 60 / 255
"""How opaque a highlight is over a light page (a dark page takes a little more)."""


def fill_on_white(kind: Kind) -> str:
    """The highlight of ``kind`` over a white page, as an opaque ``#rrggbb``."""
    strong = KIND_COLOURS[kind][0]
    channels = (int(strong[i : i + 2], 16) for i in (1, 3, 5))
    blended = (round(255 + (c - 255) * FILL_ALPHA) for c in channels)
    return "#" + "".join(f"{c:02x}" for c in blended)
