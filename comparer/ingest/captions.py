"""Recognise photo captions: they stay in the text but are listed so clients can set them apart.

A caption either opens like one ("The aerial photo shows", "A picture taken on ... shows",
"This file picture shows") or ends with a photo credit in brackets ("(AP photo)",
"(Photo by AFP)").
"""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"(?:the|this|a|an|in this)?\s*(?:aerial |file |undated |handout |combination |satellite )*"
    r"(?:photo(?:graph)?|picture|image|pic|file picture|file photo|screenshot|screengrab)"
    r"(?: taken (?:on|in|at) [^,]{1,60}?| released [^,]{1,60}?| dated [^,]{1,40}?| provided [^,]{1,60}?)?"  # noqa: E501
    r",? (?:shows|showing|taken|released|provided|made available)\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r".*\((?:[\w.’'-]+ ){0,3}(?:photo|photos|file photo|picture|image)(?:s)?"
    r"(?:\s*(?:by|:|via)\s*[^)]{1,60})?\)\.?"
    r"|.*\((?:photo|picture|image)s?\s*(?:by|:|via)\s*[^)]{1,60}\)\.?",
    re.IGNORECASE,
)
_MAX_CAPTION = 600


def is_caption(paragraph: str) -> bool:
    """Whether ``paragraph`` is a photo caption."""
    if len(paragraph) > _MAX_CAPTION:
        return False
    return bool(_OPENING.match(paragraph) or _CREDIT.fullmatch(paragraph))
