"""Words of a sentence that are not the outlet's voice though no quotation marks hold them.

Quoted words are the speaker's (:mod:`comparer.analysis.quotes`). Two more stretches are not
the outlet's judgement either, and an evaluative word in them is no framing finding nor a
tone word:

- **a charge or plea**: the offence after "pleaded guilty to", "charged with", "on charges
  of", "guilty of", "indicted on", "convicted of" ("pleaded guilty to giving *false*
  statements", "charges of *illegally* converting"), the legal status itself ("pleaded
  *guilty*", "found not *guilty*") and the names of offences wherever they stand ("whether
  he *obstructed* justice", "*conspired* with Russia", "the *criminal* case"): the law's
  words, which every report of the case must use;
- **what someone called something**: the words after "described (it) as" and
  "characterized (it) as" ("Critics have described the chairman as *gaffe-prone*"), and
  after "called", "labeled", "branded", "dubbed" ("Comey called her actions extremely
  *careless*", "Calling it one of the biggest *scams*"), the speaker's characterisation
  told without quotation marks (a clause that quotes the characterisation is left alone:
  the quotation holds the speaker's words, the rest is the outlet's, 'calling her
  *disdainful* remarks “highly inappropriate”'), and only where a complement follows the
  object ("called Trump *a liar* on Monday", "called it …", "called the remarks *racist* in
  a tweet"): "Obama called the *embattled* governor on Tuesday" telephoned him, and its
  words are the outlet's; so did "called her embattled husband on Tuesday" (a possessive
  "her" is judged as "the" is). In a charge with a determiner ("charged with the *brutal*
  murder of a *disabled* teenager") only the offence ("murder") is the law's; the
  description of the act is the outlet's.

Each stretch runs to the end of its clause (a comma, semicolon, colon, dash or bracket) and
at most :data:`MAX_WORDS` words. On BASIL dev (lexical-bias spans) the shown framing findings
these rules drop matched the annotated bias 0 times in 9 (even half 0 in 8, odd half 0 in 1:
the odd half has few charges), and lex_recall stayed 0.281; with minor findings, two spans
the annotators marked in "called X" clauses are lost ("called the idea illegal and
offensive", "calling it an affront": the speakers' words, as a quotation's would be).

Tried and dropped: "accused of" and "arrested for" as charge leads changed no shown finding
on either half (146 shown, 29 hits; 150, 32), and an accusation in politics ("accused him of
betraying") is no charge, so they were left out. The clause after "said (that)", "argued",
"insisted" or "believe" as the speaker's: even half unchanged (146 shown, 29 hits), odd 150,
32 -> 146, 31 (0.213 -> 0.212: "were being *unfairly* censored", annotated, lost): dropped,
an indirect quotation is worded by the report. "described as" and "characterized as" took
lex_precision 0.2103 -> 0.2111 (shown per article 2.3016 -> 2.2937), lex_recall unchanged.
The complement and determiner rules left BASIL's lex figures as they were (lex_precision
0.2068, lex_recall 0.2810; even 0.1986 / 0.3000, odd 0.2148 / 0.2667).
"""

from __future__ import annotations

import re

from comparer.casefold import lowered
from comparer.wordnet import senses

MAX_WORDS = 14
_PLEAD = r"(?:pleaded|pleads|plead|pleading|pled)\s+(?:not\s+)?guilty"
_GUILTY = r"(?:found|is|was|were|are|be|been|being|not|isn['’]t|wasn['’]t)\s+(?:not\s+)?guilty"
_CHARGE_LEAD = re.compile(
    rf"\b(?:{_PLEAD}|{_GUILTY}|guilty\s+(?:plea|verdict)s?|charged\s+with|charges?\s+of"
    r"|counts?\s+of|convicted\s+of|acquitted\s+of|indicted\s+(?:on|for))\b",
    re.IGNORECASE,
)
_OFFENCE = re.compile(
    r"\b(?:obstruct(?:s|ed|ing)?\s+justice|obstruction\s+of\s+justice|false\s+statements?"
    r"|conspir(?:ed|es|ing|e|acy)\s+(?:with|to|against)"
    r"|criminal\s+(?:case|charges?|investigations?|probe|inquiry|referral|trial|prosecution))\b",
    re.IGNORECASE,
)
# "called for", "called on", "called off": a demand or a cancellation; "call attention to",
# "called a vote", "called 911": no characterisation
_CALLED = re.compile(
    r"(?<![\w-])(?:(?:called|calling|label(?:l?ed|l?ing)|branded|branding|dubbed|dubbing)\s+"
    r"(?!(?:for|on|off|in|up|out|back|to|into|upon|attention|a|an|911|police)\b)"
    # the present ("Trump calls Flynn treatment 'unfair'") only before its object: "a call
    # with Putin", "calls from voters" are nouns
    r"|(?:calls?|labels?|brands?|dubs?)\s+(?=(?:it|him|her|them|this|that)\b))",
    re.IGNORECASE,
)
# "characterized Putin as trying to undermine NATO", "described the chairman as gaffe-prone":
# what follows "as" is how someone characterised it, told without quotation marks
_DESCRIBED_AS = re.compile(
    r"(?<![\w-])(?:characteri[sz](?:e|es|ed|ing)|describ(?:e|es|ed|ing))"
    r"(?:\s+[\w'’.-]+){0,5}?\s+as\s+",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:()\[\]—–―]|\s-\s|[.!?](?:\s|$)|$")
