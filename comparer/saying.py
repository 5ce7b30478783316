"""Verbs of saying: the one list of the words a text uses to report someone's words.

Two readers ask it. The framing analysis (:mod:`comparer.analysis.quotes`) takes a short
quote after "said", "warned", "telling reporters" as the speaker's words, not a scare quote;
the importer (:mod:`comparer.ingest.furniture_notices`) keeps a line that reports speech
("..., the regulator found", "..., sagte die Ministerin") as the story's, not a page's notice.
Each English verb is written once, as its base form, and its forms are made by the spelling
rules of English; the readers differ only in which forms they take. A bare form ("report",
"claim") and many "-s" forms ("reports", "claims") name things as often as they report, so
only the importer's clause after a comma (", experts warn") reads them all.
"""

from __future__ import annotations

import re

_VERBS = (
    "say", "tell", "write", "tweet", "post", "dub", "term", "label", "brand", "describe",
    "vow", "pledge", "promise", "insist", "argue", "claim", "warn", "declare", "announce",
    "state", "report", "deny", "blame", "recommend", "urge", "demand", "accuse", "deem",
    "predict", "acknowledge", "admit", "concede", "contend", "assert", "complain", "boast",
    "brag", "quip", "joke", "ask", "criticize", "criticise", "attack", "signal", "instruct",
    "order", "dispute",
)  # fmt: skip
"""The English verbs of saying that mark a short quote after them as the speaker's words,
base form."""
_REPORTING = ("note", "add", "explain", "find", "rule", "caution", "suggest", "recall",
              "conclude", "observe", "believe", "point_out")  # fmt: skip
"""Verbs that report speech in a clause after a comma (", the regulator found"), but earlier
in a sentence do not make the quotes after them someone's words: "noted the “illegal”
coalition's strikes" keeps the scare quote ("point_out": the verb and its particle)."""

_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote|written", "writing"),
    "find": ("finds", "found", "finding"),
}
_DOUBLED = frozenset({"admit", "quip", "brag", "dub"})
"""Verbs doubling their last consonant before "-ed" and "-ing" ("admitted", "bragging")."""
_MAYBE_DOUBLED = frozenset({"label", "signal"})
"""British and American spellings both: "labelled", "labeled"."""

_S_AS_VERB = frozenset(
    ("say", "tell", "write", "tweet", "dub", "term", "label", "brand", "describe", "vow",
     "insist", "argue", "warn", "declare", "deny", "admit", "boast", "brag")
)  # fmt: skip
"""Verbs whose "-s" form is read as the verb anywhere ("he warns"); "reports", "claims" or
"orders" are read so only in a reporting clause."""

_ABROAD = (
    "sagte", "sagt", "sagten", "schrieb", "schreibt", "erklärte", "a déclaré", "a dit",
    "selon", "dijo", "según",
)  # fmt: skip
"""German, French and Spanish words reporting speech, as pages in those languages write."""


def _forms(base: str) -> tuple[str, ...]:
    """A verb's bare, "-s", past (and participle) and "-ing" forms, each a pattern."""
    verb, _, particle = base.partition("_")
    forms = (verb, *(_IRREGULAR.get(verb) or _regular(verb)))
    return tuple(rf"(?:{form})\s+{particle}" for form in forms) if particle else forms


def _regular(verb: str) -> tuple[str, str, str]:
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    s = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
    if verb.endswith("e"):
        return s, verb + "d", verb[:-1] + "ing"
    doubled = verb + verb[-1] if verb in _DOUBLED else verb
    if verb in _MAYBE_DOUBLED:
        doubled = f"{verb}{verb[-1]}?"
    return s, doubled + "ed", doubled + "ing"


def _alternatives(forms: list[str]) -> str:
    return "(?:" + "|".join(sorted(set(forms), key=lambda form: (-len(form), form))) + ")"


_TABLE = {base: _forms(base) for base in _VERBS + _REPORTING}
_CALL = r"call(?:s|ed|ing)?(?!\s+(?:on|for|upon)\b)"
""""called" names someone's words ("called it “a disgrace”"); "called on" and "called for"
ask for something, and what follows can still be the outlet's words."""

SAID = _alternatives(
    [form for base in _VERBS for form in _TABLE[base][2:]]
    + [_TABLE[base][1] for base in _S_AS_VERB]
    + [_CALL]
)
"""Any form reporting speech wherever it stands: "said", "warned", "telling", "he warns",
"called it" (a regular expression, no word boundaries)."""

ANY_FORM = _alternatives([form for forms in _TABLE.values() for form in forms] + [_CALL])
"""Every form of every verb, the bare ones too ("experts warn", "the union claims"): for a
place where a verb is expected, such as a clause after a comma."""

PLAINLY_REPORTED = _alternatives(
    [_TABLE[base][2] for base in ("say", "tell", "write", "find", "rule")]
    + [_TABLE[base][1] for base in ("say", "write")]
    + ["according to", *_ABROAD]
)
"""Words that report speech in any language and never stand in a page's own notice:
"said", "told", "found", "ruled", "says", "according to", "sagte", "selon", "según"."""

SAYING = re.compile(rf"(?<![-\w]){SAID}(?![-\w])", re.IGNORECASE)
"""A verb of saying in a sentence (:data:`SAID` as a whole word)."""
