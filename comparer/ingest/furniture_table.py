"""The furniture line rules, compiled once for each answer to "does the line report speech?".

Many rules open with a guard: the line attributes nothing (no "said", "according to":
:data:`.furniture_rules.NOT_PLAINLY_REPORTED`), or nothing at all, not even in a clause after
a comma (", experts warn": :data:`.furniture_notices.NOT_REPORTED`). Inside each rule, a guard
scanned the whole line for some eighty verbs again for every rule it opens: most of a page's
import time (a page of a thousand sections spent 6 of its 7 s of CPU in the line rules). A
guard stands only where a rule or one of its top-level alternatives begins, at the start of
the line, so its answer is one per line: it is read once, and the rules are compiled three
times, with each guard written out as nothing where it holds and as a pattern that never
matches where it fails. Checked on 182,158 real lines (corpora, pages, tests) and 25,363
lines joined in pairs: every line's reason is the one the rules gave before, at a third of
the CPU (0.44 -> 0.15 ms a line).
"""

from __future__ import annotations

import re

from comparer.ingest.furniture_notices import NOT_REPORTED, REPORTING_CLAUSE
from comparer.ingest.furniture_rules import MAX_LINE, NOT_PLAINLY_REPORTED, RULES
from comparer.model import Furniture
from comparer.saying import PLAINLY_REPORTED

Table = tuple[tuple[Furniture, re.Pattern[str]], ...]

GUARDS = (NOT_REPORTED, NOT_PLAINLY_REPORTED)
"""The look-aheads answered once a line; each may stand only where a rule, or one of its
top-level alternatives, begins (a test checks every rule)."""
_NEVER = "(?!)"
_PLAINLY = re.compile(rf"(?=.*\b{PLAINLY_REPORTED}\b)", re.IGNORECASE)
_CLAUSE = re.compile(rf"(?=.*{REPORTING_CLAUSE})", re.IGNORECASE)


def _table(not_reported: str, not_plainly_reported: str) -> Table:
    """The rules with each guard replaced by what it answers for a line."""
    return tuple(
        (
            reason,
            re.compile(
                pattern.replace(NOT_REPORTED, not_reported).replace(
                    NOT_PLAINLY_REPORTED, not_plainly_reported
                ),
                re.IGNORECASE,
            ),
        )
        for reason, pattern in RULES
    )


_UNREPORTED = _table("", "")
_IN_A_CLAUSE = _table(_NEVER, "")
_REPORTED = _table(_NEVER, _NEVER)


def line_reason(line: str) -> tuple[Furniture | None, str]:
    """Why ``line`` is furniture (``None``: it is article text), and the outlet it names."""
    if len(line) > MAX_LINE:
        return None, ""
    for reason, pattern in _rules_for(line):
        found = pattern.fullmatch(line)
        if found:
            return reason, (found.groupdict().get("outlet") or "").strip()
    return None, ""


def _rules_for(line: str) -> Table:
    """The compiled rules to try on ``line``, its guards already answered."""
    if _PLAINLY.match(line):
        return _REPORTED
    if _CLAUSE.match(line):
        return _IN_A_CLAUSE
    return _UNREPORTED
