"""The words around a number that say what it means: qualifiers ("more than", "at least"),
vague amounts ("scores of") with the range each stands for, counted things ("civilians") and
outcomes ("martyred" = killed), each mapped to the canonical code the comparison uses.

They are grammar rather than opinion, so they live in code next to the extractor, not in the
user-extensible lexicon files.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

INF = math.inf


def alternation(words: Iterable[str]) -> str:
    """A regular expression's alternation of ``words``, longest first (so "more than" is
    tried before "more"), each space written as any run of white space."""
    items = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in items)


# qualifier phrase -> code of the interval it makes of a number
QUALIFIERS: dict[str, str] = {
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "just over": "more_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "a minimum of": "at_least",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "nearly",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "up to": "up_to",
    "as many as": "up_to",
    "at most": "up_to",
    "no more than": "up_to",
    "a maximum of": "up_to",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "exactly": "exact",
}

# vague amount -> (low, high): deliberately wide, so that only clear clashes are conflicts
VAGUE: dict[str, tuple[float, float]] = {
    "scores of": (40, 200),
    "dozens of": (24, 144),
    "tens of": (20, 100),
    "hundreds of": (200, 1000),
    "thousands of": (2000, 100_000),
    "a few": (2, 5),
    "few": (2, 5),
    "a handful of": (2, 6),
    "several": (3, 9),
    "a number of": (3, 20),
    "numerous": (5, INF),
    "many": (3, INF),
    "many more": (3, INF),
    "countless": (20, INF),
    # bare forms count people only with an outcome: "dozens were hurt", "a handful died"
    "dozens": (24, 144),
    "scores": (40, 200),
    "hundreds": (200, 1000),
    "thousands": (2000, 100_000),
    "a handful": (2, 6),
    "a large number of": (20, INF),
    "a great number of": (20, INF),
}

# counted word -> canonical thing
THINGS: dict[str, str] = {
    "civilians": "civilians",
    "civilian": "civilians",
    "people": "people",
    "persons": "people",
    "person": "people",
    "individuals": "people",
    "others": "people",
    "more": "people",
    "victims": "people",
    "residents": "people",
    "adults": "people",
    "villagers": "people",
    "citizens": "people",
    "children": "children",
    "child": "children",
    "kids": "children",
    "minors": "children",
    "women": "women",
    "woman": "women",
    "men": "men",
    "man": "men",
    "soldiers": "soldiers",
    "soldier": "soldiers",
    "troops": "soldiers",
    "servicemen": "soldiers",
    "policemen": "police",
    "officers": "police",
    "militants": "fighters",
    "fighters": "fighters",
    "rebels": "fighters",
    "insurgents": "fighters",
    "terrorists": "fighters",
    "jihadists": "fighters",
    "gunmen": "fighters",
    "members": "people",
    "students": "students",
    "refugees": "refugees",
    "migrants": "migrants",
    "family members": "people",
    "journalists": "journalists",
    "workers": "workers",
    "protesters": "protesters",
}
TIME_UNITS = [
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
    "nights",
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "night",
]

# what happened -> canonical outcome
OUTCOMES: dict[str, str] = {
    "killed": "killed",
    "shot to death": "killed",
    "fatally": "killed",
    "dead": "killed",
    "died": "killed",
    "martyred": "killed",
    "perished": "killed",
    "lost their lives": "killed",
    "slain": "killed",
    "massacred": "killed",
    "executed": "killed",
    "killing": "killed",
    "claimed the lives of": "killed",
    "claiming the lives of": "killed",
    "the lives of": "killed",
    "death toll": "killed",
    "deaths of": "killed",
    "kill": "killed",
    "kills": "killed",
    "execute": "killed",
    "executes": "killed",
    "executing": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "injuring": "injured",
    "wounding": "injured",
    "injuries": "injured",
    "missing": "missing",
    "arrested": "arrested",
    "detained": "arrested",
    "arresting": "arrested",
    "kidnapped": "abducted",
    "abducted": "abducted",
    "displaced": "displaced",
    "displacing": "displaced",
    "evacuated": "displaced",
}

# one person named by a noun ("a man", "his father") -> canonical thing
PERSON_NOUNS: dict[str, str] = {
    **{w: "men" for w in ("man", "father", "husband", "son", "brother", "uncle", "boyfriend")},
    **{w: "women" for w in ("woman", "mother", "wife", "daughter", "sister", "girlfriend")},
    **{w: "children" for w in ("boy", "girl", "child", "toddler", "baby", "infant")},
    **{w: "police" for w in ("officer", "policeman", "deputy", "trooper", "cop")},
    **{
        w: "people"
        for w in (
            "person",
            "victim",
            "teen",
            "teenager",
            "student",
            "resident",
            "driver",
            "passenger",
            "clerk",
            "employee",
            "friend",
            "neighbor",
            "neighbour",
            "cousin",
            "grandmother",
            "grandfather",
            "customer",
            "guard",
            "bystander",
            "relative",
            "youth",
            "pedestrian",
            "worker",
            "owner",
            "civilian",
        )
    },
}
# the one who attacked: counted apart from the victims
PLURAL_PEOPLE = {"men": "men", "women": "women", "children": "children", "people": "people"}
ATTACKER_NOUNS: dict[str, str] = {
    w: "attackers"
    for w in ("gunman", "shooter", "suspect", "attacker", "assailant", "bomber", "killer")
}

# counted things other than people, by head noun -> canonical thing ("packages" = "devices")
OBJECTS: dict[str, str] = {
    **{w: "devices" for w in ("device", "bomb", "package", "parcel", "explosive", "ied")},
    **{w: "charges" for w in ("charge", "count", "crime", "offense", "offence", "felony")},
    **{w: "guns" for w in ("gun", "firearm", "weapon", "rifle", "handgun", "pistol")},
    **{w: "shots" for w in ("shot", "round", "bullet")},
    **{w: w + "s" for w in ("bill", "vote", "seat")},
}
CURRENCIES: dict[str, str] = {"$": "dollars", "£": "pounds", "€": "euros"}
