"""Furniture lines that speak of the page, not of the story: placeholders, paywalls, appeals.

A placeholder where a reader's consent blocks an embed ("Externer Inhalt nicht verfügbar"),
a paywall's note ("La suite est réservée aux abonnés."), an appeal to rate or fund the
story, a sign-up box's legal line or question, a newsletter's plug or label. Each rule is
anchored to a notice's own wording: a whole short line, or one that addresses the reader
(you, Sie, bitte, an imperative "sign up"); and none fires on a line with a verb of saying
in a clause after a comma ("..., the regulator found", "..., researchers warn", "..., the
minister quipped") or one of "said", "told", "according to", "sagte", "selon" anywhere
(:mod:`comparer.saying`, the list the framing analysis reads too), so a story's sentences on
consent, paywalls or newsletters stay. Reading the whole list instead of this module's own
common verbs kept four more lines of reported speech in the tests ("..., the editor
tweeted") and changed no line of the page sets. An appeal ("Support our journalism") fires
only alone or followed by words asking the reader ("...: become a member today"), not as a
sentence's subject. Measured on the page sets: Fundus 0.9730 -> 0.9771 (halves 0.9742 /
0.9718 -> 0.9766 / 0.9776) over three steps, newspaper4k 0.9710 -> 0.9716 (Time's), the
others unchanged; anchoring the rules to the reader moved no figure (the same 22 lines of
the sets fire). Not done: Golem's "(öffnet im neuen Fenster)" after each link, hidden by a
class of the site's own inside the sentence.
"""

from __future__ import annotations

from comparer.model import Furniture
from comparer.saying import ANY_FORM, PLAINLY_REPORTED


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
)
"""A paywall's note naming this article: anywhere in a short line."""
_PAYWALL_LABEL = _any(
    r"(?:(?:dieser|der) (?:artikel|beitrag|inhalt) ist )?(?:nur|exklusiv) für "
    r"(?:abonnenten|abonnentinnen|abonnierende)(?: (?:verfügbar|lesbar|sichtbar))?",
    r"exclusivo para (?:suscriptores|abonados)", r"(?:contenuto )?riservato agli abbonati",
)  # fmt: skip
"""A paywall's label ("Nur für Abonnenten"): the whole line, not a sentence on a paper's plans."""
_DID_YOU_LIKE = _any(
    r"(?:wie )?hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen",
    r"ihnen hat (?:dieser|der) (?:artikel|beitrag) gefallen",
    r"(?:did you|do you) (?:like|enjoy) this (?:article|story)", r"cet article vous a plu",
)  # fmt: skip
_APPEAL = _any(
    r"(?:unabhängige[rn]?|guter?|kritische[rn]?) journalismus braucht (?:deine|ihre|eure) "
    r"unterstützung",
    r"(?:please )?support (?:our |independent |quality )+journalism",
    r"unterstützen sie (?:unseren |unabhängigen )+journalismus",
)
"""An appeal opening its line: the reader is asked, nobody's plans are told."""
_APPEAL_REST = (
    r"(?:\s*[.!:;,–—-]\s*|\s+(?=(?:today|now|with|by)\b))"
    r"(?=.*\b(?:you|your|bitte|sie|ihre?|deine?|uns)\b|(?:please |bitte )?"
    r"(?:become|subscribe|donate|give|join|sign up|make|click|help|consider|contribute|"
    r"support|unterstützen|werden|spenden|today|now|with (?:a|an|your)|by \w+ing)\b)"
)
"""What may follow an appeal: the reader addressed or asked ("... : become a member today"),
not a sentence about the slogan ("Support our journalism was the slogan ...")."""

