"""Manner adverbs in the outlet's own voice: how a report says someone acted.

"He *abruptly* quit", "Obama on Friday *forcefully* defended", "the sheriff *unabashedly*
calls himself": an adverb of manner is the reporter's characterisation, and one report
adding it where another tells the same act without it is a word choice. No word list can
hold them all, so they are found by their form — an ``-ly`` word of six letters or more —
less the adverbs that only place an act in time, count it, grade it, hedge it or name its
field ("recently", "repeatedly", "largely", "reportedly", "politically"): those say nothing
of the actor. Nouns and adjectives that end in -ly ("family", "costly") are left out the
same way. Quoted speech is handled by the caller, like every framing marker.
"""

from __future__ import annotations

import re


def _listed(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ADVERB = re.compile(r"(?<![-\w’'])[A-Za-z]{4,}ly(?![-\w’'])")
# Not manner: time, frequency, degree, focus, stance and domain adverbs; -ly nouns and
# adjectives. Written for this rule from English grammar, not from any corpus; words under
# six letters ("early", "only") never match the form, so they need no entry.
NOT_MANNER = _listed(
    """
    accordingly actually additionally allegedly alternatively annually apparently
    approximately arguably basically briefly certainly chiefly clearly closely commonly
    completely consequently conversely currently deeply definitely directly easily
    economically effectively electronically entirely equally especially essentially
    eventually evidently exactly exclusively explicitly extremely fairly family
    federally finally financially firstly formally formerly frequently generally greatly
    hardly heavily highly historically hourly immediately implicitly importantly
    increasingly independently individually initially internationally jointly largely
    lastly lately legally likely literally locally mainly manually medically mentally
    merely militarily monthly mostly mutually namely nationally naturally nearly
    necessarily normally notably nightly obviously occasionally officially openly
    ordinarily originally overly partially particularly partly personally physically
    politically possibly potentially presumably previously primarily principally
    privately probably promptly properly publicly purportedly quarterly quickly rarely
    readily really recently regularly relatively repeatedly reportedly respectively
    roughly secondly separately seriously shortly significantly similarly simply
    simultaneously slightly slowly socially solely specifically steadily strictly
    subsequently substantially successfully sufficiently supposedly surely technically
    temporarily thirdly thoroughly totally traditionally typically ultimately
    unanimously understandably unfortunately uniquely unusually usually virtually weekly
    wholly widely yearly assembly anomaly monopoly supply friendly elderly lonely lovely
    costly deadly unlikely orderly scholarly
    """
)


def manner_adverbs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every manner adverb of ``text``: a lower-case ``-ly`` word, or
    a capitalised one opening the text ("Unilaterally, Obama ..."), not in
    :data:`NOT_MANNER`."""
    found: list[tuple[int, int, str]] = []
    if "ly" not in text:
        return found  # four in five sentences: the search tries every word start
    for match in _ADVERB.finditer(text):
        word = match.group(0)
        if word[0].isupper() and text[: match.start()].strip():
            continue  # a capitalised word inside a sentence is a name ("Kelly", "Beverly")
        if word.lower() not in NOT_MANNER:
            found.append((match.start(), match.end(), word))
    return found
