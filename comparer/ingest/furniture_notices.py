"""Furniture lines that speak of the page, not of the story: placeholders for blocked embeds.

- Where a page embeds a tweet, a chart or a video from another site, a reader who has not
  consented to it is shown a placeholder instead, and a text extractor keeps it: "Externer
  Inhalt nicht verfügbar", "Deine Privatsphäre-Einstellungen verhindern das Laden und
  Anzeigen aller externen Inhalte ...", "Empfohlener redaktioneller Inhalt", "Ich bin damit
  einverstanden, dass mir der externe Inhalt angezeigt wird." A line is one when it speaks
  of external or embedded content and of showing, loading or consenting to it, or of the
  reader's privacy settings and of showing something (at most 500 and 300 characters: a
  story on privacy settings writes longer paragraphs than these notices).

Measured on the committed page sets (token F1, halves a / b): Fundus 0.9730 -> 0.9735
(0.9742 -> 0.9742 / 0.9718 -> 0.9728: Business Insider Deutschland's and Tagesspiegel's
placeholders), the other four sets unchanged. Not done: Golem's "(öffnet im neuen
Fenster)" after each link, text that a class of the site's own hides (``go-vh``) inside the
sentence, which no line rule reaches.
"""

from __future__ import annotations

from comparer.model import Furniture


def _any(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


_EXTERNAL = _any(
    r"extern\w* inhalt\w*", r"external (?:content|media)", r"embedded (?:content|media)",
    r"third[- ]party (?:content|provider)", r"contenidos? externos?", r"contenus? externes?",
    r"contenuti? estern[oi]", r"externe inhoud",
)  # fmt: skip
_SHOWING = _any(
    r"anzeig\w*", r"angezeigt", r"laden", r"einblenden", r"ausblenden", r"einverstanden",
    r"zustimm\w*", r"aktivier\w*", r"akzeptier\w*", r"load(?:ing|ed)?", r"display\w*",
    r"show(?:n|ing)?", r"view(?:ing)?", r"consent\w*", r"enable\w*", r"accept\w*", r"mostrar",
    r"cargar", r"afficher", r"charger", r"visualizzare",
)  # fmt: skip
_SETTINGS = (
    r"(?:privatsphäre|datenschutz|privacy|cookie)[- ]?(?:einstellungen|settings|preferences)"
)
_TO_SHOW = _any(
    r"zur anzeige",
    r"anzeigen",
    r"laden",
    r"to (?:view|display|see|show|load) (?:this|the|it)",
)

NOTICE_LINES: tuple[tuple[Furniture, str], ...] = (
    (
        Furniture.BOILERPLATE,
        rf"{_EXTERNAL}(?: (?:nicht verfügbar|not available|unavailable))?[.!]?"
        r"|empfohlener (?:redaktioneller )?inhalt|recommended editorial content",
    ),
    (Furniture.BOILERPLATE, rf"(?=.{{0,500}}$)(?=.*\b{_EXTERNAL}\b)(?=.*\b{_SHOWING}\b).+"),
    (Furniture.BOILERPLATE, rf"(?=.{{0,300}}$)(?=.*\b{_SETTINGS}\b)(?=.*\b{_TO_SHOW}\b).+"),
)
"""Each a reason and a pattern matching a whole line, as in :mod:`.furniture_rules`."""