_SIGN_UP = _any(
    r"sign(?:ing)? up", r"subscribe", r"anmeld\w*", r"abonnier\w*", r"inscri\w*",
    r"suscr[ií]b\w*", r"hier entlang",
)  # fmt: skip
REPORTING_CLAUSE = rf",\s+(?:(?!(?:you|we|I)\b)[\w'’.-]+\s+){{1,5}}?{ANY_FORM}\b"
"""A clause of reported speech after a comma: "..., researchers warn", "..., the union urged
its members": one to five words naming the speaker (not the reader), then any form of a verb
of saying (:data:`comparer.saying.ANY_FORM`)."""
NOT_REPORTED = rf"(?!.*\b{PLAINLY_REPORTED}\b)(?!.*{REPORTING_CLAUSE})"
"""Opens every rule: a line of reported speech ("..., the regulator found") is a story's
(:mod:`.furniture_table` reads it once a line)."""
_READER = _any(
    r"you", r"your", r"please", r"bitte", r"vous", r"votre", r"vos", r"dich", r"dir",
    r"deine?[mnrs]?", r"euch", r"eure?[mnrs]?", r"(?-i:Sie|Ihnen|Ihre?[mnrs]?)",
)  # fmt: skip
"""Words addressing the reader ("Sie" in capitals: "sie" is they)."""
_CONSENTING = _any(_READER, r"ich", r"mir")
_SIGN_UP_NOW = rf"(?:^|[,;:!?.]\s*|\band |please ){_SIGN_UP}"
"""An imperative call to sign up: opening the line or a clause ("..., sign up for our
newsletters"), where "Readers who subscribe" is a story's."""
_ADDRESSED = rf"(?=.*(?:\b{_READER}\b|{_SIGN_UP_NOW}\b))"
_NEWSLETTER_NAME = r"(?!(?:the|a|an|der|die|das|le|la|les)\b)(?-i:[A-ZÄÖÜ])[^.!?'’]{1,39}"
"""A newsletter's name after its label ("Newsletter: Sport inside"), not a subheading's
phrase ("Newsletter: the campaign's secret weapon")."""

_RULES: tuple[tuple[Furniture, str], ...] = (
    (
        Furniture.BOILERPLATE,
        rf"{_EXTERNAL}(?: (?:nicht verfügbar|not available|unavailable))?[.!]?"
        r"|empfohlener (?:redaktioneller )?inhalt|recommended editorial content",
    ),
    (
        Furniture.BOILERPLATE,
        rf"(?=.{{0,500}}$)(?=.*\b{_CONSENTING}\b)(?=.*\b{_EXTERNAL}\b)(?=.*\b{_SHOWING}\b).+",
    ),
    (
        Furniture.BOILERPLATE,
        rf"(?=.{{0,300}}$)(?=.*\b{_READER}\b)(?=.*\b{_SETTINGS}\b)(?=.*\b{_TO_SHOW}\b).+",
    ),
    # A paywall's note where the story stops: "Il vous reste 57.09% de cet article à lire.
    # La suite est réservée aux abonnés."
    (Furniture.BOILERPLATE, rf"(?=.{{0,300}}$).*\b{_PAYWALL}\b.*|{_PAYWALL_LABEL}[.!]?"),
    # An appeal to the reader: a rating, a donation, a subscription.
    (Furniture.BOILERPLATE, rf"{_DID_YOU_LIKE}\??(?:\s(?=.*\b{_READER}\b).{{0,250}})?"),
    (Furniture.BOILERPLATE, r"(?:durchschnittliche bewertung|average rating)\s*:?\s*[\d.,]+"),
    (Furniture.BOILERPLATE, rf"{_APPEAL}\b(?:\s*[.!]?|{_APPEAL_REST}.{{0,250}})"),
    # A sign-up box: its legal line ("... You can check out at any time. Read our Privacy
    # Policy") and a question leading to a newsletter's name ("Want weekly recs ...? Sign Up
    # for Worth Your Time").
    (Furniture.NEWSLETTER, r".{0,300}\b(?:read|see|view) our privacy (?:policy|notice)\.?"),
    (Furniture.NEWSLETTER, r"[^.!?]{3,120}\? sign up (?:for|to) [^.!?]{2,60}"),
    # A newsletter's plug, addressed to the reader ("... sign up for our daily newsletter,
    # Posted, here.", "Der BR24 Newsletter informiert Sie ... Hier geht's zur Anmeldung!"),
    # or its label ("Newsletter: Sport inside").
    (
        Furniture.NEWSLETTER,
        rf"(?=.{{0,350}}$){_ADDRESSED}(?=.*newsletter)(?=.*\b{_SIGN_UP}\b).+"
        rf"|newsletters?\s*:\s*{_NEWSLETTER_NAME}",
    ),
)

NOTICE_LINES: tuple[tuple[Furniture, str], ...] = tuple(
    (reason, rf"{NOT_REPORTED}(?:{pattern})") for reason, pattern in _RULES
)
"""Each a reason and a pattern matching a whole line, as in :mod:`.furniture_rules`."""
