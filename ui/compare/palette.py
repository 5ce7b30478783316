"""The one home of the comparison view's colours, words and non-colour cues.

Every kind of difference (:class:`~comparer.model.Kind`), every alignment relation and the
dimmed page furniture get their look here, for a light and a dark theme. The kinds' colours
come from the Qt-free table in :mod:`comparer.colours`, which the reports share; each kind
also has its own underline style and ruler marker so that nothing depends on
colour alone. Whether the theme is dark is read from the widget palette's window colour, so
the view follows the system theme without a setting of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen, QTextCharFormat

from comparer.colours import (
    BLUE,
    FILL_ALPHA,
    GREY,
    KIND_COLOURS,
    ORANGE,
    SKY_BLUE,
    VERMILLION,
    YELLOW,
)
from comparer.model import Article, Difference, Kind, Relation
from comparer.quoting import quoted
from ui.theme import is_dark as is_dark  # the comparison's colours ask it most


class Marker(StrEnum):
    """The shape a kind is drawn with in the overview ruler and the legend."""

    BAR = "bar"
    DIAMOND = "diamond"
    TRIANGLE = "triangle"
    SQUARE = "square"


@dataclass(frozen=True, slots=True)
class KindStyle:
    """How one kind of difference looks: words, colours and the cues besides colour."""

    label: str
    description: str
    light: str
    dark: str
    underline: QTextCharFormat.UnderlineStyle
    marker: Marker
    bold: bool = False

    def colour(self, dark: bool) -> QColor:
        """The strong colour (underline, ruler marker) for the theme."""
        return QColor(self.dark if dark else self.light)

    def background(self, dark: bool, faint: bool = False) -> QColor:
        """A translucent fill laid under the text; minor differences get a fainter one."""
        colour = self.colour(dark)
        alpha = 80 if dark else round(FILL_ALPHA * 255)
        colour.setAlpha(alpha // 3 if faint else alpha)
        return colour


_US = QTextCharFormat.UnderlineStyle

KIND_STYLES: dict[Kind, KindStyle] = {
    Kind.WORDING: KindStyle(
        "Wording",
        "Words inserted, deleted or replaced (wavy underline)",
        *KIND_COLOURS[Kind.WORDING],
        _US.WaveUnderline,
        Marker.BAR,
    ),
    Kind.NUMBER: KindStyle(
        "Numbers",
        "Figures that differ (bold, solid underline)",
        *KIND_COLOURS[Kind.NUMBER],
        _US.SingleUnderline,
        Marker.DIAMOND,
        bold=True,
    ),
    Kind.FRAMING: KindStyle(
        "Framing",
        "Loaded or attributed wording (dashed underline)",
        *KIND_COLOURS[Kind.FRAMING],
        _US.DashUnderline,
        Marker.TRIANGLE,
    ),
    Kind.OMISSION: KindStyle(
        "Only in this report",
        "Sentences no other report carries (dotted underline)",
        *KIND_COLOURS[Kind.OMISSION],
        _US.DotLine,
        Marker.SQUARE,
    ),
}

RELATION_LABELS: dict[Relation, str] = {
    Relation.IDENTICAL: "Identical",
    Relation.REWORDED: "Reworded",
    Relation.PARTIAL: "Partial match",
    Relation.RELATED: "Related",
}
RELATION_HINTS: dict[Relation, str] = {
    Relation.IDENTICAL: "The same words",
    Relation.REWORDED: "The same fact in other words",
    Relation.PARTIAL: "The same fact told with other details",
    Relation.RELATED: "The same topic with another detail, or a passage shared by reports "
    "of different events",
}


def relation_hint(relation: Relation) -> str:
    """A link's relation in words, as a band of the link map says it when hovered."""
    hint = RELATION_HINTS[relation]
    return f"{RELATION_LABELS[relation]}: {hint[:1].lower()}{hint[1:]}"


_RELATION_COLOURS: dict[Relation, tuple[str, str]] = {
    Relation.IDENTICAL: (GREY, "#8a8a8a"),
    Relation.REWORDED: (SKY_BLUE, BLUE),
    Relation.PARTIAL: (ORANGE, "#b07800"),
    Relation.RELATED: (GREY, "#6f6f6f"),
}

# Related links (same topic, another detail; or two events) are drawn as a dotted outline
# alone: no shared fact. Filled, even faintly, the bands between reports of different events
# overlapped into a grey block that read as the Identical fill.
RELATION_ALPHA: dict[Relation, int] = {Relation.RELATED: 0}
DEFAULT_RELATION_ALPHA = 110

# Outlines tell relations apart without colour.
_RELATION_PENS: dict[Relation, Qt.PenStyle] = {
    Relation.IDENTICAL: Qt.PenStyle.NoPen,
    Relation.REWORDED: Qt.PenStyle.SolidLine,
    Relation.PARTIAL: Qt.PenStyle.DashLine,
    Relation.RELATED: Qt.PenStyle.DotLine,
}