_WORD = re.compile(r"\S+")
# 'calling her disdainful remarks “highly inappropriate”': the speaker's words are the
# quoted ones; the rest of the clause is the outlet's (its "disdainful" is a judgement)
_QUOTE_MARK = re.compile(r"[“”\"]")


# "the brutal murder of a disabled teenager": after a determiner the outlet describes the
# act; only the offence itself, the word before a preposition, is the law's
_DETERMINER = re.compile(r"\b(?:the|a|an|his|her|their|its)\b", re.IGNORECASE)
_AFTER_OFFENCE = re.compile(
    r"\s(?:of|in|against|to|on|at|for|from|with|by|during|after|before)\b", re.IGNORECASE
)
# After "called X", a word that ends the object with no complement: "called the embattled
# governor on Tuesday" telephoned him ("of" belongs to the object)
# fmt: off
_NO_COMPLEMENT = frozenset({
    "on", "to", "at", "in", "from", "after", "before", "during", "about", "over", "last",
    "yesterday", "today", "tonight", "early", "late", "twice", "again", "back", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
# fmt: on
_PRONOUNS = frozenset({"it", "him", "her", "them", "this", "that", "me", "us", "you"})
_NOUN_PHRASE_START = frozenset({"a", "an", "the", "one"})


# A word every match of each pattern above holds, looked for in the lower-cased sentence
# first (:mod:`comparer.casefold`): most sentences hold none and are not searched.
_CHARGE_STEMS = ("guilty", "charge", "count", "convicted", "acquitted", "indicted")
_OFFENCE_STEMS = ("obstruct", "false", "conspir", "criminal")
_CALLED_STEMS = ("call", "label", "brand", "dub")
_DESCRIBED_STEMS = ("describ", "characteri")


def others_words(text: str) -> list[tuple[int, int]]:
    """Offsets of the stretches of ``text`` that are a charge, an offence or what someone
    called something: words in them are not the outlet's own."""
    low = lowered(text)

    def may_hold(stems: tuple[str, ...]) -> bool:
        return low is None or any(stem in low for stem in stems)

    spans: list[tuple[int, int]] = []
    if may_hold(_CHARGE_STEMS):
        spans.extend(span for m in _CHARGE_LEAD.finditer(text) for span in _charge(text, m))
    if may_hold(_OFFENCE_STEMS):
        spans.extend((m.start(), m.end()) for m in _OFFENCE.finditer(text))
    if may_hold(_CALLED_STEMS):
        spans.extend(_called(text))
    if may_hold(_DESCRIBED_STEMS):
        spans.extend(_described_as(text))
    return sorted(spans)


def _called(text: str) -> list[tuple[int, int]]:
    """The clauses after "called", "labeled"... that characterise their object."""
    spans = []
    for m in _CALLED.finditer(text):
        end = _clause_end(text, m.end())
        if not _QUOTE_MARK.search(text, m.end(), end) and _characterises(text[m.end() : end]):
            spans.append((m.end(), end))
    return spans


def _described_as(text: str) -> list[tuple[int, int]]:
    """The clauses after "described as", "characterized him as": the speaker's words."""
    spans = []
    for m in _DESCRIBED_AS.finditer(text):
        end = _clause_end(text, m.end())
        if not _QUOTE_MARK.search(text, m.end(), end):
            spans.append((m.end(), end))
    return spans


def _charge(text: str, lead: re.Match[str]) -> list[tuple[int, int]]:
    """The charge from its lead to the end of its clause, or, where a determiner opens the
    outlet's description of the act, the lead and the offence's noun alone."""
    end = _clause_end(text, lead.end())
    article = _DETERMINER.search(text, lead.end(), end)
    if article is None:
        return [(lead.start(), end)]
    after = _AFTER_OFFENCE.search(text, article.end(), end)
    words = list(_WORD.finditer(text, article.end(), after.start() if after else end))
    noun = [(words[-1].start(), words[-1].end())] if words else []
    return [(lead.start(), article.start()), *noun]


def _characterises(clause: str) -> bool:
    """Whether the words after "called" name the object and then what it was called ("her
    actions extremely careless", "it one of the biggest scams", "Trump a liar on Monday"),
    not only whom someone telephoned ("the embattled governor on Tuesday", "him back")."""
    words = [w.strip(".,;:!?\"“”'’").lower() for w in clause.split()]
    stop = next((i for i, w in enumerate(words) if i and w in _NO_COMPLEMENT), None)
    if stop is None:
        return True
    before = words[:stop]
    # "her" may be a possessive opening the object ("her embattled husband"): then the
    # words after it are judged as after "the"
    if before[0] in _PRONOUNS and (before[0] != "her" or stop == 1):
        return stop > 1
    second_phrase = any(
        w in _NOUN_PHRASE_START and before[i - 1] != "of" for i, w in enumerate(before) if i
    )
    adverb = any(w.endswith("ly") for w in before[1:])
    return second_phrase or adverb or _an_adjective(before[-1])


def _an_adjective(word: str) -> bool:
    return any(s[0] in "as" for s in senses(word, 1))


def _clause_end(text: str, start: int) -> int:
    """Where the clause from ``start`` ends, at most :data:`MAX_WORDS` words on."""
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end else len(text)
    words = list(_WORD.finditer(text, start, stop))
    return words[MAX_WORDS - 1].end() if len(words) > MAX_WORDS else stop


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
