"""Differences that matter: numbers, framing and omissions, on top of the alignment.

The one entry point is :func:`analyse`; the per-sentence extractors
(:func:`extract_quantities`, :func:`extract_dates`, :func:`framing_markers`) are exposed for
the UI and the evaluation. Word lists are data files read by :func:`load_lexicons`.
"""

from comparer.analysis.engine import Analysis, analyse
from comparer.analysis.framing import Marker, framing_markers
from comparer.analysis.lexicons import Lexicons, load_lexicons
from comparer.analysis.quantities import Quantity, extract_quantities
from comparer.dates import DateMention, extract_dates

__all__ = [
    "Analysis",
    "DateMention",
    "Lexicons",
    "Marker",
    "Quantity",
    "analyse",
    "extract_dates",
    "extract_quantities",
    "framing_markers",
    "load_lexicons",
]
