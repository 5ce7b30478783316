"""Furniture lines that speak of the page, not of the story: placeholders, paywalls, appeals.

- Where a page embeds a tweet, a chart or a video from another site, a reader who has not
  consented to it is shown a placeholder instead, and a text extractor keeps it: "Externer
  Inhalt nicht verfügbar", "Deine Privatsphäre-Einstellungen verhindern das Laden und
  Anzeigen aller externen Inhalte ...", "Empfohlener redaktioneller Inhalt", "Ich bin damit
  einverstanden, dass mir der externe Inhalt angezeigt wird." A line is one when it speaks
  of external or embedded content and of showing, loading or consenting to it, or of the
  reader's privacy settings and of showing something (at most 500 and 300 characters: a
  story on privacy settings writes longer paragraphs than these notices).
- A paywall's note where the story stops ("La suite est réservée aux abonnés."), an
  appeal to rate or fund the story ("Hat Ihnen dieser Artikel gefallen? ...",
  "Durchschnittliche Bewertung: 0,0", "Unabhängiger Journalismus braucht deine
  Unterstützung."), and a sign-up box's legal line ("... Read our Privacy Policy") or its
  question leading to a newsletter's name ("Want weekly recs ...? Sign Up for Worth Your
  Time"), a newsletter's plug with a call to sign up, or its label ("Newsletter: Sport
  inside").

Measured on the committed page sets (token F1, halves a / b): Fundus 0.9730 -> 0.9735
(0.9742 -> 0.9742 / 0.9718 -> 0.9728: Business Insider Deutschland's and Tagesspiegel's
placeholders), the other four sets unchanged; with the paywall, appeal and sign-up lines
(and "Read next" among :mod:`.furniture_rules`' read-more words): Fundus 0.9745 -> 0.9750
(0.9748 / 0.9743 -> 0.9749 / 0.9751: Le Monde, the Express, Israel Nachrichten, junge Welt,
The Citizen), newspaper4k 0.9710 -> 0.9716 (0.9476 / 0.9977 -> 0.9476 / 0.9989: Time's),
the other three unchanged; with newsletters' plugs and labels: Fundus 0.9768 -> 0.9771
(0.9765 / 0.9772 -> 0.9766 / 0.9776: the National Post, BR24, WAZ, the Luxemburger Wort),
the others unchanged. Not done: Golem's "(öffnet im neuen
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

_PAYWALL = _any(
    r"(?:la suite|le reste) (?:de cet article )?est réservée? aux abonnés",
    r"this (?:article|story) is (?:only )?(?:available|reserved) (?:to|for) "
    r"(?:subscribers|members)",
    r"(?:nur|exklusiv) für (?:abonnenten|abonnentinnen|abonnierende)",
    r"exclusivo para (?:suscriptores|abonados)", r"riservato agli abbonati",
)  # fmt: skip
_DID_YOU_LIKE = _any(
    r"(?:wie )?hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen",
    r"(?:did you|do you) (?:like|enjoy) this (?:article|story)", r"cet article vous a plu",
)  # fmt: skip
_APPEAL = _any(
    r"(?:unabhängige[rn]?|guter?|kritische[rn]?) journalismus braucht (?:deine|ihre|eure) "
    r"unterstützung",
    r"(?:please )?support (?:our |independent |quality )+journalism",
    r"unterstützen sie (?:unseren |unabhängigen )+journalismus",
)

_SIGN_UP = _any(
    r"sign(?:ing)? up", r"subscribe", r"anmeld\w*", r"abonnier\w*", r"inscri\w*",
    r"suscr[ií]b\w*", r"hier entlang",
)  # fmt: skip
_NOT_REPORTED = r"(?!.*\b(?:said|says|according to|sagte|sagt|sagten)\b)"

NOTICE_LINES: tuple[tuple[Furniture, str], ...] = (
    (
        Furniture.BOILERPLATE,
        rf"{_EXTERNAL}(?: (?:nicht verfügbar|not available|unavailable))?[.!]?"
        r"|empfohlener (?:redaktioneller )?inhalt|recommended editorial content",
    ),
    (Furniture.BOILERPLATE, rf"(?=.{{0,500}}$)(?=.*\b{_EXTERNAL}\b)(?=.*\b{_SHOWING}\b).+"),
    (Furniture.BOILERPLATE, rf"(?=.{{0,300}}$)(?=.*\b{_SETTINGS}\b)(?=.*\b{_TO_SHOW}\b).+"),
    # A paywall's note where the story stops: "Il vous reste 57.09% de cet article à lire.
    # La suite est réservée aux abonnés."
    (Furniture.BOILERPLATE, rf"(?=.{{0,300}}$).*\b{_PAYWALL}\b.*"),
    # An appeal to the reader: a rating, a donation, a subscription.
    (Furniture.BOILERPLATE, rf"{_DID_YOU_LIKE}\??(?:\s.{{0,250}})?"),
    (Furniture.BOILERPLATE, r"(?:durchschnittliche bewertung|average rating)\s*:?\s*[\d.,]+"),
    (Furniture.BOILERPLATE, rf"(?=.{{0,300}}$).*\b{_APPEAL}\b.*"),
    # A sign-up box: its legal line ("... You can check out at any time. Read our Privacy
    # Policy") and a question leading to a newsletter's name ("Want weekly recs ...? Sign Up
    # for Worth Your Time").
    (Furniture.NEWSLETTER, r".{0,300}\b(?:read|see|view) our privacy (?:policy|notice)\.?"),
    (Furniture.NEWSLETTER, r"[^.!?]{3,120}\? sign up (?:for|to) [^.!?]{2,60}"),
    # A newsletter's plug: its name and a call to sign up ("... sign up for our daily
    # newsletter, Posted, here.", "Der BR24 Newsletter informiert Sie ... Hier geht's zur
    # Anmeldung!"), or its label ("Newsletter: Sport inside"); a report of one is text.
    (
        Furniture.NEWSLETTER,
        rf"(?=.{{0,350}}$){_NOT_REPORTED}(?=.*newsletter)(?=.*\b{_SIGN_UP}\b).+"
        r"|newsletters?\s*:\s*[^.!?]{2,40}",
    ),
)
"""Each a reason and a pattern matching a whole line, as in :mod:`.furniture_rules`."""
