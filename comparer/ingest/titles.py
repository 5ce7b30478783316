"""Take the site's name off a page title ("Budget passes – TechCrunch" → "Budget passes").

A page's <title> usually carries the site's name (or the author's) after a separator, and
sometimes before it. A segment is dropped only when it names something we know: the
outlet, the site name the page declares, the host it came from, or the author, compared
without case, spaces, punctuation, a leading "the" or "www" and a final domain ending.
A title that would be left empty keeps its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+|\s*\|\s*")
_DOMAIN_END = re.compile(r"\.(?:com|net|org|co\.uk|co|news|info|de|fr|ru|cz|es|it|jp|cn)$")
_MIN_NAME = 3


def strip_site(title: str, names: Iterable[str]) -> str:
    """``title`` without a leading or trailing segment naming one of ``names``."""
    known = {_fold(name) for name in names if len(_fold(name)) >= _MIN_NAME}
    if not known:
        return title
    parts = [part for part in _SEPARATOR.split(title.strip()) if part is not None]
    while len(parts) > 1 and _names(parts[-1], known):
        parts.pop()
    while len(parts) > 1 and _names(parts[0], known):
        parts.pop(0)
    if len(parts) == len(_SEPARATOR.split(title.strip())):
        return title.strip()
    return _rejoin(title, parts)


def names_one_of(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` names one of ``names`` (a site, outlet or host), as a suffix would."""
    known = {_fold(name) for name in names if len(_fold(name)) >= _MIN_NAME}
    return bool(known) and _names(text, known)


def _names(segment: str, known: set[str]) -> bool:
    folded = _fold(segment)
    if len(folded) < _MIN_NAME:
        return False
    return any(folded == name or folded in name or name in folded for name in known)


def _rejoin(title: str, parts: list[str]) -> str:
    """The kept span of ``title``: from the first kept part to the end of the last."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else title.strip()


def _fold(name: str) -> str:
    folded = _DOMAIN_END.sub("", name.strip().casefold())
    folded = re.sub(r"^(?:https?://)?(?:www\.)?", "", folded)
    return re.sub(r"[\W_]+", "", folded).removeprefix("the")
