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
- **what someone called something**: the words after "called", "labeled", "branded",
  "dubbed" ("Comey called her actions extremely *careless*", "Calling it one of the biggest
  *scams*"), the speaker's characterisation told without quotation marks (a clause that
  quotes the characterisation is left alone: the quotation holds the speaker's words, the
  rest is the outlet's, 'calling her *disdainful* remarks “highly inappropriate”').

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
an indirect quotation is worded by the report.
"""

from __future__ import annotations

import re

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
_CLAUSE_END = re.compile(r"[,;:()\[\]—–―]|\s-\s|[.!?](?:\s|$)|$")
_WORD = re.compile(r"\S+")
# 'calling her disdainful remarks “highly inappropriate”': the speaker's words are the
# quoted ones; the rest of the clause is the outlet's (its "disdainful" is a judgement)
_QUOTE_MARK = re.compile(r"[“”\"]")


def others_words(text: str) -> list[tuple[int, int]]:
    """Offsets of the stretches of ``text`` that are a charge, an offence or what someone
    called something: words in them are not the outlet's own."""
    spans = [(m.start(), _clause_end(text, m.end())) for m in _CHARGE_LEAD.finditer(text)]
    spans.extend((m.start(), m.end()) for m in _OFFENCE.finditer(text))
    for m in _CALLED.finditer(text):
        end = _clause_end(text, m.end())
        if not _QUOTE_MARK.search(text, m.end(), end):
            spans.append((m.end(), end))
    return sorted(spans)


def _clause_end(text: str, start: int) -> int:
    """Where the clause from ``start`` ends, at most :data:`MAX_WORDS` words on."""
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end else len(text)
    words = list(_WORD.finditer(text, start, stop))
    return words[MAX_WORDS - 1].end() if len(words) > MAX_WORDS else stop


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
