"""How an explanation or the window quotes a passage, without doubling its own quote marks.

A passage is put in double quotes (“strike”), but one that holds double quotes of its own
in single ones (‘“We will respond,” the’), as nested quotations are written: wrapped in
double quotes it read ““We will respond,” the”, and “illegal” as a scare quote ““illegal””.
"""

from __future__ import annotations

DOUBLE_MARKS = '“”„‟«»"'
"""The double quotation marks a passage may carry (curly, low, guillemets, straight)."""


def quoted(text: str) -> str:
    """``text`` in quotation marks: double ones, single ones if it holds double ones."""
    if any(mark in text for mark in DOUBLE_MARKS):
        return f"‘{text}’"
    return f"“{text}”"
