"""Take the site's name off a page title ("Budget passes – TechCrunch" → "Budget passes").

A page's <title> usually carries the site's name (or the author's) after a separator, and
sometimes before it. A segment is dropped only when it names something we know: the
outlet, the site name the page declares, the host it came from (by its own name:
"vogelwarte" for www.vogelwarte.ch), or the author, compared without case, spaces,
punctuation, a leading "the" or "www" and a final domain ending. A title that would be
left empty keeps its words. A date a template prints after the headline goes too. A
breadcrumb of three or more sections ("The New York Times > Movies > Movie Review") is
a path to the page, never its headline (:func:`is_breadcrumb`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Bars and colons need no spaces: "…「Treeviz」:phpspot開発日誌", "記事｜サイト" in CJK titles.
_SEPARATOR = re.compile(r"\s+(?:\||--|-|–|—|::|·|•|»|/|\*)\s+|\s*[|｜：]\s*|(?<=\D):(?=[^\W\d])")
_DOMAIN_END = re.compile(r"\.(?:com|net|org|co\.uk|co|news|info|de|fr|ru|cz|es|it|jp|cn)$")
_MIN_NAME = 3
# A date (and time) the page's template adds after the headline: "… : 31.10.2023, 10.19 Uhr".
_DATED_TAIL = re.compile(
    r"(?<=\w[\w\"'”»!?)])\s+[:|–—-]\s+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+\d{1,2}[.:]\d{2}(?:\s*(?:Uhr|h|a\.?m\.?|p\.?m\.?))?)?\s*$",
    re.IGNORECASE,
)
_HOST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
# "The New York Times > Movies > Movie Review": a site's path to a page, never a headline.
_BREADCRUMB = re.compile(r"^[^>»›]+(?:\s[>»›]\s[^>»›]+){2,}$")


def strip_site(title: str, names: Iterable[str]) -> str:
    """``title`` without a leading or trailing segment naming one of ``names``."""
    title = _DATED_TAIL.sub("", title)
    known = {_fold(name) for name in names if len(_fold(name)) >= _MIN_NAME}
    if not known:
        return title
    parts = [part for part in _SEPARATOR.split(title.strip()) if part is not None]
    while len(parts) > 1 and _names(parts[-1], known):
        parts.pop()
    # A leading segment must start with the name ("EFC Bembel Regensburg - …" by "EFC
    # Bembel"); "Fans of Eintracht cheer - …" on eintracht.de opens with the story.
    while len(parts) > 1 and _names(parts[0], known, leading=True):
        parts.pop(0)
    if len(parts) == len(_SEPARATOR.split(title.strip())):
        return title.strip()
    return _rejoin(title, parts)


def segments(title: str) -> list[str]:
    """The parts of ``title`` between its separators ("Headline", "Site" of "Headline | Site")."""
    return [part for part in _SEPARATOR.split(title.strip()) if part]


def is_breadcrumb(title: str) -> bool:
    """Whether ``title`` is a path of three or more sections ("Site > Section > Page")."""
    return _BREADCRUMB.fullmatch(title.strip()) is not None


def names_one_of(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` names one of ``names`` (a site, outlet or host), as a suffix would."""
    known = {_fold(name) for name in names if len(_fold(name)) >= _MIN_NAME}
    return bool(known) and _names(text, known)


def is_site_name(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` is one of ``names`` (a site, outlet or host) itself, not just like it:
    "El Mostrador" for elmostrador.cl, "Jungle World" for jungle.world."""
    folded = re.sub(r"[\W_]+", "", text.casefold())
    if len(folded) < _MIN_NAME:
        return False
    known = {_fold(name) for name in names} | {re.sub(r"[\W_]+", "", n.casefold()) for n in names}
    return folded in known or folded.removeprefix("the") in known


def _names(segment: str, known: set[str], *, leading: bool = False) -> bool:
    folded = _fold(segment)
    if len(folded) < _MIN_NAME:
        return False
    if leading:
        return any(folded in name or folded.startswith(name) for name in known)
    return any(folded in name or name in folded for name in known)


def _rejoin(title: str, parts: list[str]) -> str:
    """The kept span of ``title``: from the first kept part to the end of the last."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else title.strip()


def _fold(name: str) -> str:
    folded = _host_name(name.strip().casefold())
    folded = _DOMAIN_END.sub("", folded)
    folded = re.sub(r"^(?:https?://)?(?:www\.)?", "", folded)
    return re.sub(r"[\W_]+", "", folded).removeprefix("the")


def _host_name(name: str) -> str:
    """A host's own name: "vogelwarte" for www.vogelwarte.ch, "bbc" for bbc.co.uk."""
    host = re.sub(r"^https?://", "", name).split("/")[0]
    if not _HOST.fullmatch(host):
        return name
    labels = host.removeprefix("www.").split(".")[:-1]  # every country's ending, not a list
    if len(labels) > 1 and len(labels[-1]) <= 3:  # a second-level ending: co.uk, gv.at
        labels.pop()
    return labels[-1] if labels else name