FURNITURE_LABEL = "Page furniture"


def kind_style(kind: Kind) -> KindStyle:
    """The look of ``kind``."""
    return KIND_STYLES[kind]


def type_label(code: str) -> str:
    """Words for an engine type code such as ``"replaced"`` or ``"hedged_figure"``."""
    return code.replace("_", " ").capitalize()


def relation_colour(relation: Relation, dark: bool) -> QColor:
    """The band colour joining aligned sentences of ``relation`` in the link map."""
    light, dark_colour = _RELATION_COLOURS[relation]
    return QColor(dark_colour if dark else light)


def relation_pen(relation: Relation, dark: bool) -> QPen:
    """The outline of a link-map band of ``relation``."""
    colour = relation_colour(relation, dark)
    pen = QPen(colour.lighter(130) if dark else colour.darker(130))
    pen.setStyle(_RELATION_PENS[relation])
    return pen


def highlight_format(kind: Kind, dark: bool, faint: bool = False) -> QTextCharFormat:
    """The character format painted over a difference of ``kind``.

    ``faint`` (minor differences, long spans) and whole sentences only in one report get a
    lighter fill, so that short word-level highlights still stand out.
    """
    style = KIND_STYLES[kind]
    fmt = QTextCharFormat()
    fmt.setBackground(style.background(dark, faint or kind is Kind.OMISSION))
    fmt.setUnderlineStyle(style.underline)
    fmt.setUnderlineColor(style.colour(dark))
    if style.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def dismissed_format(kind: Kind, dark: bool) -> QTextCharFormat:
    """A difference the reviewer dismissed: no fill, a dotted line in its kind's colour."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(KIND_STYLES[kind].colour(dark))
    return fmt


def furniture_format(palette: QPalette) -> QTextCharFormat:
    """Dimmed, italic text for page furniture shown back in place."""
    fmt = QTextCharFormat()
    dim = palette.color(QPalette.ColorRole.PlaceholderText)
    fmt.setForeground(dim)
    fmt.setFontItalic(True)
    fmt.setFontStrikeOut(True)
    return fmt


def current_format(palette: QPalette) -> QTextCharFormat:
    """The outline-like look of the difference the user is looking at right now."""
    fmt = QTextCharFormat()
    fmt.setBackground(palette.color(QPalette.ColorRole.Highlight))
    fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
    return fmt


def describe(difference: Difference, names: dict[str, str]) -> str:
    """Rich text for a tooltip: the kind, the explanation and what it differs from.

    ``names`` maps article keys to the names shown for them (an outlet, say).
    """
    style = KIND_STYLES[difference.kind]
    lines = [f"<b>{escape(style.label)}</b> — {escape(type_label(difference.type))}"]
    if difference.explanation:
        lines.append(escape(difference.explanation))
    counterpart = difference.counterpart
    # Nothing on the other side (an insertion) or already quoted above: no line of its own.
    said = quoted(counterpart.text) if counterpart is not None else ""
    if counterpart is not None and counterpart.text and said not in difference.explanation:
        name = names.get(counterpart.article, counterpart.article)
        lines.append(f"{escape(name)} ({counterpart.article}): {escape(said)}")
    return "<br>".join(lines)


# Search matches: a marker-pen yellow every theme reads black text on; the current one orange.
_MATCH_COLOURS = {False: (YELLOW, ORANGE), True: ("#b8ad2f", ORANGE)}


def match_format(dark: bool, current: bool = False) -> QTextCharFormat:
    """The look of a search match (``current``: the one the find bar is on)."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(_MATCH_COLOURS[dark][1 if current else 0]))
    fmt.setForeground(QColor("black"))
    if current:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor("black"))
    return fmt


CONFLICT_MARK = "≠"
VAGUE_MARK = "~"


def conflict_background(dark: bool) -> QColor:
    """The tint behind a figure the reports disagree on (its row also carries ≠)."""
    colour = QColor(VERMILLION if not dark else ORANGE)
    colour.setAlpha(70 if dark else 50)
    return colour


def absent_colour(dark: bool) -> QColor:
    """Text colour of a placeholder such as "—" for a figure a report does not give."""
    return QColor("#8a8a8a" if dark else "#767676")


def warning_colour(dark: bool) -> QColor:
    """Text colour of a warning that needs a reader's attention (several events)."""
    return QColor(ORANGE if dark else VERMILLION)


def article_name(article: Article) -> str:
    """How tables name an article: its outlet, else its title ("" if it has neither)."""
    return article.meta.outlet or article.meta.title


def keyed_name(key: str, name: str) -> str:
    """An article's key with its name, "B · Fort Russ News" (the key alone without one)."""
    return f"{key} · {name}" if name else key
